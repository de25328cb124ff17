// QueryLimits: how much one statement may produce and take.
//
// A statement fails with a LimitExceeded status naming the limit when it
// would return more than max_rows rows or runs longer than `timeout`; it
// fails with Cancelled when *cancel becomes true (kg's SIGINT handler sets
// it, see interrupt.h). Operators check both every few hundred steps.
#pragma once

#include <atomic>
#include <chrono>
#include <cstddef>

#include "schema/status.h"

namespace kg::query {

// How large one statement may be. Checked before any work on it (the text
// before it is split into tokens, a pattern as it is parsed), so that the
// memory and time of parsing, binding and planning grow at most linearly
// with a bounded size; a statement over a bound is refused with its
// line:column. A 200,000-hop pattern once took 23 GB before it could run.
struct StatementLimits {
  static constexpr size_t kMaxBytes = size_t{1} << 20;       // the text of one statement (1 MiB)
  static constexpr size_t kMaxPatternRelationships = 100;    // in one path pattern
  static constexpr size_t kMaxPatternElements = 1000;        // node and relationship patterns in one statement
};

struct QueryLimits {
  static constexpr size_t kDefaultMaxRows = 100000;
  static constexpr std::chrono::milliseconds kDefaultTimeout{30000};

  size_t max_rows = kDefaultMaxRows;  // rows a RETURN may produce; 0 = no cap
  std::chrono::milliseconds timeout = kDefaultTimeout;  // 0 = no budget
  const std::atomic<bool>* cancel = nullptr;          // may be null
  // When the statement's budget began; the default (epoch) is when it starts
  // running. QueryEngine::Execute of a text sets it before parsing, so
  // that the budget covers every phase.
  std::chrono::steady_clock::time_point started{};

  // When the budget runs out (time_point::max() with no budget), counted
  // from `started` or, when it is unset, from now.
  std::chrono::steady_clock::time_point Deadline() const;
  // Ok, Cancelled after Ctrl-C, or LimitExceeded once `deadline` has passed.
  Status Check(std::chrono::steady_clock::time_point deadline) const;
};

}  // namespace kg::query
