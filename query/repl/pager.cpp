#include "query/repl/pager.h"

#include <sys/wait.h>

#include <csignal>
#include <cstdio>
#include <cstdlib>

#include "query/repl/text_util.h"

namespace kg::repl {

std::string PagerCommand() {
  const char* pager = std::getenv("PAGER");
  if (pager && !Trim(pager).empty()) return pager;
  return "less -FRX";
}

bool Page(const std::string& text, const std::string& command) {
  std::fflush(stdout);
  // A pager the user quits early closes the pipe: a write then must fail,
  // not kill the shell with SIGPIPE.
  struct sigaction ignore {}, before {};
  ignore.sa_handler = SIG_IGN;
  sigaction(SIGPIPE, &ignore, &before);
  bool ok = false;
  if (std::FILE* pipe = popen(command.c_str(), "w")) {
    std::fwrite(text.data(), 1, text.size(), pipe);
    int status = pclose(pipe);
    // 127: the shell found no such command; any other failure: show it ourselves.
    ok = status != -1 && WIFEXITED(status) && WEXITSTATUS(status) == 0;
  }
  sigaction(SIGPIPE, &before, nullptr);
  return ok;
}

}  // namespace kg::repl
