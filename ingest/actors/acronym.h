// Acronyms: "the Syrian Democratic Forces (SDF)". News introduces an
// organisation's short form in brackets after its full name and then uses it
// alone; the short form is the same actor, with the same code, for the rest
// of the document.
#pragma once

#include <string_view>
#include <vector>

#include "ingest/actors/sentence_words.h"

namespace kg::ingest {

// Two to eight capital letters and nothing else: "SDF", "NHC"; not "Dr", "U.S.", "D-NY".
bool IsAcronym(std::string_view word);

// Whether `acronym`'s letters are, in order, initials of the capitalised
// words in [first_word, end_word) of `words`: "NHC" of "National Hurricane
// Center", "FBI" of "Federal Bureau of Investigation"; the check keeps a
// bracketed code ("(AP)", "(R)") from renaming what precedes it.
bool AbbreviatesWords(std::string_view acronym, const std::vector<Word>& words, int first_word, int end_word);

}  // namespace kg::ingest
