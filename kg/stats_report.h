// StatsReport: what `kg stats` says about a database, and the shell's
// :stats too, read and worded by one piece of code: the store's counts
// (schema/stats_reader.h) and the state of each graph snapshot.
#pragma once

#include <string>
#include <vector>

#include "graph/graph_opener.h"
#include "schema/stats_reader.h"
#include "schema/status.h"
#include "schema/store.h"

namespace kg::cli {

struct StatsReport {
  std::string path;
  StoreStats counts;
  std::vector<graph::SnapshotStatus> snapshots;  // actor, then mention
};

Result<StatsReport> ReadStatsReport(Store& store);

// "actor" or "mention": the level of snapshots[i].
const char* SnapshotLevelName(size_t i);

// One line of the report: `what`, its value (empty for a heading), and
// whether it is a detail of the line above (an entity type, a level).
struct StatsLine {
  std::string what;
  std::string value;
  bool detail = false;
};
std::vector<StatsLine> StatsLines(const StatsReport& report);

}  // namespace kg::cli
