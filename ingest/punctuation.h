// Punctuation as the segmenter and tokenizer see it: typographic forms made
// ASCII for lexicons and models, and the marks that open and close quotes
// and brackets around a sentence's words.
#pragma once

#include <string>
#include <string_view>

#include <unicode/umachine.h>

namespace kg::ingest {

// Typographic quotes, apostrophes and dashes replaced by their ASCII forms,
// "…" by "...": what Token::text holds.
std::string NormalizePunctuation(std::string_view text);

bool IsOpeningPunct(UChar32 c);  // ( [ " ' “ ‘
bool IsClosingPunct(UChar32 c);  // ) ] " ' ” ’
// A hyphen joining the parts of a word: "-", U+2010, U+2011; not a dash.
bool IsHyphen(std::string_view mark);
// ' or ’ (U+2019), the apostrophes that start a clitic.
bool IsApostrophe(std::string_view mark);

}  // namespace kg::ingest
