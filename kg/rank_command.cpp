// kg rank: which actors are central (degree, PageRank, betweenness).
#include <fmt/format.h>

#include <cstdio>
#include <optional>

#include "graph/date_window.h"
#include "graph/filter_spec.h"
#include "graph/knowledge_graph.h"
#include "graph/ranking.h"
#include "kg/commands.h"
#include "kg/graph_flags.h"
#include "kg/json_output.h"
#include "kg/long_work.h"

namespace kg::cli {
namespace {

using namespace kg::graph;

struct RankFlags {
  std::string by = "degree";
  size_t top = 10;
  std::string direction = "both";
  GraphFlags graph;
  std::string format = "text";
  TimeoutFlag timeout;
  std::string since, until;
};

void PrintText(const KnowledgeGraph& g, const RankFlags& flags, const std::vector<RankedVertex>& ranked) {
  const bool integral = flags.by == "degree";
  fmt::print("rank\t{}\tentity\ttype\n", flags.by);
  for (size_t i = 0; i < ranked.size(); ++i) {
    const RankedVertex& r = ranked[i];
    std::string score = integral ? fmt::format("{:.0f}", r.score) : fmt::format("{:.6f}", r.score);
    fmt::print("{}\t{}\t{}\t{}\n", i + 1, score, g.name(r.vertex), EntityTypeName(g.type(r.vertex)));
  }
}

// {"measure": "degree", "ranked": [{"rank": 1, "entity": ..., "type": ..., "score": ...}, ...]}
void PrintJson(const KnowledgeGraph& g, const RankFlags& flags, const std::vector<RankedVertex>& ranked) {
  rapidjson::StringBuffer buffer;
  JsonWriter w(buffer);
  w.StartObject();
  JsonField(w, "measure", flags.by);
  w.Key("ranked");
  w.StartArray();
  for (size_t i = 0; i < ranked.size(); ++i) {
    w.StartObject();
    w.Key("rank");
    w.Uint64(i + 1);
    JsonField(w, "entity", g.name(ranked[i].vertex));
    JsonField(w, "type", EntityTypeName(g.type(ranked[i].vertex)));
    w.Key("score");
    w.Double(ranked[i].score);  // finite: counts and normalised centralities
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  PrintJsonLine(buffer);
}

Status Run(CommandContext& ctx, const RankFlags& flags) {
  KG_ASSIGN_OR_RETURN(auto store, ctx.OpenStore(/*read_only=*/true));
  KG_ASSIGN_OR_RETURN(auto graph, LoadGraph(ctx, *store, flags.graph));
  RankOptions options;
  options.measure = *ParseRankMeasure(flags.by);
  options.direction = *ParseDirection(flags.direction);
  options.top = flags.top;
  options.include_negated = flags.graph.include_negated;
  KG_ASSIGN_OR_RETURN(options.dates, ParseDateWindow(flags.since, flags.until));
  std::vector<RankedVertex> ranked;
  {
    // Betweenness costs O(V*E) and can run for minutes: under --timeout,
    // Ctrl-C and a progress line. Degree and PageRank are linear.
    std::optional<LongWork> work;
    if (options.measure == RankMeasure::kBetweenness) {
      options.budget = work.emplace(ctx, flags.timeout, "betweenness").budget();
    }
    KG_ASSIGN_OR_RETURN(ranked, Rank(*graph, options));
  }
  if (flags.format == "json") PrintJson(*graph, flags, ranked);
  else PrintText(*graph, flags, ranked);
  return Status::Ok();
}

}  // namespace

void RegisterRankCommand(CLI::App& app, CommandContext& ctx) {
  auto* cmd = app.add_subcommand("rank", "The most central entities by degree, PageRank or betweenness");
  auto flags = std::make_shared<RankFlags>();
  cmd->add_option("--by", flags->by, "degree (default), pagerank or betweenness")
      ->check(CLI::IsMember({"degree", "pagerank", "betweenness"}));
  cmd->add_option("--top", flags->top, "How many to list (default 10; 0 = all)")
      ->check(CLI::NonNegativeNumber);
  cmd->add_option("--direction", flags->direction,
                  "degree: edges counted; betweenness: paths followed (out, in, both = undirected)")
      ->check(CLI::IsMember({"out", "in", "both"}));
  cmd->add_option("--format", flags->format, "text (default) or json")->check(CLI::IsMember({"text", "json"}));
  AddTimeoutFlag(cmd, flags->timeout);
  AddDateFlags(cmd, flags->since, flags->until);
  AddGraphFlags(cmd, flags->graph);
  cmd->callback([&ctx, flags] { ctx.Report(Run(ctx, *flags)); });
}

}  // namespace kg::cli
