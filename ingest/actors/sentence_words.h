// SentenceWords: a sentence's tokens seen as words for actor recognition.
//
// The segmenter splits possessives ("Moscow's" -> "Moscow" "'s"); here the
// "'s" folds back into its word as a flag, so lexicon lookups see "Moscow"
// and the recogniser knows it qualifies what follows ("Moscow's envoys").
// Hyphenated compounds the segmenter split ("al - Qaeda") are one word
// again (compound_words.h), as the lexicons spell them.
#pragma once

#include <string>
#include <vector>

#include "schema/document.h"
#include "schema/sentence.h"

namespace kg::ingest {

struct Word {
  int first_token = 0;  // half-open token range
  int end_token = 0;
  std::string text;     // the token text without the possessive
  std::string lower;    // ASCII lower case of text
  bool possessive = false;
  bool capitalized = false;  // starts with an upper-case letter (or a non-ASCII letter)
  // The parse makes it a bare adverbial of a clause ("Denmark Tuesday
  // agreed": obl:unmarked), so no name runs on into it.
  bool adverbial = false;
  // A common noun heading its own phrase: the parse tags it NOUN and makes
  // it no compound modifier ("the party said", not "the party leader").
  bool head_noun = false;
  // Not tagged a verb or an adjective, unless the parse puts it in an
  // argument's place (untagged counts as nominal): a role noun must be ("the
  // suspect", "police arrested the accused"; not "they suspect" or "the
  // accused men").
  // Other tags do not veto: the tagger's rarer errors ("Troops" as PART)
  // should not hide a lexicon noun.
  bool nominal = false;
};

std::vector<Word> SentenceWords(const Sentence& sentence);

}  // namespace kg::ingest
