// NameTable: interns names and numbers them 0, 1, 2 ... in first-seen order.
//
// An import of 2 million lines looks a name up 6 million times, so the
// lookup is an open-addressing table of (hash tag, number, where the name
// is) in one flat array, and the names live packed in large blocks, each
// after its length: no allocation per name, and a lookup touches one slot
// and the one stored name it compares with (two cache misses at most).
#pragma once

#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

namespace kg::ingest {

class NameTable {
 public:
  NameTable();

  // The number of `name`, adding it (a copy) when it is new.
  uint32_t Intern(std::string_view name);
  // The stored copy of name number `number`: valid as long as the table.
  std::string_view name(uint32_t number) const { return names_[number]; }
  uint32_t size() const { return static_cast<uint32_t>(names_.size()); }

 private:
  struct Slot {
    const char* stored = nullptr;  // the name's bytes, after its uint32_t length
    uint32_t tag = 0;              // the hash's high bits
    uint32_t number = 0;           // 1 + the name's number; 0 for an empty slot
  };
  static std::string_view StoredName(const char* stored);
  std::string_view Store(std::string_view name);
  void Grow();

  std::vector<Slot> slots_;  // a power of two, never more than half full
  std::vector<std::string_view> names_;
  std::vector<std::unique_ptr<char[]>> blocks_;
  char* free_ = nullptr;  // the unused rest of the last block
  size_t free_size_ = 0;
};

}  // namespace kg::ingest
