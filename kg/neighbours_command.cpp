// kg neighbours A: who surrounds an entity, within K hops. Also
// kg neighbours --batch FILE, the benchmark's two-hop workload.
#include <fmt/format.h>
#include <fmt/ranges.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <algorithm>
#include <cstdio>
#include <sstream>

#include "graph/batch_workload.h"
#include "graph/exporters.h"
#include "graph/filter_spec.h"
#include "graph/knowledge_graph.h"
#include "graph/neighbourhood.h"
#include "kg/commands.h"
#include "kg/export_output.h"
#include "kg/graph_flags.h"
#include "kg/graph_lookups.h"

namespace kg::cli {
namespace {

using namespace kg::graph;

struct NeighboursFlags {
  std::string entity;
  int depth = 1;
  FilterSpec filter;
  size_t limit = 100000;
  GraphFlags graph;
  std::string format = "text";
  std::string batch;
  std::string out;
};

void PrintText(const KnowledgeGraph& g, std::vector<ReachedVertex> reached) {
  SortForListing(g, reached);
  fmt::print("distance\tentity\ttype\n");
  for (const ReachedVertex& r : reached) {
    fmt::print("{}\t{}\t{}\n", r.distance, g.name(r.vertex), EntityTypeName(g.type(r.vertex)));
  }
}

void PrintJsonList(const KnowledgeGraph& g, VertexId start, const std::vector<ReachedVertex>& reached) {
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> w(buffer);
  w.StartObject();
  w.Key("entity");
  w.String(g.name(start).data(), static_cast<rapidjson::SizeType>(g.name(start).size()));
  w.Key("neighbours");
  w.StartArray();
  for (const ReachedVertex& r : reached) {
    w.StartObject();
    w.Key("name");
    w.String(g.name(r.vertex).data(), static_cast<rapidjson::SizeType>(g.name(r.vertex).size()));
    w.Key("type");
    std::string_view type = EntityTypeName(g.type(r.vertex));
    w.String(type.data(), static_cast<rapidjson::SizeType>(type.size()));
    w.Key("distance");
    w.Int(r.distance);
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  std::printf("%s\n", buffer.GetString());
}

// How to make an unreadable picture of a neighbourhood smaller.
constexpr std::string_view kSmallerNeighbourhood = "a smaller --depth, --predicate p,q, --type T or --direction";

// What the picture of the neighbourhood says it shows.
DotOptions Caption(const KnowledgeGraph& g, VertexId start, const NeighboursFlags& flags) {
  DotOptions picture;
  picture.leave_out_unlinked = true;
  picture.keep = start;
  picture.part = fmt::format("around {}, depth {}", g.name(start), flags.depth);
  const FilterSpec& f = flags.filter;
  if (f.direction != "both") picture.filters.push_back("direction " + f.direction);
  if (!f.predicates.empty()) picture.filters.push_back(fmt::format("predicates {}", fmt::join(f.predicates, ",")));
  if (!f.types.empty()) picture.filters.push_back(fmt::format("types {}", fmt::join(f.types, ",")));
  AddDateCaption(f.since, f.until, picture);
  if (flags.graph.include_negated) picture.filters.push_back("negated relations included");
  return picture;
}

// The neighbourhood as a subgraph, in an export format.
Status PrintSubgraph(const KnowledgeGraph& g, VertexId start, const std::vector<ReachedVertex>& reached,
                     const TraversalFilter& filter, ExportFormat format, const NeighboursFlags& flags) {
  std::vector<VertexId> vertices{start};
  for (const ReachedVertex& r : reached) vertices.push_back(r.vertex);
  Subgraph part = InducedSubgraph(g, std::move(vertices), filter);
  std::ostringstream text;
  switch (format) {
    case ExportFormat::kDot:
    case ExportFormat::kSvg:
    case ExportFormat::kPng:
      return WritePicture(g, part, nullptr, Caption(g, start, flags), format, flags.out, kSmallerNeighbourhood);
    case ExportFormat::kGraphml: WriteGraphml(g, part, text); break;
    case ExportFormat::kJson: WriteJson(g, part, text); break;
    default: return Status::InvalidInput("kg neighbours --format takes text, list-json, json, dot, svg, png or graphml");
  }
  return WriteExportText(text.str(), flags.out);
}

Status RunBatchMode(const KnowledgeGraph& g, const NeighboursFlags& flags) {
  KG_ASSIGN_OR_RETURN(auto queries, ReadWorkload(flags.batch));
  KG_ASSIGN_OR_RETURN(auto answers, RunBatch(g, queries, flags.batch, BatchKind::kTwoHop));
  std::FILE* out = flags.out.empty() ? stdout : std::fopen(flags.out.c_str(), "w");
  if (!out) return Status::IOError(flags.out + ": cannot write the answers");
  WriteAnswers(answers, out);
  if (out != stdout && std::fclose(out) != 0) return Status::IOError(flags.out + ": write failed");
  return Status::Ok();
}

Status Run(CommandContext& ctx, const NeighboursFlags& flags) {
  if (flags.batch.empty() && flags.entity.empty()) {
    return Status::Usage("kg neighbours needs an entity (kg neighbours A), or --batch FILE");
  }
  KG_ASSIGN_OR_RETURN(auto store, ctx.OpenStore(/*read_only=*/true));
  KG_ASSIGN_OR_RETURN(auto graph, LoadGraph(ctx, *store, flags.graph));
  if (!flags.batch.empty()) return RunBatchMode(*graph, flags);

  NeighboursQuestion question;
  question.entity = flags.entity;
  question.depth = flags.depth;
  question.filter = flags.filter;
  question.filter.include_negated = flags.graph.include_negated;
  question.limit = flags.limit;
  KG_ASSIGN_OR_RETURN(NeighboursAnswer answer, FindNeighbours(*graph, question));
  const VertexId start = answer.start;
  std::vector<ReachedVertex>& reached = answer.reached;
  if (flags.format == "text") {
    PrintText(*graph, std::move(reached));
    return Status::Ok();
  }
  if (flags.format == "list-json") {
    PrintJsonList(*graph, start, reached);
    return Status::Ok();
  }
  auto format = ParseExportFormat(flags.format);
  if (!format) return Status::InvalidInput(fmt::format("unknown --format '{}'", flags.format));
  KG_RETURN_IF_ERROR(CheckOutFile(*format, flags.out));
  return PrintSubgraph(*graph, start, reached, answer.filter, *format, flags);
}

}  // namespace

void RegisterNeighboursCommand(CLI::App& app, CommandContext& ctx) {
  auto* cmd = app.add_subcommand("neighbours", "The entities within K hops of one, with their distance");
  cmd->alias("neighbors");
  auto flags = std::make_shared<NeighboursFlags>();
  cmd->add_option("entity", flags->entity, "The entity (name or alias, any case)");
  cmd->add_option("--depth", flags->depth, "Hops from the entity (default 1)")->check(CLI::Range(1, 255));
  cmd->add_option("--direction", flags->filter.direction, "out, in or both (default)")
      ->check(CLI::IsMember({"out", "in", "both"}));
  cmd->add_option("--predicate", flags->filter.predicates, "Only these predicates (p,q)")->delimiter(',');
  cmd->add_option("--type", flags->filter.types, "Only entities of these types")->delimiter(',');
  cmd->add_option("--limit", flags->limit, "Most entities listed before giving up (default 100000)")
      ->check(CLI::NonNegativeNumber);
  AddDateFlags(cmd, flags->filter.since, flags->filter.until);
  AddGraphFlags(cmd, flags->graph);
  cmd->add_option("--format", flags->format,
                  "text (default), list-json, or a subgraph: json, dot, svg, png, graphml")
      ->check(CLI::IsMember({"text", "list-json", "json", "dot", "svg", "png", "graphml"}));
  cmd->add_option("--batch", flags->batch, "Answer the 'hop2' lines of a workload TSV (qid kind a b)");
  cmd->add_option("--out", flags->out, "Write the output (answers, subgraph) to this file");
  cmd->callback([&ctx, flags] { ctx.Report(Run(ctx, *flags)); });
}

}  // namespace kg::cli
