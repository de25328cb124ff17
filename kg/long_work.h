// LongWork: how a graph command runs work that can take minutes (simple
// paths, betweenness): within --timeout, stoppable with Ctrl-C (the
// query engine's SIGINT flag, query/interrupt.h), and with a progress line
// on stderr when stderr is a terminal and --quiet was not given.
#pragma once

#include <CLI/CLI.hpp>

#include <chrono>
#include <cstdio>
#include <string>

#include "graph/work_budget.h"
#include "kg/command_context.h"
#include "query/interrupt.h"
#include "query/query_limits.h"

namespace kg::cli {

// The --timeout of the graph commands: seconds, 0 = none; the default is
// kg query's, so every command that can run long has the same budget.
struct TimeoutFlag {
  double seconds = static_cast<double>(query::QueryLimits::kDefaultTimeout.count()) / 1000.0;
};
void AddTimeoutFlag(CLI::App* cmd, TimeoutFlag& flag);

class LongWork {
 public:
  // `what` labels the progress line ("betweenness").
  LongWork(const CommandContext& ctx, const TimeoutFlag& timeout, std::string what);
  ~LongWork();  // clears the progress line
  LongWork(const LongWork&) = delete;
  LongWork& operator=(const LongWork&) = delete;

  const graph::WorkBudget* budget() const { return &budget_; }

 private:
  using Clock = std::chrono::steady_clock;
  void Draw(size_t done, size_t total);

  query::InterruptScope interrupt_;
  graph::WorkBudget budget_;
  std::string what_;
  bool drawn_ = false;
  Clock::time_point start_ = Clock::now();
  Clock::time_point last_draw_{};
};

}  // namespace kg::cli
