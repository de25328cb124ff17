#include "query/source_error.h"

#include <algorithm>

namespace kg::query {

namespace {
// Bytes of a line shown either side of the caret.
constexpr size_t kShownAround = 120;
}  // namespace

SourcePos PositionOf(std::string_view text, size_t offset, SourcePos origin) {
  offset = std::min(offset, text.size());
  SourcePos pos = origin;
  pos.offset = static_cast<uint32_t>(offset);
  size_t line_start = 0;
  for (size_t i = 0; i < offset; ++i) {
    if (text[i] == '\n') {
      ++pos.line;
      line_start = i + 1;
    }
  }
  pos.column = static_cast<uint32_t>(offset - line_start + (line_start == 0 ? origin.column : 1));
  return pos;
}

Status SourceError(std::string_view text, SourcePos pos, const std::string& message) {
  size_t offset = std::min<size_t>(pos.offset, text.size());
  size_t begin = offset == 0 ? std::string_view::npos : text.rfind('\n', offset - 1);
  begin = begin == std::string_view::npos ? 0 : begin + 1;
  size_t end = text.find('\n', offset);
  if (end == std::string_view::npos) end = text.size();
  // A statement may be one long line: show the part around the caret.
  std::string before = begin + kShownAround < offset ? "..." : "";
  std::string after = offset + kShownAround < end ? "..." : "";
  if (!before.empty()) begin = offset - kShownAround;
  if (!after.empty()) end = offset + kShownAround;
  std::string line = before + std::string(text.substr(begin, end - begin)) + after;
  // Tabs keep their width under the caret so it lines up in a terminal.
  std::string pad(before.size(), ' ');
  for (size_t i = begin; i < offset && i < end; ++i) pad += text[i] == '\t' ? '\t' : ' ';
  std::string out = "line " + std::to_string(pos.line) + ", column " + std::to_string(pos.column) + ": " +
                    message + "\n  " + line + "\n  " + pad + "^";
  return Status::InvalidInput(std::move(out));
}

}  // namespace kg::query
