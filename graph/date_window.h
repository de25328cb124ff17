// DateWindow: the --since/--until filter of the graph commands. Edges carry
// the first and last day their triple was reported (EdgeInfo); an edge is
// in the window when that span overlaps it. An edge without a date cannot
// be placed in time, so a window leaves it out.
#pragma once

#include <cstdint>
#include <string_view>

#include "graph/graph_types.h"
#include "schema/status.h"

namespace kg::graph {

struct DateWindow {
  int32_t since = 0;  // YYYYMMDD, 0 = no lower bound
  int32_t until = 0;  // YYYYMMDD, 0 = no upper bound

  bool open() const { return since == 0 && until == 0; }
  bool Contains(const EdgeInfo& edge) const {
    if (open()) return true;
    if (edge.first_day == 0) return false;
    const int32_t last = edge.last_day != 0 ? edge.last_day : edge.first_day;
    return (since == 0 || last >= since) && (until == 0 || edge.first_day <= until);
  }
};

// "YYYY-MM-DD", a day of the calendar, as YYYYMMDD; InvalidInput naming
// `option` otherwise ("2020-02-30" is no day): a usage error, as wrong
// arguments are.
Result<int32_t> ParseDay(std::string_view text, std::string_view option);
// The window of --since/--until as typed ("" = unbounded); since after
// until is an error, not an empty answer.
Result<DateWindow> ParseDateWindow(std::string_view since, std::string_view until);

}  // namespace kg::graph
