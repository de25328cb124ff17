#include "query/text_width.h"

#include <algorithm>

namespace kg::query {

size_t CodePoints(std::string_view s) {
  return static_cast<size_t>(std::count_if(s.begin(), s.end(), [](char c) { return (c & 0xC0) != 0x80; }));
}

std::string CutToWidth(const std::string& text, size_t width) {
  if (CodePoints(text) <= width) return text;
  if (width == 0) return "";
  std::string out;
  size_t kept = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    bool starts_code_point = (text[i] & 0xC0) != 0x80;
    if (starts_code_point && ++kept == width) break;  // the last place is the ellipsis
    out += text[i];
  }
  return out + "…";
}

}  // namespace kg::query
