// LineEditor: terminal input through libedit (BSD-licensed, unlike GNU
// readline): emacs-style editing, a persistent history file and Tab
// completion driven by completion.h.
#pragma once

#include <cstdio>
#include <cwchar>
#include <functional>
#include <string>
#include <string_view>

#include "query/repl/completion.h"
#include "query/repl/line_source.h"

struct editline;
struct history;

namespace kg::repl {

class LineEditor : public LineSource {
 public:
  using Completer = std::function<Completion(std::string_view before_cursor)>;

  // `history_path` is loaded now and rewritten after every remembered line,
  // so a killed shell loses nothing; empty means no history file.
  LineEditor(std::FILE* in, std::FILE* out, std::string history_path, Completer completer);
  ~LineEditor() override;
  LineEditor(const LineEditor&) = delete;
  LineEditor& operator=(const LineEditor&) = delete;

  InputLine Read(const std::string& prompt) override;
  void Remember(const std::string& line) override;

 private:
  static char* PromptCallback(editline* el);
  static unsigned char CompleteCallback(editline* el, int key);
  static int GetCharCallback(editline* el, wchar_t* c);
  int GetChar(wchar_t* c);
  unsigned char OnTab();
  void ListCandidates(const std::vector<std::string>& candidates);

  editline* el_ = nullptr;
  history* history_ = nullptr;
  std::FILE* out_;
  std::string history_path_;
  Completer completer_;
  std::string prompt_;
  int in_fd_;
  int own_fd_ = -1;  // a non-blocking descriptor of the same terminal (see GetChar)
  std::mbstate_t decode_state_{};  // a UTF-8 character split across reads
  bool interrupted_ = false;       // Ctrl-C while reading the current line
};

// $KG_HISTORY, else ~/.kg_history; empty when neither can be found.
std::string DefaultHistoryPath();

}  // namespace kg::repl
