// Ctrl-C for a running query: while an InterruptScope lives, SIGINT sets a
// flag (QueryLimits::cancel) instead of killing the process; the query
// stops with "cancelled" and the program (or the REPL) carries on.
#pragma once

#include <atomic>
#include <csignal>

namespace kg::query {

class InterruptScope {
 public:
  InterruptScope();   // clears the flag and installs the handler
  ~InterruptScope();  // restores the previous handler
  InterruptScope(const InterruptScope&) = delete;
  InterruptScope& operator=(const InterruptScope&) = delete;

  const std::atomic<bool>* flag() const;

 private:
  struct sigaction previous_ {};
};

// Whether SIGINT arrived since the flag was last cleared; clears it. For
// code that waits on input rather than running a query (the REPL prompt).
bool TakeInterrupt();

}  // namespace kg::query
