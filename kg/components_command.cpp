// kg components: which groups of actors are linked at all.
#include <fmt/format.h>

#include "graph/components.h"
#include "graph/filter_spec.h"
#include "graph/knowledge_graph.h"
#include "kg/commands.h"
#include "kg/graph_flags.h"

namespace kg::cli {
namespace {

using namespace kg::graph;

struct ComponentsFlags {
  size_t top = 20;
  size_t members = 10;
  GraphFlags graph;
};

Status Run(CommandContext& ctx, const ComponentsFlags& flags) {
  KG_ASSIGN_OR_RETURN(auto store, ctx.OpenStore(/*read_only=*/true));
  KG_ASSIGN_OR_RETURN(auto graph, LoadGraph(ctx, *store, flags.graph));
  Components c = WeakComponents(*graph, flags.graph.include_negated);
  fmt::print("{} components of {} entities\n", c.members.size(), graph->num_vertices());
  size_t shown = flags.top == 0 ? c.members.size() : std::min(flags.top, c.members.size());
  for (size_t i = 0; i < shown; ++i) {
    const auto& members = c.members[i];
    std::string names;
    size_t listed = flags.members == 0 ? members.size() : std::min(flags.members, members.size());
    for (size_t k = 0; k < listed; ++k) names += (k ? ", " : "") + std::string(graph->name(members[k]));
    if (listed < members.size()) names += fmt::format(", ... ({} more)", members.size() - listed);
    fmt::print("{}\t{}\t{}\n", i + 1, members.size(), names);
  }
  if (shown < c.members.size()) fmt::print("... {} smaller components (--top 0 lists all)\n", c.members.size() - shown);
  return Status::Ok();
}

}  // namespace

void RegisterComponentsCommand(CLI::App& app, CommandContext& ctx) {
  auto* cmd = app.add_subcommand("components", "Weakly connected components: sizes and members");
  auto flags = std::make_shared<ComponentsFlags>();
  cmd->add_option("--top", flags->top, "How many components to list, largest first (default 20; 0 = all)")
      ->check(CLI::NonNegativeNumber);
  cmd->add_option("--members", flags->members, "Members named per component (default 10; 0 = all)")
      ->check(CLI::NonNegativeNumber);
  AddGraphFlags(cmd, flags->graph);
  cmd->callback([&ctx, flags] { ctx.Report(Run(ctx, *flags)); });
}

}  // namespace kg::cli
