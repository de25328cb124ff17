#include "ingest/import/utf8_check.h"

#include <unicode/utf8.h>

#include <cstdint>
#include <cstring>

namespace kg::ingest {

std::optional<size_t> FindInvalidUtf8(std::string_view text) {
  const auto* data = reinterpret_cast<const uint8_t*>(text.data());
  const size_t size = text.size();
  size_t i = 0;
  while (i < size) {
    if (i + 8 <= size) {
      uint64_t word;
      std::memcpy(&word, data + i, 8);
      // All eight bytes ASCII and none of them NUL: skip them at once.
      bool ascii = (word & 0x8080808080808080ull) == 0;
      bool has_zero = ((word - 0x0101010101010101ull) & ~word & 0x8080808080808080ull) != 0;
      if (ascii && !has_zero) {
        i += 8;
        continue;
      }
    }
    if (data[i] == 0) return i;
    if (data[i] < 0x80) {
      ++i;
      continue;
    }
    size_t at = i;
    int32_t pos = static_cast<int32_t>(i);
    UChar32 c = 0;
    U8_NEXT(data, pos, static_cast<int32_t>(size), c);
    if (c < 0) return at;
    i = static_cast<size_t>(pos);
  }
  return std::nullopt;
}

bool AppendUtf8(std::string& out, uint32_t cp) {
  if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
  char buf[4];
  int32_t n = 0;
  U8_APPEND_UNSAFE(buf, n, static_cast<UChar32>(cp));
  out.append(buf, static_cast<size_t>(n));
  return true;
}

}  // namespace kg::ingest
