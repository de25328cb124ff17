// kg stats: what the database holds.
#include <fmt/format.h>
#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>

#include <cstdio>

#include <vector>

#include "kg/commands.h"
#include "kg/stats_report.h"

namespace kg::cli {
namespace {

// "documents    12", "  country      5": a detail under the line it belongs to.
void PrintText(const StatsReport& report) {
  for (const StatsLine& line : StatsLines(report)) {
    std::string head = line.detail ? fmt::format("  {:<12} ", line.what) : fmt::format("{:<13}", line.what);
    fmt::print("{}\n", line.value.empty() ? line.what : head + line.value);
  }
}

void PrintJson(const StatsReport& report) {
  const std::string& path = report.path;
  const StoreStats& s = report.counts;
  const auto& snapshots = report.snapshots;
  rapidjson::StringBuffer buffer;
  rapidjson::PrettyWriter<rapidjson::StringBuffer> w(buffer);
  auto groups = [&](const char* key, const auto& pairs) {
    w.Key(key);
    w.StartObject();
    for (const auto& [name, n] : pairs) {
      w.Key(name.c_str());
      w.Int64(n);
    }
    w.EndObject();
  };
  w.StartObject();
  w.Key("database"); w.String(path.c_str());
  w.Key("schema_version"); w.Int(s.schema_version);
  w.Key("file_bytes"); w.Int64(s.file_bytes);
  w.Key("documents"); w.Int64(s.documents);
  w.Key("sentences"); w.Int64(s.sentences);
  w.Key("entities"); w.Int64(s.entities);
  groups("entities_by_type", s.entities_by_type);
  w.Key("aliases"); w.Int64(s.aliases);
  w.Key("mentions"); w.Int64(s.mentions);
  w.Key("predicates"); w.Int64(s.predicates);
  w.Key("triples"); w.Int64(s.triples);
  groups("triples_by_level", s.triples_by_level);
  w.Key("evidence"); w.Int64(s.evidence);
  w.Key("snapshots");
  w.StartObject();
  for (size_t i = 0; i < snapshots.size(); ++i) {
    w.Key(SnapshotLevelName(i));
    w.StartObject();
    w.Key("state"); w.String(std::string(graph::SnapshotStateName(snapshots[i].state)).c_str());
    w.Key("path"); w.String(snapshots[i].path.c_str());
    w.Key("file_bytes"); w.Uint64(snapshots[i].file_bytes);
    if (!snapshots[i].why.empty()) {
      w.Key("why"); w.String(snapshots[i].why.c_str());
    }
    w.EndObject();
  }
  w.EndObject();
  w.EndObject();
  std::printf("%s\n", buffer.GetString());
}

}  // namespace

void RegisterStatsCommand(CLI::App& app, CommandContext& ctx) {
  auto* cmd = app.add_subcommand("stats", "Counts of documents, entities, triples and evidence");
  auto format = std::make_shared<std::string>("text");
  cmd->add_option("--format", *format, "text or json")->check(CLI::IsMember({"text", "json"}));
  cmd->callback([&ctx, format] {
    auto store = ctx.OpenStore(/*read_only=*/true);
    if (!store.ok()) return void(ctx.Fail(store.status()));
    auto report = ReadStatsReport(**store);
    if (!report.ok()) return void(ctx.Fail(report.status()));
    if (*format == "json") {
      PrintJson(*report);
    } else {
      PrintText(*report);
    }
  });
}

}  // namespace kg::cli
