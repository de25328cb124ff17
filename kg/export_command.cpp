// kg export: the graph, or a part of it, for GraphViz, Gephi, RDF stores,
// D3, Neo4j, or as JSON lines of triples with their evidence; or the stored
// actor mentions as JSON lines (kg/mentions_export.h).
#include <fmt/format.h>

#include <array>

#include "graph/date_window.h"
#include "graph/exporters.h"
#include "graph/filter_spec.h"
#include "graph/knowledge_graph.h"
#include "graph/neighbourhood.h"
#include "graph/paths.h"
#include "kg/commands.h"
#include "kg/export_output.h"
#include "kg/graph_flags.h"
#include "kg/mentions_export.h"

namespace kg::cli {
namespace {

using namespace kg::graph;

struct ExportFlags {
  std::string format = "dot";
  std::string out;
  std::string around;
  int depth = 1;
  std::vector<std::string> path;
  int max_hops = 6;
  std::string base = "http://example.org/kg/";
  size_t top = 0;
  GraphFlags graph;
  std::string since, until;
};

// What a picture should say about the part (DotOptions) and what it may
// leave out: an export of the whole actor graph, drawn, is otherwise mostly
// entities without an actor-level relation.
struct Selection {
  Subgraph part;
  DotOptions picture;
};

// How to make an unreadable picture smaller.
constexpr std::string_view kSmallerExport = "--around ENTITY --depth 1, --path A B, or --top 50";

Result<Subgraph> SelectPart(const KnowledgeGraph& g, const ExportFlags& flags) {
  const bool include_negated = flags.graph.include_negated;
  if (!flags.around.empty() && !flags.path.empty()) {
    return Status::Usage("--around and --path exclude each other");
  }
  KG_ASSIGN_OR_RETURN(const DateWindow dates, ParseDateWindow(flags.since, flags.until));
  if (!flags.around.empty()) {
    KG_ASSIGN_OR_RETURN(VertexId start, g.Resolve(flags.around));
    NeighbourhoodOptions options;
    options.depth = flags.depth;
    options.filter.include_negated = include_negated;
    options.filter.dates = dates;
    KG_ASSIGN_OR_RETURN(auto reached, Neighbourhood(g, start, options));
    std::vector<VertexId> vertices{start};
    for (const ReachedVertex& r : reached) vertices.push_back(r.vertex);
    return InducedSubgraph(g, std::move(vertices), options.filter);
  }
  if (!flags.path.empty()) {
    if (flags.path.size() != 2) return Status::InvalidInput("--path takes two entities: --path A B");
    KG_ASSIGN_OR_RETURN(VertexId from, g.Resolve(flags.path[0]));
    KG_ASSIGN_OR_RETURN(VertexId to, g.Resolve(flags.path[1]));
    PathOptions options;
    options.max_hops = flags.max_hops;
    options.filter.include_negated = include_negated;
    options.filter.dates = dates;
    KG_ASSIGN_OR_RETURN(auto paths, AllShortestPaths(g, from, to, options));
    if (paths.empty()) {
      return Status::NotFound(fmt::format("no path between '{}' and '{}' of at most {} hops", g.name(from),
                                          g.name(to), flags.max_hops));
    }
    return PathsSubgraph(paths);
  }
  return WholeGraph(g, include_negated, dates);
}

Result<Selection> Select(const KnowledgeGraph& g, const ExportFlags& flags) {
  Selection s;
  KG_ASSIGN_OR_RETURN(s.part, SelectPart(g, flags));
  s.part = MostLinked(g, s.part, flags.top);
  DotOptions& picture = s.picture;
  picture.leave_out_unlinked = true;
  std::vector<std::string> part;
  if (!flags.around.empty()) {
    VertexId start = g.Resolve(flags.around).value();  // SelectPart resolved it
    picture.keep = start;
    part.push_back(fmt::format("around {}, depth {}", g.name(start), flags.depth));
  }
  if (!flags.path.empty()) {
    part.push_back(fmt::format("on the shortest paths from {} to {}", g.name(g.Resolve(flags.path[0]).value()),
                               g.name(g.Resolve(flags.path[1]).value())));
  }
  if (flags.top > 0) part.push_back(fmt::format("of the {} most linked entities", flags.top));
  for (size_t i = 0; i < part.size(); ++i) picture.part += (i ? ", " : "") + part[i];
  AddDateCaption(flags.since, flags.until, picture);
  if (flags.graph.include_negated) picture.filters.push_back("negated relations included");
  return s;
}

Status Run(CommandContext& ctx, const ExportFlags& flags) {
  auto format = ParseExportFormat(flags.format);
  if (!format) return Status::InvalidInput(fmt::format("unknown --format '{}'", flags.format));
  KG_RETURN_IF_ERROR(CheckOutFile(*format, flags.out));
  KG_ASSIGN_OR_RETURN(auto store, ctx.OpenStore(/*read_only=*/true));
  KG_ASSIGN_OR_RETURN(auto graph, LoadGraph(ctx, *store, flags.graph));
  KG_ASSIGN_OR_RETURN(Selection selection, Select(*graph, flags));
  ExportRequest request;
  request.format = *format;
  request.out = flags.out;
  request.base = flags.base;
  request.picture = selection.picture;
  request.smaller = kSmallerExport;
  return WriteExport(*store, *graph, selection.part, request);
}

// The options that select or draw a part of the graph: mentions are read
// from the store, whatever the graph holds, so none of them applies.
constexpr std::array<const char*, 8> kGraphOnlyOptions = {"--around", "--depth",  "--path",  "--max-hops",
                                                          "--top",    "--base",   "--level", "--include-negated"};

Status RunMentions(CommandContext& ctx, const ExportFlags& flags, const CLI::App& cmd) {
  for (const char* option : kGraphOnlyOptions) {
    if (cmd.count(option) > 0) {
      return Status::Usage(fmt::format("{} does not apply to --format mentions, which writes the stored mentions "
                                       "of every document (choose documents by date with --since/--until)",
                                       option));
    }
  }
  KG_RETURN_IF_ERROR(ParseDateWindow(flags.since, flags.until).status());
  KG_ASSIGN_OR_RETURN(auto store, ctx.OpenStore(/*read_only=*/true));
  return WriteMentionsExport(*store, {flags.since, flags.until}, flags.out).status();
}

}  // namespace

void RegisterExportCommand(CLI::App& app, CommandContext& ctx) {
  auto* cmd = app.add_subcommand("export", "The graph or a part of it as DOT, SVG, PNG, GraphML, N-Triples, JSON, "
                                           "Neo4j CSV or JSON lines; or the actor mentions as JSON lines");
  auto flags = std::make_shared<ExportFlags>();
  cmd->add_option("--format", flags->format, "dot (default), svg, png, graphml, ntriples, json, neo4j, jsonl, mentions")
      ->check(CLI::IsMember(std::vector<std::string>{"dot", "svg", "png", "graphml", "ntriples", "nt", "json",
                                                     "neo4j", "jsonl", std::string(kMentionsFormat)}));
  cmd->add_option("--out", flags->out, "Output file (a folder for neo4j); default standard output");
  cmd->add_option("--around", flags->around, "Only the neighbourhood of this entity (with --depth)");
  cmd->add_option("--depth", flags->depth, "Hops around --around (default 1)")->check(CLI::Range(1, 255));
  cmd->add_option("--path", flags->path, "Only the shortest paths between two entities")->expected(2);
  cmd->add_option("--max-hops", flags->max_hops, "Longest path for --path (default 6)")->check(CLI::Range(1, 255));
  cmd->add_option("--top", flags->top,
                  "Only the N entities with the most relations in the part, and the relations between them "
                  "(default 0 = all)")
      ->check(CLI::NonNegativeNumber);
  cmd->add_option("--base", flags->base, "Base IRI of N-Triples (default http://example.org/kg/)");
  AddDateFlags(cmd, flags->since, flags->until);
  AddGraphFlags(cmd, flags->graph);
  cmd->callback([&ctx, flags, cmd] {
    ctx.Report(flags->format == kMentionsFormat ? RunMentions(ctx, *flags, *cmd) : Run(ctx, *flags));
  });
}

}  // namespace kg::cli
