// LineSource: where the shell's input lines come from — libedit on a
// terminal (line_editor.h), a plain stream otherwise (stream_line_source.h).
#pragma once

#include <string>

namespace kg::repl {

struct InputLine {
  enum class Kind { kLine, kEnd, kInterrupted };  // kEnd: Ctrl-D or end of input
  Kind kind = Kind::kEnd;
  std::string text;  // without its newline
};

class LineSource {
 public:
  virtual ~LineSource() = default;
  virtual InputLine Read(const std::string& prompt) = 0;
  // Offers a line the user typed to the history (a no-op without one).
  virtual void Remember(const std::string& line) { (void)line; }
};

}  // namespace kg::repl
