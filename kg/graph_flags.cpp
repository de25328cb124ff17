#include "kg/graph_flags.h"

#include "graph/filter_spec.h"

namespace kg::cli {

void AddGraphFlags(CLI::App* cmd, GraphFlags& flags) {
  cmd->add_option("--level", flags.level, "Triples to use: actor (default) or mention")
      ->check(CLI::IsMember({"actor", "mention"}));
  cmd->add_flag("--include-negated", flags.include_negated,
                "Also follow negated triples (\"A does not support B\"), shown as 'not <predicate>'");
}

void AddDateFlags(CLI::App* cmd, std::string& since, std::string& until) {
  cmd->add_option("--since", since, "Only relations reported on or after this day (YYYY-MM-DD)");
  cmd->add_option("--until", until, "Only relations reported on or before this day (YYYY-MM-DD)");
}

Status CheckOutFile(graph::ExportFormat format, const std::string& out) {
  if (!out.empty()) return Status::Ok();
  if (format == graph::ExportFormat::kNeo4j) {
    return Status::Usage("--format neo4j writes two CSV files: name their folder with --out DIR");
  }
  if (format == graph::ExportFormat::kPng) {
    return Status::Usage("--format png is binary: name the file with --out FILE.png");
  }
  return Status::Ok();
}

Result<std::unique_ptr<graph::KnowledgeGraph>> LoadGraph(const CommandContext& ctx, Store& store,
                                                         const GraphFlags& flags) {
  KG_ASSIGN_OR_RETURN(graph::TripleLevel level, graph::ParseTripleLevel(flags.level));
  return ctx.OpenGraph(store, level);
}

}  // namespace kg::cli
