// MappedFile: a whole file mapped read-only into memory (mmap), unmapped on
// destruction.
//
// Pages are read from the file only when first touched, so a query on a
// graph snapshot costs the pages it reads, not the file's size. The mapping
// keeps the file's data alive even if the file is replaced by rename() or
// deleted meanwhile, which is how a reader keeps answering from the
// snapshot it opened while a writer puts a new one in place. Files that are
// mapped must never be written in place: a writer always renames.
#pragma once

#include <cstddef>
#include <memory>
#include <string>

#include "schema/status.h"

namespace kg::graph {

class MappedFile {
 public:
  // NotFound when the file does not exist; Corruption when it is empty.
  static Result<std::unique_ptr<MappedFile>> Open(const std::string& path);
  ~MappedFile();
  MappedFile(const MappedFile&) = delete;
  MappedFile& operator=(const MappedFile&) = delete;

  const char* data() const { return static_cast<const char*>(data_); }
  size_t size() const { return size_; }

 private:
  MappedFile(void* data, size_t size) : data_(data), size_(size) {}
  void* data_;
  size_t size_;
};

}  // namespace kg::graph
