#include "query/repl/stream_line_source.h"

#include <cerrno>

namespace kg::repl {

InputLine StreamLineSource::Read(const std::string& /*prompt*/) {
  InputLine line;
  std::string text;
  for (;;) {
    int c = std::fgetc(in_);
    if (c == EOF) {
      if (std::ferror(in_) && errno == EINTR) {
        std::clearerr(in_);
        line.kind = InputLine::Kind::kInterrupted;
        return line;
      }
      if (text.empty()) return line;  // kEnd
      break;
    }
    if (c == '\n') break;
    text += static_cast<char>(c);
  }
  if (!text.empty() && text.back() == '\r') text.pop_back();  // scripts written on Windows
  line.kind = InputLine::Kind::kLine;
  line.text = std::move(text);
  return line;
}

}  // namespace kg::repl
