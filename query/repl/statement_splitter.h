// StatementSplitter: turns typed or piped lines into complete statements.
//
// A statement ends at a `;` that is outside string literals ('…', "…"),
// backquoted names (`…`) and comments (// … and /* … */), so it may span
// lines and a `;` inside a name or a comment never cuts it short. The
// splitter remembers where it stands between lines, which is also what tells
// the shell to show its continuation prompt.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace kg::repl {

class StatementSplitter {
 public:
  // Adds one line (without its newline) and returns the statements it
  // completed, each without its `;` and trimmed. Statements holding nothing
  // but blanks and comments are dropped.
  std::vector<std::string> AddLine(std::string_view line);

  // True while part of a statement waits for its `;`.
  bool pending() const { return has_content_ || state_ != State::kCode; }

  // Returns what is pending (e.g. a last statement without `;` at end of
  // input), trimmed, and forgets it; empty when nothing but comments waited.
  std::string TakeRest();

  // Forgets what is pending (Ctrl-C at the continuation prompt).
  void Clear();

 private:
  enum class State { kCode, kSingleQuoted, kDoubleQuoted, kBackquoted, kLineComment, kBlockComment };
  void Emit(std::vector<std::string>& out);

  State state_ = State::kCode;
  bool escaped_ = false;      // the previous character was a backslash inside a string
  bool has_content_ = false;  // the buffer holds something besides blanks and comments
  std::string buffer_;
};

}  // namespace kg::repl
