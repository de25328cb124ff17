#include "query/repl/interrupt.h"

namespace kg::repl {
namespace {

CancelFlag g_interrupted{false};
static_assert(CancelFlag::is_always_lock_free, "the flag is set from a signal handler");

void OnInterrupt(int) { g_interrupted.store(true); }

}  // namespace

CancelFlag& InterruptGuard::Flag() { return g_interrupted; }

InterruptGuard::InterruptGuard() {
  struct sigaction action {};
  action.sa_handler = OnInterrupt;
  sigemptyset(&action.sa_mask);
  action.sa_flags = 0;  // no SA_RESTART: a blocked read returns EINTR
  sigaction(SIGINT, &action, &previous_);
}

InterruptGuard::~InterruptGuard() { sigaction(SIGINT, &previous_, nullptr); }

}  // namespace kg::repl
