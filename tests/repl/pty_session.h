// PtySession: runs a program on a pseudo-terminal, as a user at a terminal
// would, so the tests see what libedit, prompts and Ctrl-C really do.
#pragma once

#include <sys/types.h>

#include <chrono>
#include <string>
#include <string_view>
#include <vector>

namespace kg::test {

class PtySession {
 public:
  // Starts `argv` with `env` added to (or replacing in) this environment,
  // on a terminal of `columns` by `rows`.
  PtySession(const std::vector<std::string>& argv, const std::vector<std::string>& env,
             unsigned short columns = 120, unsigned short rows = 40);
  ~PtySession();
  PtySession(const PtySession&) = delete;
  PtySession& operator=(const PtySession&) = delete;

  // Types `keys` (raw bytes: "\t" is Tab, "\x03" Ctrl-C, "\x04" Ctrl-D).
  void Send(std::string_view keys);

  // Reads output until what arrived since the last match contains `text`
  // (escape sequences, carriage returns and backspaces removed); false after
  // `timeout`. Generous timeouts, no sleeps: a slow machine only waits longer.
  bool WaitFor(std::string_view text, std::chrono::milliseconds timeout = std::chrono::seconds(30));

  // Waits until the program reads keys one by one (the terminal left
  // canonical mode), as libedit does while it edits a line. Control keys
  // typed before that are taken by the terminal's line discipline instead:
  // a Ctrl-D there becomes an end-of-file mark that libedit never sees.
  bool WaitForRawMode(std::chrono::milliseconds timeout = std::chrono::seconds(30)) {
    return WaitForMode(true, timeout);
  }
  // Waits until the terminal is back in canonical mode: the line was taken
  // and a statement runs.
  bool WaitForCanonicalMode(std::chrono::milliseconds timeout = std::chrono::seconds(30)) {
    return WaitForMode(false, timeout);
  }

  // Waits for the program to end; its exit code, or -1 after `timeout`.
  int WaitExit(std::chrono::milliseconds timeout = std::chrono::seconds(30));

  // Everything the program printed, cleaned as WaitFor sees it.
  const std::string& transcript() const { return clean_; }
  // Exactly the bytes it wrote, escape sequences included.
  const std::string& raw_transcript() const { return raw_; }

 private:
  bool ReadSome(std::chrono::milliseconds timeout);
  bool WaitForMode(bool raw, std::chrono::milliseconds timeout);
  pid_t pid_ = -1;
  int fd_ = -1;
  std::string raw_;
  std::string raw_pending_;  // an escape sequence cut by a read
  std::string clean_;
  size_t matched_ = 0;       // WaitFor looks after this offset
  int exit_code_ = -1;
};

}  // namespace kg::test
