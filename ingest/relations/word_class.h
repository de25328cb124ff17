// WordClass: the closed-class words the relation rules steer by. Open-class
// words (nouns, verbs, adjectives) are left to the lexicons and to context.
#pragma once

#include <string_view>

namespace kg::ingest::relations {

enum class WordClass : unsigned char {
  kOpen,               // anything not below: nouns, verbs, adjectives, names
  kDeterminer,         // the, a, some, both ...
  kPossessivePronoun,  // his, its, their ...
  kPronoun,            // he, it, they ...
  kPreposition,        // of, with, against ...
  kTo,                 // to: infinitive marker or preposition
  kBe,                 // is, was, been ...
  kHave,               // has, had ...
  kDo,                 // did, does ...
  kModal,              // will, must, may ...
  kNegation,           // not, n't, never
  kConjunction,        // and, or, but
  kRelative,           // which, who, whom, that
  kSubordinator,       // while, because, if, unless ... (start a new clause)
  kReporting,          // said, says, told, according: attribution, a clause edge
  kPossessiveMarker,   // 's and '
  kAdverb,             // also, still, today, -ly words ...
  kNumber,             // 25,000; two
  kComma,
  kClauseBreak,        // ; : ( ) quotes and dashes
};

// Class of a lower-case token as the segmenter wrote it.
WordClass ClassifyWord(std::string_view lower);

inline bool IsAuxiliary(WordClass c) {
  return c == WordClass::kBe || c == WordClass::kHave || c == WordClass::kDo || c == WordClass::kModal;
}

}  // namespace kg::ingest::relations
