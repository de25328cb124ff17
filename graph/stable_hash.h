// StableHash: 64-bit FNV-1a, the same in every build of kgraph.
//
// What is hashed into a file (the name index's slots, the checksum of a
// graph snapshot's header) must hash alike in the program that reads the
// file, which std::hash does not promise across standard libraries.
#pragma once

#include <cstdint>
#include <string_view>

namespace kg::graph {

inline uint64_t StableHash(std::string_view bytes, uint64_t h = 14695981039346656037ull) {
  for (char c : bytes) {
    h ^= static_cast<unsigned char>(c);
    h *= 1099511628211ull;
  }
  return h;
}

}  // namespace kg::graph
