// Feature keys for the tagger and the parser: a template id and up to three
// values mixed into one 64-bit key. The averaged perceptrons index their
// weights by these keys, so the key of a feature must be the same in the
// trainer and at run time, on every machine: it depends on the bytes of the
// values only (FNV-1a for strings, a fixed mixer for the rest).
#pragma once

#include <cstdint>
#include <string_view>

namespace kg::syntax {

using FeatureKey = uint64_t;

// FNV-1a over the bytes of `s`: the value a word contributes to a key.
inline uint64_t HashString(std::string_view s) {
  uint64_t h = 1469598103934665603ull;
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h;
}

// splitmix64's finaliser: spreads every input bit over the key.
inline uint64_t Mix(uint64_t x) {
  x += 0x9E3779B97F4A7C15ull;
  x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
  x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
  return x ^ (x >> 31);
}

inline FeatureKey Key(uint32_t template_id, uint64_t a) { return Mix(Mix(template_id) ^ a); }
inline FeatureKey Key(uint32_t template_id, uint64_t a, uint64_t b) {
  return Mix(Key(template_id, a) ^ (b * 0xD6E8FEB86659FD93ull));
}
inline FeatureKey Key(uint32_t template_id, uint64_t a, uint64_t b, uint64_t c) {
  return Mix(Key(template_id, a, b) ^ (c * 0xA0761D6478BD642Full));
}

}  // namespace kg::syntax
