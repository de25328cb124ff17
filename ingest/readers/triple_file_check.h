// TripleFileKind: whether the start of an input is a file of triples or a
// table rather than prose. `kg ingest` reads prose; fed a triples file it
// would extract invented relations from the lines ("Russia vetoes China"
// from a TSV row), so it refuses such a file and names `kg import`.
#pragma once

#include <string>
#include <string_view>

#include "schema/status.h"

namespace kg::ingest {

// "" when `head` (the first few hundred bytes) reads as prose or as JSON
// lines of documents; else what it is: "N-Triples", "JSON Lines triples",
// "a tab-separated table", "a comma-separated table".
std::string TripleFileKind(std::string_view head);

// Ok, or the InvalidInput that refuses `source` because it is `kind`.
Status RefuseTripleFile(std::string_view source, std::string_view kind);

}  // namespace kg::ingest
