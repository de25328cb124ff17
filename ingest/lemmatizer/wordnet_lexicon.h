// WordNetLexicon: what the lemmatizer takes from WordNet 3.0 (Debian's
// wordnet-base, /usr/share/wordnet): the exception lists (irregular forms,
// "went" -> "go") and the set of base forms per part of speech, which tells
// a suffix rule whether its answer is a word ("hoped" -> "hope", not "hop").
// Read by the trainer and stored inside the model, so the run time does
// not need WordNet installed.
#pragma once

#include <string>
#include <unordered_map>
#include <unordered_set>

#include "ingest/syntax/byte_io.h"
#include "schema/status.h"

namespace kg::syntax {

enum class WordClass { kNoun = 0, kVerb = 1, kAdjective = 2, kAdverb = 3 };
inline constexpr int kWordClasses = 4;

struct WordNetLexicon {
  std::unordered_map<std::string, std::string> exceptions[kWordClasses];  // inflected -> base
  std::unordered_set<std::string> lemmas[kWordClasses];                   // one-word base forms

  // Reads noun/verb/adj/adv .exc and index.* of `dir`.
  static Result<WordNetLexicon> Load(const std::string& dir);

  void Write(ByteWriter& out) const;
  bool Read(ByteReader& in);
};

// Where Debian installs WordNet.
inline constexpr const char* kDefaultWordNetDir = "/usr/share/wordnet";

}  // namespace kg::syntax
