#include "ingest/code_points.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace kg::ingest {

UChar32 CodePointAt(std::string_view s, size_t i) {
  UChar32 c = 0;
  int32_t pos = static_cast<int32_t>(i);
  U8_NEXT(s.data(), pos, static_cast<int32_t>(s.size()), c);
  return c < 0 ? 0xFFFD : c;
}

UChar32 CodePointBefore(std::string_view s, size_t i, size_t* start) {
  UChar32 c = 0;
  int32_t pos = static_cast<int32_t>(i);
  U8_PREV(s.data(), 0, pos, c);
  *start = static_cast<size_t>(pos);
  return c < 0 ? 0xFFFD : c;
}

size_t CodePointLength(std::string_view s, size_t i) {
  int32_t pos = static_cast<int32_t>(i);
  U8_FWD_1(s.data(), pos, static_cast<int32_t>(s.size()));
  return pos > static_cast<int32_t>(i) ? static_cast<size_t>(pos) - i : 1;
}

size_t CountCodePoints(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

bool IsSpaceAt(std::string_view s, size_t i) { return u_isUWhiteSpace(CodePointAt(s, i)); }

bool IsAllSpace(std::string_view s) {
  for (size_t i = 0; i < s.size(); i += CodePointLength(s, i)) {
    if (!IsSpaceAt(s, i)) return false;
  }
  return true;
}

bool IsAlnum(UChar32 c) { return u_isalnum(c); }
bool IsLetter(UChar32 c) { return u_isalpha(c); }

}  // namespace kg::ingest
