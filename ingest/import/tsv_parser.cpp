#include "ingest/import/tsv_parser.h"

#include <cstring>
#include <string>

#include "ingest/trim_spaces.h"

namespace kg::ingest {
namespace {

bool IsHeader(std::string_view s, std::string_view p, std::string_view o) {
  return s == "subject" && (p == "predicate" || p == "relation") && o == "object";
}

}  // namespace

Result<bool> TsvParser::Parse(std::string_view line, ImportRecord& record) {
  if (TrimSpaces(line).empty()) return false;
  bool first = first_line_;
  first_line_ = false;

  std::string_view fields[3];
  size_t count = 0;
  size_t start = 0;
  while (true) {
    const void* tab = std::memchr(line.data() + start, '\t', line.size() - start);
    size_t end = tab ? static_cast<size_t>(static_cast<const char*>(tab) - line.data()) : line.size();
    if (count < 3) fields[count] = TrimSpaces(line.substr(start, end - start));
    ++count;
    if (!tab) break;
    start = end + 1;
  }
  if (count != 3) {
    return Status::InvalidInput("expected 3 tab-separated columns (subject, predicate, object), found " +
                                std::to_string(count));
  }
  if (first && IsHeader(fields[0], fields[1], fields[2])) return false;
  static constexpr const char* kColumn[] = {"subject", "predicate", "object"};
  for (size_t i = 0; i < 3; ++i) {
    if (fields[i].empty()) return Status::InvalidInput(std::string("empty ") + kColumn[i]);
  }
  record = ImportRecord{};
  record.subject = fields[0];
  record.predicate = fields[1];
  record.object = fields[2];
  return true;
}

}  // namespace kg::ingest
