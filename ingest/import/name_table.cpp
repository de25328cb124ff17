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
      slot = {tag, number + 1};
      if (names_.size() * 2 > slots_.size()) Grow();
      return number;
    }
    if (slot.tag == tag && names_[slot.number - 1] == name) return slot.number - 1;
  }
}

std::string_view NameTable::Store(std::string_view name) {
  if (name.size() > free_size_) {
    size_t size = std::max(kBlockSize, name.size());
    blocks_.push_back(std::make_unique_for_overwrite<char[]>(size));
    free_ = blocks_.back().get();
    free_size_ = size;
  }
  if (!name.empty()) std::memcpy(free_, name.data(), name.size());
  std::string_view stored(free_, name.size());
  free_ += name.size();
  free_size_ -= name.size();
  return stored;
}

void NameTable::Grow() {
  std::vector<Slot> old = std::move(slots_);
  slots_.assign(old.size() * 2, Slot{});
  const size_t mask = slots_.size() - 1;
  for (const Slot& slot : old) {
    if (slot.number == 0) continue;
    size_t i = HashOf(names_[slot.number - 1]) & mask;
    while (slots_[i].number != 0) i = (i + 1) & mask;
    slots_[i] = slot;
  }
}

}  // namespace kg::ingest
