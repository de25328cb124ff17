// StringPool: many short strings in one buffer, addressed by index.
// Saves the 32-byte std::string header and the heap block per name that a
// vector<string> would cost on a graph of hundreds of thousands of entities.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kg::graph {

class StringPool {
 public:
  StringPool() : offsets_{0} {}
  uint32_t Add(std::string_view s) {
    bytes_.append(s);
    offsets_.push_back(bytes_.size());
    return static_cast<uint32_t>(offsets_.size() - 2);
  }
  std::string_view Get(uint32_t index) const {
    return std::string_view(bytes_).substr(offsets_[index], offsets_[index + 1] - offsets_[index]);
  }
  size_t size() const { return offsets_.size() - 1; }
  void Reserve(size_t strings, size_t bytes) {
    offsets_.reserve(strings + 1);
    bytes_.reserve(bytes);
  }
  void ShrinkToFit() {
    bytes_.shrink_to_fit();
    offsets_.shrink_to_fit();
  }
  size_t memory_bytes() const { return bytes_.capacity() + offsets_.capacity() * sizeof(size_t); }

 private:
  std::string bytes_;
  std::vector<size_t> offsets_;
};

}  // namespace kg::graph
