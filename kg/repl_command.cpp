// kg repl: the interactive shell (query/repl/shell.h) over one database.
//
// EngineBackend answers the shell with the real engines: statements go to
// the query engine, :path and :neighbours to the graph engine, :evidence to
// the evidence reader, :ingest to the ingester, :import to the importer,
// and every answer becomes a
// ResultSet printed by the query formatter, so :format and :export treat
// them all alike.
#include <unistd.h>

#include <fmt/format.h>

#include <cstdio>
#include <sstream>

#include "graph/knowledge_graph.h"
#include "graph/neighbourhood.h"
#include "graph/paths.h"
#include "ingest/import/importer.h"
#include "ingest/ingester.h"
#include "ingest/lexicon/lexicons.h"
#include "graph/exporters.h"
#include "graph/subgraph.h"
#include "kg/commands.h"
#include "kg/export_output.h"
#include "kg/graph_lookups.h"
#include "kg/mentions_export.h"
#include "kg/stats_report.h"
#include "query/binder.h"
#include "query/query_engine.h"
#include "query/repl/line_editor.h"
#include "query/repl/pager.h"
#include "query/repl/shell.h"
#include "query/repl/stream_line_source.h"
#include "query/repl/table_fit.h"
#include "query/repl/terminal.h"
#include "query/result_formatter.h"
#include "query/result_subgraph.h"
#include "schema/evidence_reader.h"

namespace kg::cli {
namespace {

using query::ResultSet;
using query::Value;

constexpr int kEvidenceRowsPerTriple = 1000;
constexpr const char* kExportFormats = "dot, svg, png, graphml, ntriples, json, neo4j, jsonl, mentions, csv or table";

// "Country" for EntityType::kCountry: labels are capitalised type names.
class EngineBackend final : public repl::ReplBackend {
 public:
  static Result<std::unique_ptr<EngineBackend>> Open(const CommandContext& ctx) {
    // Read-write so that :ingest can write; a file we may not write is still
    // worth exploring read-only.
    auto store = ctx.OpenStore(/*read_only=*/false);
    if (!store.ok()) store = ctx.OpenStore(/*read_only=*/true);
    if (!store.ok()) return store.status();
    auto backend = std::unique_ptr<EngineBackend>(new EngineBackend(std::move(*store), ctx.GraphOptions()));
    KG_RETURN_IF_ERROR(backend->Load());
    return backend;
  }

  const graph::KnowledgeGraph& graph() const { return *snapshot_; }
  const std::string& path() const { return store_->path(); }

  Result<std::string> RunStatement(const std::string& text, query::SourcePos origin, const query::Parameters& params,
                                   const repl::OutputView& view, const repl::CancelFlag& cancel) override {
    KG_RETURN_IF_ERROR(Refresh());
    query::QueryLimits limits;
    limits.cancel = &cancel;
    KG_ASSIGN_OR_RETURN(ResultSet result, engine_->Execute(text, params, limits, origin));
    return Show(std::move(result), view);
  }

  // What `kg stats` says, line by line (kg/stats_report.h), as a table.
  Result<std::string> Stats() override {
    KG_ASSIGN_OR_RETURN(StatsReport report, ReadStatsReport(*store_));
    ResultSet result = NewResult({"what", "value"});
    for (const StatsLine& line : StatsLines(report)) {
      result.rows.push_back({Value::String((line.detail ? "  " : "") + line.what), Value::String(line.value)});
    }
    return Show(std::move(result), TableView());
  }

  Result<std::string> Schema(const repl::OutputView& view) override {
    KG_RETURN_IF_ERROR(Refresh());
    const graph::KnowledgeGraph& g = graph();
    std::vector<int64_t> per_type(graph::kEntityTypeCount, 0);
    for (graph::VertexId v = 0; v < g.num_vertices(); ++v) ++per_type[static_cast<size_t>(g.type(v))];
    std::vector<int64_t> per_predicate(g.num_predicates(), 0);
    // Relations, as patterns see them: negated triples are not counted.
    for (graph::EdgeId e = 0; e < g.num_edges(); ++e) per_predicate[g.edge(e).predicate] += g.Selected(e, false);
    ResultSet result = NewResult({"kind", "name", "category", "count"});
    for (int t = 0; t < graph::kEntityTypeCount; ++t) {
      auto label = graph::EntityTypeLabel(static_cast<graph::EntityType>(t));
      result.rows.push_back({Value::String("label"), Value::String(std::string(label)), Value(),
                             Value::Int(per_type[static_cast<size_t>(t)])});
    }
    for (uint32_t p = 0; p < g.num_predicates(); ++p) {
      const auto& predicate = g.predicate(p);
      result.rows.push_back({Value::String("predicate"), Value::String(predicate.name),
                             predicate.category.empty() ? Value() : Value::String(predicate.category),
                             Value::Int(per_predicate[p])});
    }
    return Show(std::move(result), view);
  }

