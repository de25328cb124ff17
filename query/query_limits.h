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

namespace kg::query {

struct QueryLimits {
  static constexpr size_t kDefaultMaxRows = 100000;
  static constexpr std::chrono::milliseconds kDefaultTimeout{30000};

  size_t max_rows = kDefaultMaxRows;  // rows a RETURN may produce; 0 = no cap
  std::chrono::milliseconds timeout = kDefaultTimeout;  // 0 = no budget
  const std::atomic<bool>* cancel = nullptr;          // may be null
};

}  // namespace kg::query
