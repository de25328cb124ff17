#include "tests/repl/pty_session.h"

#include <poll.h>
#include <pty.h>
#include <signal.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <stdexcept>

#include "tests/test_util.h"

namespace kg::test {
namespace {

// Appends the text of `raw` to `clean`, dropping terminal control: CSI
// sequences (ESC [ … final byte), other two-byte escapes, \r, BEL and
// backspaces (with the character they back over). Returns how many bytes at
// the end form an incomplete escape sequence, to keep for the next read.
size_t AppendVisible(const std::string& raw, std::string& clean) {
  size_t i = 0;
  while (i < raw.size()) {
    char c = raw[i];
    if (c == '\x1b') {
      if (i + 1 >= raw.size()) return raw.size() - i;
      if (raw[i + 1] == '[') {
        size_t j = i + 2;
        while (j < raw.size() && !(raw[j] >= 0x40 && raw[j] <= 0x7e)) ++j;
        if (j >= raw.size()) return raw.size() - i;
        i = j + 1;
      } else {
        i += 2;
      }
      continue;
    }
    if (c == '\b') {
      if (!clean.empty() && clean.back() != '\n') clean.pop_back();
    } else if (c != '\r' && c != '\a') {
      clean += c;
    }
    ++i;
  }
  return 0;
}

}  // namespace

PtySession::PtySession(const std::vector<std::string>& argv, const std::vector<std::string>& env,
                       unsigned short columns, unsigned short rows) {
  winsize size{};
  size.ws_row = rows;
  size.ws_col = columns;
  pid_ = forkpty(&fd_, nullptr, nullptr, &size);
  if (pid_ < 0) throw std::runtime_error(std::string("forkpty: ") + std::strerror(errno));
  if (pid_ == 0) {
    for (const auto& assignment : env) putenv(const_cast<char*>(assignment.c_str()));
    ExecOrExit(argv);
  }
}

PtySession::~PtySession() {
  if (exit_code_ == -1 && pid_ > 0) {
    kill(pid_, SIGKILL);
    waitpid(pid_, nullptr, 0);
  }
  if (fd_ >= 0) close(fd_);
}

void PtySession::Send(std::string_view keys) {
  while (!keys.empty()) {
    ssize_t n = write(fd_, keys.data(), keys.size());
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) throw std::runtime_error("write to the pseudo-terminal failed");
    keys.remove_prefix(static_cast<size_t>(n));
  }
}

bool PtySession::ReadSome(std::chrono::milliseconds timeout) {
  pollfd p{fd_, POLLIN, 0};
  int ready = poll(&p, 1, static_cast<int>(timeout.count()));
  if (ready <= 0) return false;
  char buf[4096];
  ssize_t n = read(fd_, buf, sizeof buf);
  if (n <= 0) return false;  // EIO: the program closed the terminal
  raw_.append(buf, static_cast<size_t>(n));
  raw_pending_.append(buf, static_cast<size_t>(n));
  size_t keep = AppendVisible(raw_pending_, clean_);
  raw_pending_.erase(0, raw_pending_.size() - keep);
  return true;
}

bool PtySession::WaitFor(std::string_view text, std::chrono::milliseconds timeout) {
  auto deadline = std::chrono::steady_clock::now() + timeout;
  for (;;) {
    size_t at = clean_.find(text, matched_);
    if (at != std::string::npos) {
      matched_ = at + text.size();
      return true;
    }
    auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
    if (left.count() <= 0) return false;
    if (!ReadSome(left)) {
      if (std::chrono::steady_clock::now() >= deadline) return false;
      // The program may have exited; stop polling a closed terminal.
      int status = 0;
      if (waitpid(pid_, &status, WNOHANG) == pid_) {
        exit_code_ = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
        while (ReadSome(std::chrono::milliseconds(0))) {
        }
        return clean_.find(text, matched_) != std::string::npos;
      }
    }
  }
}

bool PtySession::WaitForMode(bool raw, std::chrono::milliseconds timeout) {
  auto deadline = std::chrono::steady_clock::now() + timeout;
  for (;;) {
    // On Linux the master side reports the slave's terminal modes.
    termios modes{};
    if (tcgetattr(fd_, &modes) == 0 && raw == !(modes.c_lflag & ICANON)) return true;
    if (std::chrono::steady_clock::now() >= deadline) return false;
    ReadSome(std::chrono::milliseconds(5));
  }
}

int PtySession::WaitExit(std::chrono::milliseconds timeout) {
  auto deadline = std::chrono::steady_clock::now() + timeout;
  while (exit_code_ == -1) {
    // Keep draining output so the program never blocks on a full terminal.
    ReadSome(std::chrono::milliseconds(50));
    int status = 0;
    if (waitpid(pid_, &status, WNOHANG) == pid_) {
      exit_code_ = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
      break;
    }
    if (std::chrono::steady_clock::now() >= deadline) return -1;
  }
  return exit_code_;
}

}  // namespace kg::test
