// Display width of UTF-8 text, for tables: code points, not bytes (a
// multi-byte letter takes one column), and cutting a value to a width
// without splitting a letter.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace kg::query {

size_t CodePoints(std::string_view text);

// `text` cut to at most `width` code points, the last one "…" when cut.
std::string CutToWidth(const std::string& text, size_t width);

}  // namespace kg::query
