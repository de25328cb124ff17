// ByteWriter and ByteReader: the little-endian encoding of model sections.
//
// The reader never reads past its buffer: every Get reports failure through
// ok() instead, so a truncated or damaged section is refused with a
// message, never read as garbage.
#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace kg::syntax {

class ByteWriter {
 public:
  void U8(uint8_t v) { bytes_.push_back(static_cast<char>(v)); }
  void U16(uint16_t v) { Fixed(v, 2); }
  void U32(uint32_t v) { Fixed(v, 4); }
  void U64(uint64_t v) { Fixed(v, 8); }
  void I16(int16_t v) { U16(static_cast<uint16_t>(v)); }
  void F32(float v) {
    uint32_t u;
    std::memcpy(&u, &v, 4);
    U32(u);
  }
  void String(std::string_view s) {
    U32(static_cast<uint32_t>(s.size()));
    bytes_.append(s);
  }
  void Raw(std::string_view s) { bytes_.append(s); }
  void Strings(const std::vector<std::string>& list) {
    U32(static_cast<uint32_t>(list.size()));
    for (const std::string& s : list) String(s);
  }
  const std::string& bytes() const { return bytes_; }
  std::string Take() { return std::move(bytes_); }

 private:
  void Fixed(uint64_t v, int n) {
    for (int i = 0; i < n; ++i) bytes_.push_back(static_cast<char>((v >> (8 * i)) & 0xFF));
  }
  std::string bytes_;
};

class ByteReader {
 public:
  explicit ByteReader(std::string_view bytes) : bytes_(bytes) {}

  uint8_t U8() { return static_cast<uint8_t>(Fixed(1)); }
  uint16_t U16() { return static_cast<uint16_t>(Fixed(2)); }
  uint32_t U32() { return static_cast<uint32_t>(Fixed(4)); }
  uint64_t U64() { return Fixed(8); }
  int16_t I16() { return static_cast<int16_t>(U16()); }
  float F32() {
    uint32_t u = U32();
    float v;
    std::memcpy(&v, &u, 4);
    return v;
  }
  std::string String() { return std::string(Bytes(U32())); }
  // The next `n` bytes, or nothing when fewer remain.
  std::string_view Bytes(uint64_t n) {
    if (!Has(n)) return {};
    std::string_view s = bytes_.substr(pos_, static_cast<size_t>(n));
    pos_ += static_cast<size_t>(n);
    return s;
  }
  std::vector<std::string> Strings() {
    uint32_t n = U32();
    std::vector<std::string> out;
    // Each string takes at least its 4-byte length: a count the rest of the
    // buffer cannot hold is damage, not a reason to allocate.
    if (!Has(static_cast<uint64_t>(n) * 4)) return out;
    out.reserve(n);
    for (uint32_t i = 0; i < n && ok_; ++i) out.push_back(String());
    return out;
  }
  // Whether `n` more bytes are there; marks the reader failed if not.
  bool Has(uint64_t n) {
    if (ok_ && n <= bytes_.size() - pos_) return true;
    ok_ = false;
    return false;
  }
  bool ok() const { return ok_; }
  bool AtEnd() const { return pos_ == bytes_.size(); }

 private:
  uint64_t Fixed(int n) {
    if (!Has(static_cast<uint64_t>(n))) return 0;
    uint64_t v = 0;
    for (int i = 0; i < n; ++i) v |= static_cast<uint64_t>(static_cast<unsigned char>(bytes_[pos_ + i])) << (8 * i);
    pos_ += static_cast<size_t>(n);
    return v;
  }
  std::string_view bytes_;
  size_t pos_ = 0;
  bool ok_ = true;
};

}  // namespace kg::syntax