  // As `kg path A B` (kg/graph_lookups.h); no path is a line of output
  // here, not a failure of the script.
  Result<std::string> Path(const std::string& from, const std::string& to, const repl::OutputView& view,
                           const repl::CancelFlag&) override {
    KG_RETURN_IF_ERROR(Refresh());
    PathQuestion question;
    question.from = from;
    question.to = to;
    KG_ASSIGN_OR_RETURN(PathAnswer answer, FindPaths(graph(), question));
    if (answer.paths.empty()) return NoPathMessage(graph(), question, answer) + "\n";
    const graph::Path* path = &answer.paths.front();
    query::PathValue value;
    value.nodes.push_back({path->start});
    for (const auto& step : path->steps) {
      value.edges.push_back({step.edge});
      value.nodes.push_back({step.to});
    }
    ResultSet result = NewResult({"path", "hops"});
    result.rows.push_back({Value::Path(std::move(value)), Value::Int(static_cast<int64_t>(path->hops()))});
    return Show(std::move(result), view);
  }

  // As `kg neighbours A --depth K` (kg/graph_lookups.h), listed as it lists them.
  Result<std::string> Neighbours(const std::string& entity, int hops, const repl::OutputView& view,
                                 const repl::CancelFlag&) override {
    KG_RETURN_IF_ERROR(Refresh());
    NeighboursQuestion question;
    question.entity = entity;
    question.depth = hops;
    KG_ASSIGN_OR_RETURN(NeighboursAnswer answer, FindNeighbours(graph(), question));
    SortForListing(graph(), answer.reached);
    ResultSet result = NewResult({"neighbour", "type", "hops"});
    for (const auto& r : answer.reached) {
      result.rows.push_back({Value::String(std::string(graph().name(r.vertex))),
                             Value::String(std::string(graph::EntityTypeLabel(graph().type(r.vertex)))), Value::Int(r.distance)});
    }
    return Show(std::move(result), view);
  }

  Result<std::string> Evidence(const std::string& subject, const std::string& predicate, const std::string& object,
                               const repl::OutputView& view) override {
    KG_RETURN_IF_ERROR(Refresh());
    KG_ASSIGN_OR_RETURN(graph::VertexId s, graph().Resolve(subject));
    KG_ASSIGN_OR_RETURN(graph::VertexId o, graph().Resolve(object));
    auto p = graph().FindPredicate(predicate);
    if (!p) return Status::NotFound("no predicate '" + predicate + "' (:schema lists them)");
    KG_ASSIGN_OR_RETURN(auto reader, EvidenceReader::Create(*store_));
    ResultSet result = NewResult({"relation", "negated", "date", "document", "sentence", "source"});
    Status status;
    graph().ForEachIncidence(s, graph::Direction::kOut, [&](const graph::Incidence& at) {
      const graph::EdgeInfo& edge = graph().edge(at.edge);
      if (!status.ok() || at.neighbour != o || edge.predicate != *p) return;
      auto rows = reader->ForTriple(edge.triple_id, kEvidenceRowsPerTriple);
      if (!rows.ok()) {
        status = rows.status();
        return;
      }
      for (const auto& row : *rows) {
        auto text = [](const std::string& t) { return t.empty() ? Value() : Value::String(t); };
        result.rows.push_back({Value::Edge({at.edge}), Value::Bool(edge.negated), text(row.date), text(row.doc_key),
                               text(row.sentence), text(row.source)});
      }
    });
    KG_RETURN_IF_ERROR(status);
    if (result.rows.empty()) {
      return fmt::format("no evidence: {} -{}-> {} is not in the graph\n", graph().name(s),
                         graph().predicate(*p).name, graph().name(o));
    }
    return Show(std::move(result), view);
  }

