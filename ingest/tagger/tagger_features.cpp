#include "ingest/tagger/tagger_features.h"

namespace kg::syntax {
namespace {

// Template ids: part of every key, so two templates never share a weight.
enum Template : uint32_t {
  kBias = 1, kWord, kSuffix1, kSuffix2, kSuffix3, kSuffix4, kPrefix, kShape, kFlags,
  kPrevTag, kPrev2Tags, kPrevTagWord, kPrevWord, kPrev2Word, kNextWord, kNext2Word,
  kPrevSuffix3, kNextSuffix3, kNextShape, kPrevWordWord, kWordNextWord, kSentenceStart,
  kCased, kPrefix3, kPrevTagNextWord, kNext2Suffix3, kNextLikely, kNext2Likely, kPrevTagNextLikely,
  kWordNextLikely,
};

const WordInfo& Padding() {
  static const WordInfo pad = DescribeWord("<pad>");
  return pad;
}

}  // namespace

const WordInfo& TaggerFeatures::At(int i) const {
  return i < 0 || i >= size() ? Padding() : words_[static_cast<size_t>(i)];
}

uint64_t TaggerFeatures::LikelyAt(int i) const {
  return i < 0 || i >= size() ? 0 : static_cast<uint64_t>(likely_[static_cast<size_t>(i)] + 2);
}

void TaggerFeatures::Extract(int i, int prev_tag, int prev2_tag, std::vector<FeatureKey>* out) const {
  out->clear();
  const WordInfo& w = At(i);
  const uint64_t p1 = static_cast<uint64_t>(prev_tag + 2), p2 = static_cast<uint64_t>(prev2_tag + 2);
  const uint64_t flags = (w.upper_initial ? 1u : 0u) | (w.has_digit ? 2u : 0u) | (w.has_hyphen ? 4u : 0u) |
                         (i == 0 ? 8u : 0u);
  out->push_back(Key(kBias, 0));
  out->push_back(Key(kWord, w.lower));
  out->push_back(Key(kSuffix1, w.suffix[0]));
  out->push_back(Key(kSuffix2, w.suffix[1]));
  out->push_back(Key(kSuffix3, w.suffix[2]));
  out->push_back(Key(kSuffix4, w.suffix4));
  out->push_back(Key(kPrefix, w.prefix));
  out->push_back(Key(kShape, w.shape));
  out->push_back(Key(kFlags, flags));
  out->push_back(Key(kPrevTag, p1));
  out->push_back(Key(kPrev2Tags, p1, p2));
  out->push_back(Key(kPrevTagWord, p1, w.lower));
  out->push_back(Key(kPrevWord, At(i - 1).lower));
  out->push_back(Key(kPrev2Word, At(i - 2).lower));
  out->push_back(Key(kNextWord, At(i + 1).lower));
  out->push_back(Key(kNext2Word, At(i + 2).lower));
  out->push_back(Key(kPrevSuffix3, At(i - 1).suffix[2]));
  out->push_back(Key(kNextSuffix3, At(i + 1).suffix[2]));
  out->push_back(Key(kNextShape, At(i + 1).shape));
  out->push_back(Key(kPrevWordWord, At(i - 1).lower, w.lower));
  out->push_back(Key(kWordNextWord, w.lower, At(i + 1).lower));
  out->push_back(Key(kSentenceStart, i == 0 ? 1 : 0, w.shape));
  out->push_back(Key(kCased, w.cased));
  out->push_back(Key(kPrefix3, w.prefix3));
  out->push_back(Key(kPrevTagNextWord, p1, At(i + 1).lower));
  out->push_back(Key(kNext2Suffix3, At(i + 2).suffix[2]));
  out->push_back(Key(kNextLikely, LikelyAt(i + 1)));
  out->push_back(Key(kNext2Likely, LikelyAt(i + 1), LikelyAt(i + 2)));
  out->push_back(Key(kPrevTagNextLikely, p1, LikelyAt(i + 1)));
  out->push_back(Key(kWordNextLikely, w.lower, LikelyAt(i + 1)));
}

}  // namespace kg::syntax
