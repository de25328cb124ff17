// The rules that reshape ICU's word pieces into EWT's tokens (tokenizer.h,
// step 2): which pieces EWT writes as one token, and which one piece it
// writes as two.
#pragma once

#include <cstddef>

#include "ingest/abbreviations.h"
#include "ingest/token_pieces.h"
#include "ingest/tokenization_rules.h"

namespace kg::ingest {

// Joins, in order: runs of marks, times, dates and phone-like numbers,
// numbers' plurals ("70's"), clitics written apart ("Russia 's"), "AT&T",
// "w/o" and "#hashtags", abbreviations with their period (not a
// period at or after `last_word_end`, the byte after the sentence's last
// letter or digit, which ends the sentence), bound forms across a hyphen.
// Then cuts a number from its unit ("5pm" -> "5" "pm").
void ReshapePieces(const Abbreviations& abbreviations, const TokenizationRules& rules, size_t last_word_end,
                   TokenPieces& pieces);

}  // namespace kg::ingest
