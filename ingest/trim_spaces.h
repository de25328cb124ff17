// TrimSpaces: `s` without the ASCII spaces at either end (tabs and other
// white space are kept: the formats that use this treat them as data).
#pragma once

#include <string_view>

namespace kg::ingest {

inline std::string_view TrimSpaces(std::string_view s) {
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  return s;
}

}  // namespace kg::ingest
