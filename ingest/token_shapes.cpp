#include "ingest/token_shapes.h"

#include <array>
#include <cctype>

#include "ingest/code_points.h"
#include "ingest/punctuation.h"

namespace kg::ingest {
namespace {

bool IsHostChar(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '-'; }

bool StartsWithNoCase(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(s[i])) != prefix[i]) return false;
  }
  return true;
}

bool IsCommonTopLevelDomain(std::string_view label) {
  static constexpr std::array<std::string_view, 12> kDomains = {
      "com", "org", "net", "edu", "gov", "mil", "int", "info", "biz", "uk", "io", "co"};
  for (std::string_view d : kDomains) {
    if (label.size() == d.size() && StartsWithNoCase(label, d)) return true;
  }
  return false;
}

// The end of a host name "a.b.c" at the start of `s` (0 when there is none:
// at least two labels, the last of letters only), and its last label.
size_t HostEnd(std::string_view s, std::string_view* last_label) {
  size_t i = 0, labels = 0, label_start = 0;
  while (true) {
    label_start = i;
    while (i < s.size() && IsHostChar(s[i])) ++i;
    if (i == label_start) return 0;
    ++labels;
    if (i + 1 < s.size() && s[i] == '.' && IsHostChar(s[i + 1])) {
      ++i;
      continue;
    }
    break;
  }
  *last_label = s.substr(label_start, i - label_start);
  if (labels < 2 || last_label->size() < 2 || !IsAsciiLetters(*last_label)) return 0;
  return i;
}

bool IsAsciiOpening(char c) { return std::string_view("([{<\"'").find(c) != std::string_view::npos; }
bool IsAsciiClosing(char c) { return std::string_view(".,;:!?)]}>\"'").find(c) != std::string_view::npos; }

// `chunk` without what may stand around an address: brackets, quotes,
// final punctuation, and a name before '<' ("Jane<jane@x.org>").
ByteSpan AddressCore(std::string_view text, ByteSpan chunk) {
  size_t b = chunk.begin, e = chunk.end, start = 0;
  const size_t angle = text.substr(b, e - b).rfind('<');
  if (angle != std::string_view::npos) b += angle + 1;
  while (b < e) {
    const UChar32 c = CodePointAt(text, b);
    if (!(c < 0x80 ? IsAsciiOpening(static_cast<char>(c)) : IsOpeningPunct(c))) break;
    b += CodePointLength(text, b);
  }
  while (e > b) {
    const UChar32 c = CodePointBefore(text, e, &start);
    if (!(c < 0x80 ? IsAsciiClosing(static_cast<char>(c)) : IsClosingPunct(c))) break;
    e = start;
  }
  return {b, e};
}

}  // namespace

std::optional<ByteSpan> AddressIn(std::string_view text, ByteSpan chunk) {
  const ByteSpan core = AddressCore(text, chunk);
  const std::string_view address = text.substr(core.begin, core.end - core.begin);
  if (IsUrl(address) || IsEmail(address)) return core;
  return std::nullopt;
}

bool IsAsciiDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  }
  return true;
}

bool IsAsciiLetters(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (!std::isalpha(static_cast<unsigned char>(c))) return false;
  }
  return true;
}

std::string LowerCaseAscii(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool IsUrl(std::string_view s) {
  for (std::string_view scheme : {"http://", "https://", "ftp://"}) {
    if (StartsWithNoCase(s, scheme)) return s.size() > scheme.size();
  }
  if (StartsWithNoCase(s, "www.")) return s.size() > 4 && IsHostChar(s[4]);
  std::string_view last;
  const size_t end = HostEnd(s, &last);
  if (end == 0) return false;
  const bool path = end < s.size() && s[end] == '/';
  return path || (end == s.size() && IsCommonTopLevelDomain(last));
}

bool IsEmail(std::string_view s) {
  const size_t at = s.find('@');
  if (at == 0 || at == std::string_view::npos) return false;
  for (char c : s.substr(0, at)) {
    if (!IsHostChar(c) && c != '.' && c != '_' && c != '+') return false;
  }
  std::string_view last;
  const std::string_view domain = s.substr(at + 1);
  return HostEnd(domain, &last) == domain.size();
}

bool IsPhoneNumber(std::string_view s) {
  size_t groups = 0, previous = 0, last = 0;
  while (!s.empty()) {
    const size_t dash = s.find('-');
    const std::string_view group = s.substr(0, dash);
    if (!IsAsciiDigits(group)) return false;
    previous = last;
    last = group.size();
    ++groups;
    if (dash == std::string_view::npos) break;
    s.remove_prefix(dash + 1);
    if (s.empty()) return false;
  }
  return groups >= 2 && last == 4 && previous != 4;
}

}  // namespace kg::ingest
