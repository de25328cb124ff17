#include "query/repl/line_editor.h"

#include <fcntl.h>
#include <histedit.h>
#include <poll.h>
#include <signal.h>
#include <unistd.h>

#include <fmt/format.h>

#include <algorithm>
#include <cerrno>
#include <clocale>
#include <cstdlib>

#include "query/interrupt.h"
#include "query/repl/terminal.h"
#include "query/repl/text_util.h"

namespace kg::repl {
namespace {

constexpr int kHistorySize = 1000;
constexpr size_t kMaxListed = 200;  // candidates shown for one Tab

// libedit deletes by characters, not bytes.
int CodePoints(std::string_view utf8) {
  int n = 0;
  for (char c : utf8) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

}  // namespace

std::string DefaultHistoryPath() {
  if (const char* path = std::getenv("KG_HISTORY"); path && *path) return path;
  if (const char* home = std::getenv("HOME"); home && *home) return std::string(home) + "/.kg_history";
  return "";
}

LineEditor::LineEditor(std::FILE* in, std::FILE* out, std::string history_path, Completer completer)
    : out_(out), history_path_(std::move(history_path)), completer_(std::move(completer)), in_fd_(fileno(in)) {
  // libedit reads multibyte characters by the locale; entity names are UTF-8.
  std::setlocale(LC_CTYPE, "");
  el_ = el_init("kg", in, out, stderr);
  el_set(el_, EL_CLIENTDATA, this);
  el_set(el_, EL_EDITOR, "emacs");
  el_set(el_, EL_PROMPT, &LineEditor::PromptCallback);
  el_set(el_, EL_ADDFN, "kg-complete", "complete a keyword, label, predicate, entity or command",
         &LineEditor::CompleteCallback);
  el_set(el_, EL_BIND, "^I", "kg-complete", nullptr);
  el_set(el_, EL_GETCFN, &LineEditor::GetCharCallback);
  // Our own open file description of the terminal, so that it can be
  // non-blocking without changing the one shared with the parent shell.
  if (const char* tty = isatty(in_fd_) ? ttyname(in_fd_) : nullptr) {
    own_fd_ = open(tty, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
  }

  HistEvent event;
  history_ = history_init();
  history(history_, &event, H_SETSIZE, kHistorySize);
  history(history_, &event, H_SETUNIQUE, 1);
  if (!history_path_.empty()) history(history_, &event, H_LOAD, history_path_.c_str());
  el_set(el_, EL_HIST, history, history_);
  // Lets the user's ~/.editrc rebind keys, as in other libedit programs.
  el_source(el_, nullptr);
}

LineEditor::~LineEditor() {
  if (own_fd_ >= 0) close(own_fd_);
  el_end(el_);
  history_end(history_);
}

char* LineEditor::PromptCallback(editline* el) {
  LineEditor* self = nullptr;
  el_get(el, EL_CLIENTDATA, &self);
  return self->prompt_.data();
}

unsigned char LineEditor::CompleteCallback(editline* el, int /*key*/) {
  LineEditor* self = nullptr;
  el_get(el, EL_CLIENTDATA, &self);
  return self->OnTab();
}

int LineEditor::GetCharCallback(editline* el, wchar_t* c) {
  LineEditor* self = nullptr;
  el_get(el, EL_CLIENTDATA, &self);
  return self->GetChar(c);
}

// libedit's own reader blocks in read() and only notices Ctrl-C when the
// signal happens to interrupt that call; one that lands while it is busy
// drawing (a Ctrl-C typed right after other keys) would be lost and the
// shell would seem frozen. Here SIGINT stays blocked except inside ppoll(),
// which unblocks it atomically, so a Ctrl-C either was already flagged or
// ends the wait: it is never missed. The read itself does not block: Ctrl-C
// also empties the terminal's input queue, so the keys ppoll() saw may be
// gone by the time read() runs, and a blocking read would then wait with
// SIGINT still blocked, for ever.
int LineEditor::GetChar(wchar_t* c) {
  const int fd = own_fd_ >= 0 ? own_fd_ : in_fd_;
  sigset_t block, previous_mask;
  sigemptyset(&block);
  sigaddset(&block, SIGINT);
  sigprocmask(SIG_BLOCK, &block, &previous_mask);
  sigset_t waiting_mask = previous_mask;
  sigdelset(&waiting_mask, SIGINT);
  int result = -1;
  for (;;) {
    if (query::TakeInterrupt()) {
      interrupted_ = true;
      break;
    }
    pollfd p{fd, POLLIN, 0};
    if (ppoll(&p, 1, nullptr, &waiting_mask) < 0) {
      if (errno == EINTR) continue;  // the flag says whether it was Ctrl-C
      break;
    }
    unsigned char byte = 0;
    ssize_t n = read(fd, &byte, 1);
    if (n < 0 && (errno == EINTR || errno == EAGAIN)) continue;
    if (n <= 0) {
      result = static_cast<int>(n);  // 0: end of input
      break;
    }
    char ch = static_cast<char>(byte);
    size_t used = std::mbrtowc(c, &ch, 1, &decode_state_);
    if (used == static_cast<size_t>(-2)) continue;  // more bytes to come
    if (used == static_cast<size_t>(-1)) {          // not UTF-8: take the byte
      decode_state_ = std::mbstate_t{};
      *c = static_cast<wchar_t>(byte);
    }
    result = 1;
    break;
  }
  sigprocmask(SIG_SETMASK, &previous_mask, nullptr);
  if (result < 0 && interrupted_) errno = EINTR;
  return result;
}

unsigned char LineEditor::OnTab() {
  const LineInfo* line = el_line(el_);
  std::string_view before(line->buffer, static_cast<size_t>(line->cursor - line->buffer));
  Completion completion = completer_(before);
  if (completion.candidates.empty()) return CC_ERROR;
  std::string_view typed = before.substr(completion.start);
  bool single = completion.candidates.size() == 1;
  std::string insert = single ? completion.candidates.front() + " " : CommonPrefix(completion.candidates);
  if (single || insert.size() > typed.size()) {
    el_deletestr(el_, CodePoints(typed));
    el_insertstr(el_, insert.c_str());
    return CC_REFRESH;
  }
  ListCandidates(completion.candidates);
  return CC_REDISPLAY;
}

void LineEditor::ListCandidates(const std::vector<std::string>& candidates) {
  const auto listed = static_cast<std::ptrdiff_t>(std::min(candidates.size(), kMaxListed));
  std::vector<std::string> shown(candidates.begin(), candidates.begin() + listed);
  std::string text = "\n" + WrapWords(shown, TerminalColumns(fileno(out_)));
  if (candidates.size() > kMaxListed) text += fmt::format("… and {} more\n", candidates.size() - kMaxListed);
  std::fputs(text.c_str(), out_);
  std::fflush(out_);
}

InputLine LineEditor::Read(const std::string& prompt) {
  prompt_ = prompt;
  InputLine result;
  int count = 0;
  query::TakeInterrupt();  // a Ctrl-C pressed as the last statement ended is spent
  interrupted_ = false;
  const char* text = el_gets(el_, &count);
  if (interrupted_) {
    // Ctrl-C at the prompt (see GetChar): drop the half-typed line and put
    // the terminal back as it was.
    el_reset(el_);
    std::fputc('\n', out_);
    result.kind = InputLine::Kind::kInterrupted;
    return result;
  }
  if (!text) return result;  // kEnd: Ctrl-D on an empty line
  std::string_view view(text, static_cast<size_t>(count));
  if (!view.empty() && view.back() == '\n') view.remove_suffix(1);
  result.kind = InputLine::Kind::kLine;
  result.text = std::string(view);
  return result;
}

void LineEditor::Remember(const std::string& line) {
  HistEvent event;
  history(history_, &event, H_ENTER, line.c_str());
  if (!history_path_.empty()) history(history_, &event, H_SAVE, history_path_.c_str());
}

}  // namespace kg::repl
