#include "ingest/readers/input_check.h"

#include <unicode/utf8.h>

#include <algorithm>
#include <chrono>
#include <string>

namespace kg::ingest {

bool IsIsoDate(std::string_view t) {
  if (t.size() != 10 || t[4] != '-' || t[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (t[i] < '0' || t[i] > '9') return false;
  }
  auto digits = [&](size_t at, size_t n) {
    int v = 0;
    for (size_t i = at; i < at + n; ++i) v = v * 10 + (t[i] - '0');
    return v;
  };
  // A day of the calendar: 2020-02-30 and 2023-02-29 are not.
  const std::chrono::year_month_day day{std::chrono::year(digits(0, 4)),
                                        std::chrono::month(static_cast<unsigned>(digits(5, 2))),
                                        std::chrono::day(static_cast<unsigned>(digits(8, 2)))};
  return day.ok();
}

size_t LineOfOffset(std::string_view text, size_t offset) {
  offset = std::min(offset, text.size());
  return 1 + static_cast<size_t>(std::count(text.begin(), text.begin() + offset, '\n'));
}

Status CheckDocumentBytes(std::string_view bytes, size_t max_bytes) {
  if (bytes.size() > max_bytes) {
    return Status::LimitExceeded("larger than the size limit of " + std::to_string(max_bytes) +
                                 " bytes (" + std::to_string(bytes.size()) + " bytes)");
  }
  const auto* data = reinterpret_cast<const uint8_t*>(bytes.data());
  const int32_t size = static_cast<int32_t>(bytes.size());
  for (int32_t i = 0; i < size;) {
    if (data[i] == 0) {
      return Status::InvalidInput("binary data: a NUL byte at line " +
                                  std::to_string(LineOfOffset(bytes, i)) + ", byte " +
                                  std::to_string(i));
    }
    if (data[i] < 0x80) {
      ++i;
      continue;
    }
    int32_t at = i;
    UChar32 c = 0;
    U8_NEXT(data, i, size, c);
    if (c < 0) {
      return Status::InvalidInput("invalid UTF-8 at line " + std::to_string(LineOfOffset(bytes, at)) +
                                  ", byte " + std::to_string(at));
    }
  }
  return Status::Ok();
}

}  // namespace kg::ingest
