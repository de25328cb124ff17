#include "query/repl/statement_splitter.h"

#include "query/repl/text_util.h"

namespace kg::repl {

std::vector<std::string> StatementSplitter::AddLine(std::string_view line) {
  std::vector<std::string> done;
  for (size_t i = 0; i < line.size(); ++i) {
    char c = line[i];
    char next = i + 1 < line.size() ? line[i + 1] : '\0';
    switch (state_) {
      case State::kCode:
        if (c == ';') {
          Emit(done);
          continue;
        }
        if (c == '/' && next == '/') {
          state_ = State::kLineComment;
        } else if (c == '/' && next == '*') {
          state_ = State::kBlockComment;
          buffer_ += "/*";
          ++i;
          continue;
        } else if (c == '\'') {
          state_ = State::kSingleQuoted;
        } else if (c == '"') {
          state_ = State::kDoubleQuoted;
        } else if (c == '`') {
          state_ = State::kBackquoted;
        }
        if (state_ != State::kLineComment && state_ != State::kBlockComment && !IsBlank(c)) {
          has_content_ = true;
        }
        break;
      case State::kSingleQuoted:
      case State::kDoubleQuoted: {
        char quote = state_ == State::kSingleQuoted ? '\'' : '"';
        if (escaped_) {
          escaped_ = false;
        } else if (c == '\\') {
          escaped_ = true;
        } else if (c == quote) {
          state_ = State::kCode;
        }
        break;
      }
      case State::kBackquoted:
        // A doubled backquote stands for one inside the name: it closes and
        // reopens, which this state machine follows without special care.
        if (c == '`') state_ = State::kCode;
        break;
      case State::kLineComment:
        break;
      case State::kBlockComment:
        if (c == '*' && next == '/') {
          state_ = State::kCode;
          buffer_ += "*/";
          ++i;
          continue;
        }
        break;
    }
    buffer_ += c;
  }
  if (state_ == State::kLineComment) state_ = State::kCode;
  // Strings and names may span lines; keep the line break they contain.
  buffer_ += '\n';
  return done;
}

void StatementSplitter::Emit(std::vector<std::string>& out) {
  if (has_content_) out.push_back(std::string(Trim(buffer_)));
  buffer_.clear();
  has_content_ = false;
}

std::string StatementSplitter::TakeRest() {
  std::string rest = has_content_ ? std::string(Trim(buffer_)) : std::string();
  Clear();
  return rest;
}

void StatementSplitter::Clear() {
  buffer_.clear();
  has_content_ = false;
  escaped_ = false;
  state_ = State::kCode;
}

}  // namespace kg::repl
