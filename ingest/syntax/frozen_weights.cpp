#include "ingest/syntax/frozen_weights.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstring>

namespace kg::syntax {

FrozenWeights::FrozenWeights(int classes, std::vector<Row> rows) : classes_(classes) {
  std::sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) { return a.key < b.key; });
  float max_weight = 0;
  for (const Row& row : rows) {
    for (const Entry& e : row.entries) max_weight = std::max(max_weight, std::fabs(e.weight));
  }
  const float scale = max_weight > 0 ? 32767.0f / max_weight : 1.0f;
  offsets_.push_back(0);
  for (Row& row : rows) {
    std::sort(row.entries.begin(), row.entries.end(), [](const Entry& a, const Entry& b) { return a.cls < b.cls; });
    size_t kept = 0;
    for (const Entry& e : row.entries) {
      auto q = static_cast<int16_t>(std::lround(e.weight * scale));
      if (q == 0) continue;  // below the resolution of the table
      packed_.push_back(PackedEntry{static_cast<uint16_t>(e.cls), q});
      ++kept;
    }
    if (kept == 0) continue;
    keys_.push_back(row.key);
    offsets_.push_back(static_cast<uint32_t>(packed_.size()));
  }
  BuildIndex();
}

void FrozenWeights::BuildIndex() {
  uint64_t size = 16;
  while (size < keys_.size() + keys_.size() / 2) size <<= 1;  // at most two thirds full
  slots_.assign(size, Slot{0, 0, 0});
  mask_ = size - 1;
  for (size_t i = 0; i < keys_.size(); ++i) {
    uint64_t s = keys_[i] & mask_;
    while (slots_[s].end != slots_[s].begin) s = (s + 1) & mask_;
    slots_[s] = Slot{keys_[i], offsets_[i], offsets_[i + 1]};
  }
}

void FrozenWeights::Score(const FeatureKey* features, size_t count, float* scores) const {
  if (keys_.empty()) return;
  for (size_t f = 0; f < count; ++f) __builtin_prefetch(&slots_[features[f] & mask_]);
  constexpr size_t kBatch = 256;
  uint32_t begin[kBatch], end[kBatch];
  for (size_t first = 0; first < count; first += kBatch) {
    size_t n = std::min(kBatch, count - first), found = 0;
    for (size_t f = 0; f < n; ++f) {
      FeatureKey key = features[first + f];
      for (uint64_t s = key & mask_;; s = (s + 1) & mask_) {
        const Slot& slot = slots_[s];
        if (slot.begin == slot.end) break;
        if (slot.key == key) {
          __builtin_prefetch(&packed_[slot.begin]);
          begin[found] = slot.begin, end[found] = slot.end, ++found;
          break;
        }
      }
    }
    for (size_t r = 0; r < found; ++r) {
      for (uint32_t e = begin[r]; e < end[r]; ++e) scores[packed_[e].cls] += packed_[e].weight;
    }
  }
}

void FrozenWeights::Write(ByteWriter& out) const {
  out.U32(static_cast<uint32_t>(classes_));
  out.U64(keys_.size());
  out.U64(packed_.size());
  for (FeatureKey k : keys_) out.U64(k);
  // Row lengths, not offsets: a row holds at most one entry per class, so
  // its length fits a byte, and the offsets are rebuilt on load.
  for (size_t i = 0; i < keys_.size(); ++i) out.U8(static_cast<uint8_t>(offsets_[i + 1] - offsets_[i]));
  for (const PackedEntry& e : packed_) out.U8(static_cast<uint8_t>(e.cls));
  for (const PackedEntry& e : packed_) out.I16(e.weight);
}

namespace {

// The little-endian bytes of `n` values of T into `out`: a copy on the
// machines kgraph runs on, which are little-endian (checked at build time).
template <typename T>
bool ReadArray(ByteReader& in, size_t n, std::vector<T>& out) {
  static_assert(std::endian::native == std::endian::little, "the model layout is little-endian");
  std::string_view bytes = in.Bytes(static_cast<uint64_t>(n) * sizeof(T));
  if (!in.ok()) return false;
  out.resize(n);
  if (n > 0) std::memcpy(out.data(), bytes.data(), bytes.size());
  return true;
}

}  // namespace

bool FrozenWeights::Read(ByteReader& in) {
  classes_ = static_cast<int>(in.U32());
  uint64_t features = in.U64(), entries = in.U64();
  if (!in.ok() || classes_ <= 0 || classes_ > kMaxClasses || !in.Has(features * 9 + entries * 3)) return false;
  std::vector<uint8_t> lengths, classes;
  std::vector<int16_t> weights;
  if (!ReadArray(in, features, keys_) || !ReadArray(in, features, lengths) || !ReadArray(in, entries, classes) ||
      !ReadArray(in, entries, weights)) {
    return false;
  }
  offsets_.assign(features + 1, 0);
  for (size_t i = 0; i < features; ++i) offsets_[i + 1] = offsets_[i] + lengths[i];
  if (offsets_.back() != entries) return false;
  packed_.resize(entries);
  for (size_t e = 0; e < entries; ++e) {
    if (classes[e] >= classes_) return false;
    packed_[e] = PackedEntry{classes[e], weights[e]};
  }
  for (size_t i = 1; i < keys_.size(); ++i) {
    if (keys_[i - 1] >= keys_[i]) return false;
  }
  BuildIndex();
  return true;
}

}  // namespace kg::syntax
