// The text form of `kg parse --format text`: each sentence as an indented
// tree, a word per line under its head with the relation that joins them,
// easier to read than CoNLL-U for a person checking what the extractor saw.
#pragma once

#include <string>
#include <string_view>

#include "schema/sentence.h"

namespace kg::cli {

// "# <id>: <text>", then the root and each dependent indented below its
// head: "  nsubj:pass  resolution  NOUN NN  resolution".
void AppendTreeText(const Sentence& sentence, std::string_view id, std::string& out);

}  // namespace kg::cli
