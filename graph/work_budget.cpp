#include "graph/work_budget.h"

namespace kg::graph {

Status WorkBudget::Check(const std::string& what) const {
  if (cancel && cancel->load(std::memory_order_relaxed)) return Status::Cancelled(what + " cancelled (Ctrl-C)");
  if (deadline != Clock::time_point::max() && Clock::now() >= deadline) {
    return Status::LimitExceeded(what + " ran out of time (--timeout; 0 = none)");
  }
  return Status::Ok();
}

}  // namespace kg::graph
