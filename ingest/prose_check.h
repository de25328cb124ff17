// ProseCheck: whether a document reads as English prose, before anything
// is extracted from it. A base64 blob, a German article or a list of names
// segments and tags without complaint, and the recogniser then finds
// "actors" among its capitalised strings; such a document is stored, with a
// warning, but gives no actor-level events.
//
// The measure is the share of its words (tokens with a letter) that are
// English function words ("the", "of", "said" ...): about 0.28 to 0.50 in
// every article of the Wikinews corpus, near 0 in base64, about 0.1 in
// German or Spanish. The words, the least share and the fewest words worth
// judging are data (the "prose" lexicon, ingest/lexicons/prose.json); without
// such a file every document passes.
#pragma once

#include <cstdint>
#include <string>
#include <unordered_set>
#include <vector>

#include "ingest/lexicon/lexicons.h"
#include "schema/sentence.h"
#include "schema/status.h"

namespace kg::ingest {

struct ProseReading {
  int64_t words = 0;           // tokens with a letter
  int64_t function_words = 0;  // of which English function words
  bool judged = false;         // enough words to tell
  bool english = true;         // false only when judged and below the share
  double share() const { return words ? double(function_words) / double(words) : 0.0; }
};

class ProseCheck {
 public:
  static Result<ProseCheck> Load(const Lexicons& lexicons);
  // One prose file's JSON text (for tests); `origin` names it in errors.
  static Result<ProseCheck> Parse(std::string_view json, const std::string& origin);

  ProseReading Read(const std::vector<Sentence>& sentences) const;

 private:
  Status AddFile(const rapidjson::Value& json, const std::string& origin);

  std::unordered_set<std::string> function_words_;
  double min_share_ = 0.0;
  int64_t min_words_ = 0;
};

}  // namespace kg::ingest
