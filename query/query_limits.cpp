#include "query/query_limits.h"

namespace kg::query {

using Clock = std::chrono::steady_clock;

Clock::time_point QueryLimits::Deadline() const {
  if (timeout.count() <= 0) return Clock::time_point::max();
  return (started == Clock::time_point{} ? Clock::now() : started) + timeout;
}

Status QueryLimits::Check(Clock::time_point deadline) const {
  if (cancel && cancel->load()) return Status::Cancelled("query cancelled (Ctrl-C)");
  if (Clock::now() > deadline) {
    return Status::LimitExceeded("the query ran out of its time budget of " + std::to_string(timeout.count()) +
                                 " ms; narrow the pattern, or raise it with --timeout");
  }
  return Status::Ok();
}

}  // namespace kg::query
