// A seeded shuffle that gives the same order on every platform and standard
// library (std::shuffle does not promise that), so training is reproducible
// to the byte.
#pragma once

#include <cstdint>
#include <utility>
#include <vector>

#include "ingest/syntax/feature_hash.h"

namespace kg::syntax {

class SeededRandom {
 public:
  explicit SeededRandom(uint64_t seed) : state_(seed) {}
  uint64_t Next() { return Mix(state_++); }
  // Uniform in [0, n) (n > 0), up to a negligible bias.
  uint64_t Below(uint64_t n) { return Next() % n; }

 private:
  uint64_t state_;
};

template <typename T>
void SeededShuffle(std::vector<T>& items, SeededRandom& random) {
  for (size_t i = items.size(); i > 1; --i) std::swap(items[i - 1], items[random.Below(i)]);
}

}  // namespace kg::syntax
