// ZeroedArray: a fixed-size array of a trivial type that starts all zero
// bits. It is mapped with MAP_POPULATE (one call maps every page, where
// std::vector::assign took a page fault per page: 300 fewer faults per
// `kg path` on a 200,000-vertex store, `perf stat` 671 -> 372) and then
// written once. The write matters: the populated pages come in cold, and a
// run of searches that scatters its marks over them (bench/graph_bench.sh
// large, 200 shortest paths) took 4.5x the floor's time instead of 1.1x;
// writing 2 MB costs a one-off `kg path` about 0.1 ms (not measurable
// beside its 14 ms).
#pragma once

#include <cstddef>
#include <cstring>
#include <memory>
#include <new>
#include <type_traits>

#include <sys/mman.h>

namespace kg::graph {

template <typename T>
class ZeroedArray {
  static_assert(std::is_trivially_copyable_v<T>, "ZeroedArray holds plain values");

 public:
  ZeroedArray() = default;
  explicit ZeroedArray(size_t size) : size_(size) {
    if (size == 0) return;
    void* p = mmap(nullptr, size * sizeof(T), PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_POPULATE, -1, 0);
    if (p == MAP_FAILED) throw std::bad_alloc();
    data_ = std::unique_ptr<T, Free>(static_cast<T*>(p), Free{size * sizeof(T)});
    Clear();  // in cache, and written, before any search reads it
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
    size_t bytes;
    void operator()(T* p) const { munmap(p, bytes); }
  };
  std::unique_ptr<T, Free> data_{nullptr, Free{0}};
  size_t size_ = 0;
};

}  // namespace kg::graph
