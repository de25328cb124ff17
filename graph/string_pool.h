// StringPool: many short strings in one buffer, addressed by index.
// Saves the 32-byte std::string header and the heap block per name that a
// vector<string> would cost on a graph of hundreds of thousands of entities.
//
// StringPoolView reads a pool without owning it: string i is
// bytes[offsets[i] .. offsets[i + 1]). The graph reads every pool through a
// view, whether the pool was built in memory or is mapped from a snapshot
// file (graph/graph_snapshot.h), whose layout is these two arrays.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace kg::graph {

class StringPoolView {
 public:
  StringPoolView() = default;
  // `offsets` has size() + 1 entries, the first 0, none past bytes.size().
  StringPoolView(std::span<const uint64_t> offsets, std::string_view bytes) : offsets_(offsets), bytes_(bytes) {}
  std::string_view Get(uint32_t index) const {
    return bytes_.substr(offsets_[index], offsets_[index + 1] - offsets_[index]);
  }
  size_t size() const { return offsets_.empty() ? 0 : offsets_.size() - 1; }
  std::span<const uint64_t> offsets() const { return offsets_; }
  std::string_view bytes() const { return bytes_; }

 private:
  std::span<const uint64_t> offsets_;
  std::string_view bytes_;
};

class StringPool {
 public:
  StringPool() : offsets_{0} {}
  uint32_t Add(std::string_view s) {
    bytes_.append(s);
    offsets_.push_back(bytes_.size());
    return static_cast<uint32_t>(offsets_.size() - 2);
  }
  std::string_view Get(uint32_t index) const { return view().Get(index); }
  size_t size() const { return offsets_.size() - 1; }
  void Reserve(size_t strings, size_t bytes) {
    offsets_.reserve(strings + 1);
    bytes_.reserve(bytes);
  }
  void ShrinkToFit() {
    bytes_.shrink_to_fit();
    offsets_.shrink_to_fit();
  }
  size_t memory_bytes() const { return bytes_.capacity() + offsets_.capacity() * sizeof(uint64_t); }
  // Valid until the pool changes or is destroyed.
  StringPoolView view() const { return StringPoolView(offsets_, bytes_); }

 private:
  std::string bytes_;
  std::vector<uint64_t> offsets_;
};

}  // namespace kg::graph
