// The syntactic words of one written word (tokenizer.h, step 3), as EWT's
// multiword tokens have them: "don't" -> "do" "n't", "I’m" -> "I" "’m",
// "cannot" -> "can" "not". Every word is a substring of the written one.
#pragma once

#include <string_view>
#include <vector>

#include "ingest/tokenization_rules.h"
#include "schema/document.h"

namespace kg::ingest {

// The words of the written word at `word` (bytes of `text`): itself alone
// when it is one word.
std::vector<ByteSpan> SyntacticWords(std::string_view text, ByteSpan word, const TokenizationRules& rules);

}  // namespace kg::ingest
