// The features of the part-of-speech tagger: the word, its affixes and
// shape, its neighbours two either side, and the two tags before it (the
// tagger runs left to right). Shared by the trainer and the run-time tagger,
// so that both see exactly the same keys.
#pragma once

#include <vector>

#include "ingest/syntax/feature_hash.h"
#include "ingest/tagger/word_shape.h"

namespace kg::syntax {

// A sentence's words described once: `words[i]` is token i, `likely[i]`
// the tag the training data gives that word most often (-1 for a word it
// barely knows), which lets a left-to-right tagger look at the words ahead
// as tags; positions before the start and after the end read as padding.
class TaggerFeatures {
 public:
  TaggerFeatures(std::vector<WordInfo> words, std::vector<int> likely)
      : words_(std::move(words)), likely_(std::move(likely)) {}

  // The keys for token `i` given the tags already chosen for i-1 and i-2
  // (-1 before the sentence). Replaces the contents of `out`.
  void Extract(int i, int prev_tag, int prev2_tag, std::vector<FeatureKey>* out) const;

  int size() const { return static_cast<int>(words_.size()); }

 private:
  const WordInfo& At(int i) const;
  uint64_t LikelyAt(int i) const;
  std::vector<WordInfo> words_;
  std::vector<int> likely_;
};

}  // namespace kg::syntax
