// Reading WordNet 3.0's plain-text files (index.*, data.*, *.exc,
// cntlist.rev): one record a line, the licence header's lines starting with
// a space. Shared by the lemmatizer's WordNetLexicon and the vocabulary
// generator's WordNetDatabase (ingest/vocabulary/).
#pragma once

#include <functional>
#include <string>

#include "schema/status.h"

namespace kg::syntax {

// Calls `line_fn` with every record line of `path` (the licence header and
// empty lines left out). NotFound, saying to install wordnet-base, when
// the file cannot be opened; `what` names it ("exception list", "index").
Status ForEachWordNetLine(const std::string& path, const std::string& what,
                          const std::function<void(const std::string&)>& line_fn);

}  // namespace kg::syntax
