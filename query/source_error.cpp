#include "query/source_error.h"

#include <algorithm>

namespace kg::query {

Status SourceError(std::string_view text, SourcePos pos, const std::string& message) {
  size_t offset = std::min<size_t>(pos.offset, text.size());
  size_t begin = offset == 0 ? std::string_view::npos : text.rfind('\n', offset - 1);
  begin = begin == std::string_view::npos ? 0 : begin + 1;
  size_t end = text.find('\n', offset);
  if (end == std::string_view::npos) end = text.size();
  std::string line(text.substr(begin, end - begin));
  // Tabs keep their width under the caret so it lines up in a terminal.
  std::string pad;
  for (size_t i = begin; i < offset && i < end; ++i) pad += text[i] == '\t' ? '\t' : ' ';
  std::string out = "line " + std::to_string(pos.line) + ", column " + std::to_string(pos.column) + ": " +
                    message + "\n  " + line + "\n  " + pad + "^";
  return Status::InvalidInput(std::move(out));
}

}  // namespace kg::query
