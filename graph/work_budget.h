// WorkBudget: when a long graph computation (simple-path enumeration,
// betweenness) must stop, and whom it tells how far it has got. A simple
// path search on a 100k-triple graph once ran 2 min 41 s with no way to
// stop it but killing the process; every such loop now checks a budget.
#pragma once

#include <atomic>
#include <chrono>
#include <cstddef>
#include <functional>
#include <string>

#include "schema/status.h"

namespace kg::graph {

struct WorkBudget {
  using Clock = std::chrono::steady_clock;
  // When the work must stop; max() = never.
  Clock::time_point deadline = Clock::time_point::max();
  // Set (by kg's SIGINT handler) when the user pressed Ctrl-C; may be null.
  const std::atomic<bool>* cancel = nullptr;
  // Told `done` of `total` units of work (total 0: not known in advance);
  // may be empty. Called at most once per CheckEvery steps, so it may draw.
  std::function<void(size_t done, size_t total)> progress;

  // How many inner steps a loop runs between two Check calls: rare enough
  // to cost nothing, often enough that Ctrl-C answers at once.
  static constexpr size_t kCheckEvery = 4096;

  // Ok, Cancelled after Ctrl-C, or LimitExceeded once the deadline has
  // passed; `what` names the work in the message ("betweenness").
  Status Check(const std::string& what) const;
  void Report(size_t done, size_t total) const {
    if (progress) progress(done, total);
  }
};

}  // namespace kg::graph
