// FrozenWeights: the averaged perceptron weights as the tagger and parser
// use them at run time, and as the model file stores them.
//
// Each feature key maps to a short row of (class, weight) pairs, weights
// quantised to 16 bits against one scale per table. Scores are sums of
// quantised weights: the scale is positive and shared, so it changes no
// argmax and is never applied. Lookups go through an open-addressing table
// of keys built on load, so scoring a feature is one probe in the common
// case.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "ingest/syntax/byte_io.h"
#include "ingest/syntax/feature_hash.h"

namespace kg::syntax {

class FrozenWeights {
 public:
  // Classes are stored in a byte.
  static constexpr int kMaxClasses = 255;

  struct Entry {
    int cls;
    float weight;
  };
  struct Row {
    FeatureKey key;
    std::vector<Entry> entries;
  };

  FrozenWeights() = default;
  // Rows in any order; the result does not depend on it.
  FrozenWeights(int classes, std::vector<Row> rows);

  int classes() const { return classes_; }
  size_t features() const { return keys_.size(); }
  size_t entries() const { return packed_.size(); }

  // Adds the weights of every known feature into `scores` (classes() values).
  void Score(const FeatureKey* features, size_t count, float* scores) const;

  void Write(ByteWriter& out) const;
  // False when the bytes are not a well-formed table.
  bool Read(ByteReader& in);

 private:
  // The run-time layout: a lookup touches one slot (key and row together)
  // and one run of entries, and Score prefetches both for all features of
  // a step before it reads any, so the cache misses of a step overlap.
  struct Slot {
    FeatureKey key;
    uint32_t begin, end;  // entries of the row; begin == end: empty slot
  };
  struct PackedEntry {
    uint16_t cls;
    int16_t weight;
  };
  void BuildIndex();

  int classes_ = 0;
  // Keys sorted, with the offsets of their rows in packed_
  // (keys_.size() + 1); the slots index them for lookups.
  std::vector<FeatureKey> keys_;
  std::vector<uint32_t> offsets_;
  std::vector<PackedEntry> packed_;
  std::vector<Slot> slots_;
  uint64_t mask_ = 0;
};

}  // namespace kg::syntax
