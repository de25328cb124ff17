#include "kg/stats_report.h"

#include <fmt/format.h>

namespace kg::cli {
namespace {

std::string MiB(uint64_t bytes) { return fmt::format("{:.1f} MiB", static_cast<double>(bytes) / (1024.0 * 1024.0)); }

}  // namespace

Result<StatsReport> ReadStatsReport(Store& store) {
  StatsReport report;
  report.path = store.path();
  KG_ASSIGN_OR_RETURN(report.counts, ReadStats(store));
  for (auto level : {graph::TripleLevel::kActor, graph::TripleLevel::kMention}) {
    KG_ASSIGN_OR_RETURN(graph::SnapshotStatus s, graph::CheckSnapshot(store, level));
    report.snapshots.push_back(std::move(s));
  }
  return report;
}

const char* SnapshotLevelName(size_t i) { return i == 0 ? "actor" : "mention"; }

std::vector<StatsLine> StatsLines(const StatsReport& report) {
  const StoreStats& s = report.counts;
  std::vector<StatsLine> lines;
  auto line = [&](std::string what, auto value) { lines.push_back({std::move(what), fmt::format("{}", value), false}); };
  auto details = [&](const auto& pairs) {
    for (const auto& [name, n] : pairs) lines.push_back({name, std::to_string(n), true});
  };
  line("database", report.path);
  line("schema", fmt::format("version {}", s.schema_version));
  line("file size", MiB(static_cast<uint64_t>(s.file_bytes)));
  line("documents", s.documents);
  line("sentences", s.sentences);
  line("entities", s.entities);
  details(s.entities_by_type);
  line("aliases", s.aliases);
  line("mentions", s.mentions);
  line("predicates", s.predicates);
  line("triples", s.triples);
  details(s.triples_by_level);
  line("evidence", s.evidence);
  line("snapshots", "");
  for (size_t i = 0; i < report.snapshots.size(); ++i) {
    const graph::SnapshotStatus& g = report.snapshots[i];
    std::string state(graph::SnapshotStateName(g.state));
    if (g.file_bytes > 0) state += ", " + MiB(g.file_bytes);
    if (!g.why.empty()) state += " (" + g.why + ")";
    lines.push_back({SnapshotLevelName(i), state, true});
  }
  return lines;
}

}  // namespace kg::cli
