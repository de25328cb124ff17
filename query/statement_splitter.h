// StatementSplitter: turns lines of a script, or lines typed at the shell,
// into complete statements.
//
// A statement ends at a `;` that is outside string literals ('…', "…"),
// backquoted names (`…`) and comments (// … and /* … */), so it may span
// lines and a `;` inside a name or a comment never cuts it short. The
// splitter remembers where it stands between lines, which is also what tells
// the shell to show its continuation prompt. `kg query -f` and `kg repl`
// share it so that a script means the same to both.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace kg::query {

// One statement, without its `;`, and where its first word stands in the
// input (1-based line and column), for errors that point into a script.
struct ScriptStatement {
  std::string text;
  int first_line = 1;
  int first_column = 1;
};

class StatementSplitter {
 public:
  // Adds one line (without its newline), numbered `line_number` in the
  // input, and returns the statements it completed. Blanks and comments
  // before a statement are not part of it, so `first_line` is the line of
  // its first word; statements of nothing but blanks and comments are
  // dropped.
  std::vector<ScriptStatement> AddLine(std::string_view line, int line_number);

  // True while part of a statement waits for its `;`.
  bool pending() const { return has_content_ || state_ != State::kCode; }

  // Returns what is pending (e.g. a last statement without `;` at end of
  // input) and forgets it; its text is empty when only comments waited.
  ScriptStatement TakeRest();

  // Forgets what is pending (Ctrl-C at the continuation prompt).
  void Clear();

 private:
  enum class State { kCode, kSingleQuoted, kDoubleQuoted, kBackquoted, kLineComment, kBlockComment };
  void Emit(std::vector<ScriptStatement>& out);
  void Append(std::string_view text) {
    if (has_content_) buffer_ += text;
  }

  State state_ = State::kCode;
  bool escaped_ = false;      // the previous character was a backslash inside a string
  bool has_content_ = false;  // a statement has begun: the buffer holds more than blanks and comments
  int first_line_ = 1;
  int first_column_ = 1;
  std::string buffer_;
};

// Splits a whole script (e.g. a `kg query -f` file) the same way.
std::vector<ScriptStatement> SplitStatements(std::string_view script);

}  // namespace kg::query
