// kg rank: which actors are central (degree, PageRank, betweenness).
#include <fmt/format.h>

#include "graph/filter_spec.h"
#include "graph/knowledge_graph.h"
#include "graph/ranking.h"
#include "kg/commands.h"
#include "kg/graph_flags.h"

namespace kg::cli {
namespace {

using namespace kg::graph;

struct RankFlags {
  std::string by = "degree";
  size_t top = 10;
  std::string direction = "both";
  GraphFlags graph;
};

Status Run(CommandContext& ctx, const RankFlags& flags) {
  KG_ASSIGN_OR_RETURN(auto store, ctx.OpenStore(/*read_only=*/true));
  KG_ASSIGN_OR_RETURN(auto graph, LoadGraph(ctx, *store, flags.graph));
  RankOptions options;
  options.measure = *ParseRankMeasure(flags.by);
  options.direction = *ParseDirection(flags.direction);
  options.top = flags.top;
  options.include_negated = flags.graph.include_negated;
  KG_ASSIGN_OR_RETURN(auto ranked, Rank(*graph, options));
  fmt::print("rank\t{}\tentity\ttype\n", flags.by);
  for (size_t i = 0; i < ranked.size(); ++i) {
    const RankedVertex& r = ranked[i];
    std::string score = options.measure == RankMeasure::kDegree ? fmt::format("{:.0f}", r.score)
                                                                : fmt::format("{:.6f}", r.score);
    fmt::print("{}\t{}\t{}\t{}\n", i + 1, score, graph->name(r.vertex), EntityTypeName(graph->type(r.vertex)));
  }
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
  AddGraphFlags(cmd, flags->graph);
  cmd->callback([&ctx, flags] { ctx.Report(Run(ctx, *flags)); });
}

}  // namespace kg::cli
