// kg components: which groups of actors are linked at all.
#include <fmt/format.h>

#include <cstdio>

#include "graph/components.h"
#include "graph/filter_spec.h"
#include "graph/knowledge_graph.h"
#include "kg/commands.h"
#include "kg/graph_flags.h"
#include "kg/json_output.h"
#include "kg/long_work.h"

namespace kg::cli {
namespace {

using namespace kg::graph;

struct ComponentsFlags {
  size_t top = 20;
  size_t members = 10;
  std::string format = "text";
  GraphFlags graph;
  TimeoutFlag timeout;
};

// How many of `n` things a cap of `cap` (0 = all) shows.
size_t Shown(size_t cap, size_t n) { return cap == 0 ? n : std::min(cap, n); }

void PrintText(const KnowledgeGraph& g, const ComponentsFlags& flags, const Components& c) {
  fmt::print("{} components of {} entities\n", c.members.size(), g.num_vertices());
  const size_t shown = Shown(flags.top, c.members.size());
  for (size_t i = 0; i < shown; ++i) {
    const auto& members = c.members[i];
    std::string names;
    const size_t listed = Shown(flags.members, members.size());
    for (size_t k = 0; k < listed; ++k) names += (k ? ", " : "") + std::string(g.name(members[k]));
    if (listed < members.size()) names += fmt::format(", ... ({} more)", members.size() - listed);
    fmt::print("{}\t{}\t{}\n", i + 1, members.size(), names);
  }
  if (shown < c.members.size()) fmt::print("... {} smaller components (--top 0 lists all)\n", c.members.size() - shown);
}

// {"components": N, "entities": M, "listed": [{"rank": 1, "size": S,
// "members": [names, at most --members]}, ... at most --top]}.
void PrintJson(const KnowledgeGraph& g, const ComponentsFlags& flags, const Components& c) {
  rapidjson::StringBuffer buffer;
  JsonWriter w(buffer);
  w.StartObject();
  w.Key("components");
  w.Uint64(c.members.size());
  w.Key("entities");
  w.Uint64(g.num_vertices());
  w.Key("listed");
  w.StartArray();
  for (size_t i = 0; i < Shown(flags.top, c.members.size()); ++i) {
    const auto& members = c.members[i];
    w.StartObject();
    w.Key("rank");
    w.Uint64(i + 1);
    w.Key("size");
    w.Uint64(members.size());
    w.Key("members");
    w.StartArray();
    for (size_t k = 0; k < Shown(flags.members, members.size()); ++k) {
      JsonString(w, g.name(members[k]));
    }
    w.EndArray();
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  PrintJsonLine(buffer);
}

// Weak components take time linear in the graph, but on millions of
// triples that is still long enough to want a way out: like simple paths
// and betweenness, under --timeout, Ctrl-C and a progress line.
Status Run(CommandContext& ctx, const ComponentsFlags& flags) {
  KG_ASSIGN_OR_RETURN(auto store, ctx.OpenStore(/*read_only=*/true));
  KG_ASSIGN_OR_RETURN(auto graph, LoadGraph(ctx, *store, flags.graph));
  Components c;
  {
    LongWork work(ctx, flags.timeout, "components");
    KG_ASSIGN_OR_RETURN(c, WeakComponents(*graph, flags.graph.include_negated, work.budget()));
  }
  if (flags.format == "json") PrintJson(*graph, flags, c);
  else PrintText(*graph, flags, c);
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
  cmd->add_option("--format", flags->format, "text (default) or json")->check(CLI::IsMember({"text", "json"}));
  AddTimeoutFlag(cmd, flags->timeout);
  AddGraphFlags(cmd, flags->graph);
  cmd->callback([&ctx, flags] { ctx.Report(Run(ctx, *flags)); });
}

}  // namespace kg::cli
