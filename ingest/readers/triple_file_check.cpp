#include "ingest/readers/triple_file_check.h"

#include <rapidjson/document.h>

#include <algorithm>
#include <vector>

namespace kg::ingest {
namespace {

// A table has this many lines at least, each with the same number of
// separators (at least one). A tab in prose is rare, so two rows of equal
// tab count make a table; commas need three rows, none ending a sentence.
constexpr size_t kTabTableLines = 2;
constexpr size_t kCommaTableLines = 3;
// More than this many lines looked at would read past the head.
constexpr size_t kLinesLooked = 8;

std::string_view Trim(std::string_view s) {
  size_t b = s.find_first_not_of(" \t\r");
  if (b == std::string_view::npos) return {};
  size_t e = s.find_last_not_of(" \t\r");
  return s.substr(b, e - b + 1);
}

// The complete non-blank, non-comment lines of `head` (the last one is cut
// off by the head's end unless it ends in a newline, so it is left out).
std::vector<std::string_view> ContentLines(std::string_view head, bool* comments) {
  std::vector<std::string_view> lines;
  *comments = false;
  size_t at = 0;
  while (lines.size() < kLinesLooked) {
    size_t end = head.find('\n', at);
    if (end == std::string_view::npos) break;
    std::string_view line = Trim(head.substr(at, end - at));
    at = end + 1;
    if (line.empty()) continue;
    if (line[0] == '#') {
      *comments = true;
      continue;
    }
    lines.push_back(line);
  }
  return lines;
}

bool IsNTriple(std::string_view line) {
  if (line.size() < 5 || !(line[0] == '<' || line.substr(0, 2) == "_:")) return false;
  return line.back() == '.';
}

bool IsTripleObject(std::string_view line) {
  if (line.empty() || line[0] != '{') return false;
  rapidjson::Document doc;
  doc.Parse(line.data(), line.size());
  return !doc.HasParseError() && doc.IsObject() && doc.HasMember("subject") && doc.HasMember("predicate") &&
         doc.HasMember("object") && !doc.HasMember("text");
}

bool IsTable(const std::vector<std::string_view>& lines, char separator, size_t min_lines) {
  if (lines.size() < min_lines) return false;
  const auto count = std::count(lines[0].begin(), lines[0].end(), separator);
  if (count == 0) return false;
  return std::all_of(lines.begin(), lines.end(), [&](std::string_view l) {
    return std::count(l.begin(), l.end(), separator) == count;
  });
}

}  // namespace

std::string TripleFileKind(std::string_view head) {
  bool comments = false;
  std::vector<std::string_view> lines = ContentLines(head, &comments);
  if (lines.empty()) {
    // One line without its newline: judge it whole.
    std::string_view only = Trim(head);
    if (only.empty()) return "";
    lines.push_back(only);
  }
  if (IsNTriple(lines[0])) return "N-Triples";
  if (IsTripleObject(lines[0])) return "JSON Lines triples";
  if (IsTable(lines, '\t', kTabTableLines)) return "a tab-separated table";
  if (IsTable(lines, ',', kCommaTableLines) && std::none_of(lines.begin(), lines.end(), [](std::string_view l) {
        return l.back() == '.' || l.back() == '?' || l.back() == '!';
      })) {
    return "a comma-separated table";
  }
  return "";
}

Status RefuseTripleFile(std::string_view source, std::string_view kind) {
  std::string name(source == "-" ? "standard input" : source);
  std::string what = kind.rfind("a ", 0) == 0 ? std::string(kind) : "a file of " + std::string(kind);
  return Status::InvalidInput(name + ": this is " + what + ", not articles, and `kg ingest` would read its lines as "
                              "prose; load triples with `kg import " + std::string(source == "-" ? "FILE" : source) +
                              "` (`:import` in the REPL), or give --format text to ingest it as prose anyway");
}

}  // namespace kg::ingest
