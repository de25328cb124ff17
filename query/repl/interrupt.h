// InterruptGuard: while alive, SIGINT (Ctrl-C) raises a flag instead of
// killing the process, so the shell can cancel the running query and return
// to its prompt. Blocking reads are interrupted (no SA_RESTART) so a Ctrl-C
// at the prompt is noticed at once.
#pragma once

#include <signal.h>

#include "query/repl/repl_backend.h"

namespace kg::repl {

class InterruptGuard {
 public:
  InterruptGuard();
  ~InterruptGuard();
  InterruptGuard(const InterruptGuard&) = delete;
  InterruptGuard& operator=(const InterruptGuard&) = delete;

  // The flag the handler sets; there is one per process, as there is one
  // SIGINT.
  static CancelFlag& Flag();

 private:
  struct sigaction previous_ {};
};

}  // namespace kg::repl
