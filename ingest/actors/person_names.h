// PersonShortNames: the forms by which news refers again to a person it
// introduced by full name. "Benjamin Netanyahu" -> "Netanyahu"; "Qaboos bin
// Said" -> "Qaboos" (an Arabic name is shortened to the given name before
// its patronymic); "Ricardo Rosselló Nevares" -> "Rosselló", "Rosselló
// Nevares" (a Spanish name to its first surname); "Martin Luther King Jr." ->
// "King" (a generational suffix is no surname); "Park Won-soon" -> "Park" (a
// hyphenated given name after the family name, as Korean names are written).
#pragma once

#include <string>
#include <vector>

#include "ingest/actors/actor_lexicon.h"
#include "ingest/actors/sentence_words.h"

namespace kg::ingest {

// The short forms of the personal name in words [first_word, end_word),
// most specific first; none equals the full name.
std::vector<std::string> PersonShortNames(const std::vector<Word>& words, int first_word, int end_word,
                                          const ActorLexicon& lexicon);

}  // namespace kg::ingest
