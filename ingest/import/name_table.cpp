#include "ingest/import/name_table.h"

#include <cstring>
#include <functional>

namespace kg::ingest {
namespace {

constexpr size_t kBlockSize = 1 << 20;
constexpr size_t kInitialSlots = 1024;

uint64_t HashOf(std::string_view name) { return std::hash<std::string_view>{}(name); }

}  // namespace

NameTable::NameTable() : slots_(kInitialSlots) {}

uint32_t NameTable::Intern(std::string_view name) {
  const uint64_t hash = HashOf(name);
  const auto tag = static_cast<uint32_t>(hash >> 32);
  const size_t mask = slots_.size() - 1;
  for (size_t i = hash & mask;; i = (i + 1) & mask) {
    Slot& slot = slots_[i];
    if (slot.number == 0) {
      auto number = static_cast<uint32_t>(names_.size());
      names_.push_back(Store(name));
      slot = {names_.back().data(), tag, number + 1};
      if (names_.size() * 2 > slots_.size()) Grow();
      return number;
    }
    if (slot.tag == tag && StoredName(slot.stored) == name) return slot.number - 1;
  }
}

std::string_view NameTable::StoredName(const char* stored) {
  uint32_t size;
  std::memcpy(&size, stored - sizeof size, sizeof size);
  return {stored, size};
}

std::string_view NameTable::Store(std::string_view name) {
  const auto size = static_cast<uint32_t>(name.size());
  const size_t needed = sizeof size + name.size();
  if (needed > free_size_) {
    size_t block = std::max(kBlockSize, needed);
    blocks_.push_back(std::make_unique_for_overwrite<char[]>(block));
    free_ = blocks_.back().get();
    free_size_ = block;
  }
  std::memcpy(free_, &size, sizeof size);
  if (!name.empty()) std::memcpy(free_ + sizeof size, name.data(), name.size());
  std::string_view stored(free_ + sizeof size, name.size());
  free_ += needed;
  free_size_ -= needed;
  return stored;
}

void NameTable::Grow() {
  std::vector<Slot> old = std::move(slots_);
  slots_.assign(old.size() * 2, Slot{});
  const size_t mask = slots_.size() - 1;
  for (const Slot& slot : old) {
    if (slot.number == 0) continue;
    size_t i = HashOf(StoredName(slot.stored)) & mask;
    while (slots_[i].number != 0) i = (i + 1) & mask;
    slots_[i] = slot;
  }
}

}  // namespace kg::ingest
