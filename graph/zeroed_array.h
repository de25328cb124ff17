// ZeroedArray: a fixed-size array of a trivial type that starts all zero
// bits, taken from calloc. Large blocks come straight from the kernel as
// zero pages that are mapped on first touch, so an array of the graph's
// size costs only the pages a search visits. A one-off `kg path` on a
// 200,000-vertex store touches a few hundred vertices: filling its
// per-vertex arrays up front (std::vector::assign) cost more than the
// search.
#pragma once

#include <cstddef>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <new>
#include <type_traits>

namespace kg::graph {

template <typename T>
class ZeroedArray {
  static_assert(std::is_trivially_copyable_v<T>, "ZeroedArray holds plain values");

 public:
  ZeroedArray() = default;
  explicit ZeroedArray(size_t size) : size_(size) {
    if (size == 0) return;
    data_.reset(static_cast<T*>(std::calloc(size, sizeof(T))));
    if (!data_) throw std::bad_alloc();
  }

  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  T* data() { return data_.get(); }
  const T* data() const { return data_.get(); }
  T& operator[](size_t i) { return data_.get()[i]; }
  const T& operator[](size_t i) const { return data_.get()[i]; }

  // Every element back to zero bits (touches every page).
  void Clear() {
    if (size_ > 0) std::memset(data_.get(), 0, size_ * sizeof(T));
  }

 private:
  struct Free {
    void operator()(T* p) const { std::free(p); }
  };
  std::unique_ptr<T, Free> data_;
  size_t size_ = 0;
};

}  // namespace kg::graph
