#include "query/statement_splitter.h"

#include <cctype>

namespace kg::query {
namespace {

bool IsBlank(char c) { return std::isspace(static_cast<unsigned char>(c)) != 0; }

std::string_view TrimEnd(std::string_view text) {
  while (!text.empty() && IsBlank(text.back())) text.remove_suffix(1);
  return text;
}

}  // namespace

std::vector<ScriptStatement> StatementSplitter::AddLine(std::string_view line, int line_number) {
  std::vector<ScriptStatement> done;
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
          break;
        }
        if (c == '/' && next == '*') {
          state_ = State::kBlockComment;
          Append("/*");
          ++i;
          continue;
        }
        if (c == '\'') {
          state_ = State::kSingleQuoted;
        } else if (c == '"') {
          state_ = State::kDoubleQuoted;
        } else if (c == '`') {
          state_ = State::kBackquoted;
        }
        if (!has_content_ && !IsBlank(c)) {
          has_content_ = true;
          first_line_ = line_number;
          first_column_ = static_cast<int>(i) + 1;
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
          Append("*/");
          ++i;
          continue;
        }
        break;
    }
    Append(std::string_view(&c, 1));
  }
  if (state_ == State::kLineComment) state_ = State::kCode;
  // Strings and names may span lines; keep the line break they contain.
  Append("\n");
  return done;
}

void StatementSplitter::Emit(std::vector<ScriptStatement>& out) {
  if (has_content_) out.push_back(ScriptStatement{std::string(TrimEnd(buffer_)), first_line_, first_column_});
  buffer_.clear();
  has_content_ = false;
}

ScriptStatement StatementSplitter::TakeRest() {
  std::vector<ScriptStatement> rest;
  Emit(rest);
  Clear();
  return rest.empty() ? ScriptStatement{} : std::move(rest.front());
}

void StatementSplitter::Clear() {
  buffer_.clear();
  has_content_ = false;
  escaped_ = false;
  state_ = State::kCode;
}

std::vector<ScriptStatement> SplitStatements(std::string_view script) {
  StatementSplitter splitter;
  std::vector<ScriptStatement> out;
  int line_number = 0;
  while (!script.empty()) {
    size_t end = script.find('\n');
    std::string_view line = script.substr(0, end);
    for (auto& statement : splitter.AddLine(line, ++line_number)) out.push_back(std::move(statement));
    script.remove_prefix(end == std::string_view::npos ? script.size() : end + 1);
  }
  ScriptStatement rest = splitter.TakeRest();
  if (!rest.text.empty()) out.push_back(std::move(rest));
  return out;
}

}  // namespace kg::query
