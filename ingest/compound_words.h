// CompoundWords: a sentence's tokens regrouped for the stages written before
// tokens followed UD English EWT (actor recognition, the relation rules).
// What the tokenizer split inside one written word is one word again for
// them: a hyphenated compound, "al - Qaeda" written "al-Qaeda", as lexicons
// spell it; a number and its unit, "12 M" written "$12M", which is no name.
#pragma once

#include <string>
#include <vector>

#include "schema/sentence.h"

namespace kg::ingest {

struct TokenRange {
  int first = 0;  // half-open token range
  int end = 0;
};

// Ranges covering every token once, in order: a run "X - Y - Z" with no
// space around its hyphens is one range, so is a number with the letters
// written against it; any other token is one of its own.
std::vector<TokenRange> CompoundWordRanges(const std::vector<Token>& tokens);

// The Token::text of the range's tokens, concatenated ("al-Qaeda").
std::string CompoundText(const std::vector<Token>& tokens, TokenRange range);

}  // namespace kg::ingest
