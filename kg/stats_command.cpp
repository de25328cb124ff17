// kg stats: what the database holds.
#include <fmt/format.h>
#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>

#include <cstdio>

#include <vector>

#include "graph/graph_opener.h"
#include "kg/commands.h"
#include "schema/stats_reader.h"

namespace kg::cli {
namespace {

using graph::SnapshotStatus;

// The graph snapshot of each level (graph/graph_opener.h), actor first.
Result<std::vector<SnapshotStatus>> ReadSnapshots(Store& store) {
  std::vector<SnapshotStatus> out;
  for (auto level : {graph::TripleLevel::kActor, graph::TripleLevel::kMention}) {
    KG_ASSIGN_OR_RETURN(SnapshotStatus s, graph::CheckSnapshot(store, level));
    out.push_back(std::move(s));
  }
  return out;
}

const char* LevelName(size_t i) { return i == 0 ? "actor" : "mention"; }

void PrintText(const std::string& path, const StoreStats& s, const std::vector<SnapshotStatus>& snapshots) {
  fmt::print("database     {}\n", path);
  fmt::print("schema       version {}\n", s.schema_version);
  fmt::print("file size    {:.1f} MiB\n", static_cast<double>(s.file_bytes) / (1024.0 * 1024.0));
  fmt::print("documents    {}\n", s.documents);
  fmt::print("sentences    {}\n", s.sentences);
  fmt::print("entities     {}\n", s.entities);
  for (const auto& [type, n] : s.entities_by_type) fmt::print("  {:<12} {}\n", type, n);
  fmt::print("aliases      {}\n", s.aliases);
  fmt::print("mentions     {}\n", s.mentions);
  fmt::print("predicates   {}\n", s.predicates);
  fmt::print("triples      {}\n", s.triples);
  for (const auto& [level, n] : s.triples_by_level) fmt::print("  {:<12} {}\n", level, n);
  fmt::print("evidence     {}\n", s.evidence);
  fmt::print("snapshots\n");
  for (size_t i = 0; i < snapshots.size(); ++i) {
    const SnapshotStatus& g = snapshots[i];
    std::string state(graph::SnapshotStateName(g.state));
    if (g.file_bytes > 0) state += fmt::format(", {:.1f} MiB", static_cast<double>(g.file_bytes) / (1024.0 * 1024.0));
    if (!g.why.empty()) state += " (" + g.why + ")";
    fmt::print("  {:<12} {}\n", LevelName(i), state);
  }
}

void PrintJson(const std::string& path, const StoreStats& s, const std::vector<SnapshotStatus>& snapshots) {
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
    w.Key(LevelName(i));
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
    auto stats = ReadStats(**store);
    if (!stats.ok()) return void(ctx.Fail(stats.status()));
    auto snapshots = ReadSnapshots(**store);
    if (!snapshots.ok()) return void(ctx.Fail(snapshots.status()));
    if (*format == "json") {
      PrintJson((*store)->path(), *stats, *snapshots);
    } else {
      PrintText((*store)->path(), *stats, *snapshots);
    }
  });
}

}  // namespace kg::cli