  // Graph formats (dot, svg, png, graphml, ntriples, json, neo4j, jsonl)
  // go through `kg export`'s own writer (kg/export_output.h) with the part
  // the last result names, or the whole graph; table and csv write the
  // last result's rows; mentions are every stored actor mention, as `kg
  // export --format mentions` writes them, whatever the last result.
  Result<std::string> Export(const std::string& format_name, const std::string& file) override {
    if (format_name == kMentionsFormat) {
      KG_ASSIGN_OR_RETURN(size_t written, WriteMentionsExport(*store_, {}, file));
      return fmt::format("wrote {} mention{} to {} as {}\n", written, written == 1 ? "" : "s", file, format_name);
    }
    auto graph_format = graph::ParseExportFormat(format_name);
    auto rows_format = query::ParseOutputFormat(format_name);
    if (!graph_format && !rows_format) {
      return Status::InvalidInput(fmt::format("unknown export format '{}' ({})", format_name, kExportFormats));
    }
    KG_RETURN_IF_ERROR(Refresh());
    if (graph_format) return ExportGraph(*graph_format, format_name, file);
    std::string what = "the last result";
    if (!last_) {
      query::QueryLimits limits;
      limits.max_rows = 0;
      KG_ASSIGN_OR_RETURN(ResultSet whole, engine_->Execute("MATCH (a)-[r]->(b) RETURN a, r, b", {}, limits));
      last_ = std::move(whole);
      what = "the whole graph";
    }
    repl::OutputView view;
    view.format = *rows_format;
    KG_RETURN_IF_ERROR(WriteExportText(Render(*last_, view), file));
    return fmt::format("wrote {} ({} rows) to {} as {}\n", what, last_->rows.size(), file, format_name);
  }

  Result<std::string> Ingest(const std::string& file, const repl::CancelFlag&) override {
    if (store_->read_only()) return Status::InvalidInput(store_->path() + " is open read-only: cannot ingest");
    if (file == "-") return Status::InvalidInput(":ingest reads a file, not the terminal");
    std::vector<Status> problems;
    auto inputs = ingest::ListInputs({file}, &problems);
    if (!problems.empty()) return problems.front();
    KG_ASSIGN_OR_RETURN(std::string lexicons, ingest::FindLexiconDir(""));
    std::vector<std::string> skipped;
    ingest::IngestOptions options;
    options.on_skipped = [&skipped](const Status& why) { skipped.push_back(why.message()); };
    std::vector<std::string> warnings;
    options.on_warning = [&warnings](const std::string& what) { warnings.push_back(what); };
    KG_ASSIGN_OR_RETURN(auto ingester, ingest::Ingester::Create(*store_, lexicons, options));
    std::istringstream no_stdin;
    KG_RETURN_IF_ERROR(ingester->IngestInputs(inputs, no_stdin));
    KG_RETURN_IF_ERROR(Refresh());
    const auto& c = ingester->counts();
    std::string report = fmt::format(
        "ingested {}: {} stored, {} unchanged, {} skipped; {} triples; graph has {} entities, {} relations\n",
        file, c.stored, c.unchanged, c.skipped, c.triples, graph().num_vertices(), graph().num_edges());
    for (const auto& why : skipped) report += "skipped " + why + "\n";
    for (const auto& what : warnings) report += "warning: " + what + "\n";
    return report;
  }

  Result<std::string> Import(const std::string& file) override {
    if (store_->read_only()) return Status::InvalidInput(store_->path() + " is open read-only: cannot import");
    if (file == "-") return Status::InvalidInput(":import reads a file, not the terminal");
    ingest::ImportOptions options;
    options.path = file;
    KG_ASSIGN_OR_RETURN(ingest::ParsedTriples parsed, ingest::ReadTriples(options));
    if (parsed.summary.assertions > 0) KG_RETURN_IF_ERROR(ingest::StoreTriples(*store_, parsed));
    KG_RETURN_IF_ERROR(Refresh());
    return fmt::format("imported {}: {} triples ({} distinct), {} new entities; graph has {} entities, {} relations\n",
                       file, parsed.summary.assertions, parsed.summary.distinct_triples, parsed.summary.new_entities,
                       graph().num_vertices(), graph().num_edges());
  }

  const repl::CompletionWords& Words() override { return words_; }

 private:
  EngineBackend(std::unique_ptr<Store> store, graph::OpenOptions graph_options)
      : store_(std::move(store)), graph_options_(std::move(graph_options)) {}

  Result<std::string> ExportGraph(graph::ExportFormat format, const std::string& format_name,
                                  const std::string& file) {
    // The snapshot the last result's values refer to, even if a reload came since.
    const bool part_of_result = last_ && last_->graph;
    const graph::KnowledgeGraph& g = part_of_result ? *last_->graph : graph();
    graph::Subgraph part;
    ExportRequest request;
    request.format = format;
    request.out = file;
    request.smaller = "a query that returns fewer nodes, or kg export --around / --top";
    if (part_of_result) {
      query::SubgraphCollector collector(g);
      for (const auto& row : last_->rows) {
        for (const auto& v : row) collector.Add(v);
      }
      part = collector.Part();
      request.picture.part = "the last result";
    } else {
      part = graph::WholeGraph(g);
      request.picture.leave_out_unlinked = true;  // as kg export draws the whole graph
    }
    KG_RETURN_IF_ERROR(WriteExport(*store_, g, part, request));
    return fmt::format("wrote {} ({} entit{}, {} relation{}) to {} as {}\n",
                       part_of_result ? "the last result" : "the whole graph", part.vertices.size(),
                       part.vertices.size() == 1 ? "y" : "ies", part.edges.size(), part.edges.size() == 1 ? "" : "s",
                       file, format_name);
  }

