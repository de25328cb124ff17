// MentionsExport: `kg export --format mentions` and the REPL's `:export
// mentions FILE`: every stored mention (actors, and the things events act
// on: "resolution") as JSON Lines, one object per mention in document and
// sentence order, with the sentence it stands in, its span, the entity it
// names and how it was coded. Mentions are read from the store, not the
// graph: a part of the graph does not select them.
#pragma once

#include <string>
#include <string_view>

#include "schema/document_mentions_reader.h"
#include "schema/status.h"
#include "schema/store.h"

namespace kg::cli {

// The --format name, for the commands that accept it.
inline constexpr std::string_view kMentionsFormat = "mentions";

// Writes the mentions of the documents dated within `window` to `out_path`,
// or to standard output when it is empty; returns how many it wrote.
Result<size_t> WriteMentionsExport(Store& store, const MentionWindow& window, const std::string& out_path);

}  // namespace kg::cli