  static repl::OutputView TableView() { return {}; }

  // The backend holds the snapshot itself (not only through the engine):
  // the results it builds from graph operations must keep it alive too.
  Status Load() {
    KG_ASSIGN_OR_RETURN(std::shared_ptr<const graph::KnowledgeGraph> loaded, graph::OpenGraph(*store_, graph_options_));
    snapshot_ = std::move(loaded);
    engine_ = std::make_unique<query::QueryEngine>(snapshot_, *store_);
    CollectWords();
    return Status::Ok();
  }

  // Reloads the graph when the store changed (our :ingest, or another kg).
  Status Refresh() {
    KG_ASSIGN_OR_RETURN(bool stale, snapshot_->IsStale(*store_));
    return stale ? Load() : Status::Ok();
  }

  ResultSet NewResult(std::vector<std::string> columns) const {
    ResultSet result;
    result.columns = std::move(columns);
    result.graph = snapshot_;
    return result;
  }

  void CollectWords() {
    const graph::KnowledgeGraph& g = graph();
    words_ = {};
    words_.keywords = repl::QueryKeywords();
    for (int t = 0; t < graph::kEntityTypeCount; ++t) words_.labels.emplace_back(graph::EntityTypeLabel(static_cast<graph::EntityType>(t)));
    for (uint32_t p = 0; p < g.num_predicates(); ++p) words_.predicates.push_back(g.predicate(p).name);
    words_.entities.reserve(g.num_vertices());
    for (graph::VertexId v = 0; v < g.num_vertices(); ++v) words_.entities.emplace_back(g.name(v));
    words_.export_formats = {"dot", "svg", "png", "graphml", "ntriples", "json", "neo4j", "jsonl",
                            std::string(kMentionsFormat), "csv", "table"};
    words_.node_properties = query::NodePropertyNames();
    words_.edge_properties = query::EdgePropertyNames();
  }

  // Keeps `result` for :export and renders it.
  std::string Show(ResultSet result, const repl::OutputView& view) {
    last_ = std::move(result);
    return Render(*last_, view);
  }

  static std::string Render(const ResultSet& result, const repl::OutputView& view);

  std::unique_ptr<Store> store_;
  graph::OpenOptions graph_options_;
  std::shared_ptr<const graph::KnowledgeGraph> snapshot_;
  std::unique_ptr<query::QueryEngine> engine_;
  std::optional<ResultSet> last_;
  repl::CompletionWords words_;
};

std::string EngineBackend::Render(const ResultSet& result, const repl::OutputView& view) {
  if (view.format == query::OutputFormat::kTable) return repl::FitTable(result, view.max_width);
  return query::FormatResult(result, view.format);
}

int RunRepl(CommandContext& ctx) {
  auto backend = EngineBackend::Open(ctx);
  if (!backend.ok()) return ctx.Fail(backend.status());
  bool terminal = isatty(STDIN_FILENO);
  repl::ShellOptions options;
  options.interactive = terminal;
  options.color = repl::ColorWanted(STDOUT_FILENO);
  options.terminal_width = [] { return repl::TerminalColumns(STDOUT_FILENO); };
  options.terminal_rows = [] { return repl::TerminalRows(STDOUT_FILENO); };
  if (terminal && isatty(STDOUT_FILENO)) {
    options.pager = [](const std::string& text) { return repl::Page(text, repl::PagerCommand()); };
  }
  if (terminal && !ctx.quiet) {
    const auto& g = (*backend)->graph();
    std::fprintf(stderr, "%s: %zu entities, %zu relations\n", (*backend)->path().c_str(), g.num_vertices(),
                 g.num_edges());
  }
  if (terminal) {
    EngineBackend* raw = backend->get();
    repl::LineEditor editor(stdin, stdout, repl::DefaultHistoryPath(),
                            [raw](std::string_view before) { return repl::Complete(before, raw->Words()); });
    return repl::Shell(**backend, editor, stdout, stderr, options).Run();
  }
  repl::StreamLineSource input(stdin);
  return repl::Shell(**backend, input, stdout, stderr, options).Run();
}

}  // namespace

void RegisterReplCommand(CLI::App& app, CommandContext& ctx) {
  auto* cmd = app.add_subcommand(
      "repl", "Interactive shell: query statements ending in ';' and :commands (:help); reads a script from a pipe");
  cmd->callback([&ctx] { ctx.exit_code = RunRepl(ctx); });
}

}  // namespace kg::cli
