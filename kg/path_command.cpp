// kg path A B: how two entities are connected. Also kg path --batch FILE,
// the benchmark's shortest-path workload.
#include <fmt/format.h>

#include <cstdio>
#include <optional>

#include "graph/batch_workload.h"
#include "graph/filter_spec.h"
#include "graph/knowledge_graph.h"
#include "graph/paths.h"
#include "kg/commands.h"
#include "kg/graph_flags.h"
#include "kg/graph_lookups.h"
#include "kg/json_output.h"
#include "kg/long_work.h"
#include "schema/evidence_reader.h"

namespace kg::cli {
namespace {

using namespace kg::graph;

struct PathFlags {
  std::vector<std::string> endpoints;
  bool directed = false;
  bool all = false;
  bool simple = false;
  int max_hops = 6;
  size_t limit = 100;
  FilterSpec filter;
  bool evidence = false;
  GraphFlags graph;
  std::string format = "text";
  std::string batch;
  std::string out;
  TimeoutFlag timeout;
};

// "Israel -[criticizes]-> Russia" or "Russia <-[supports]- Iran".
std::string FormatHop(const KnowledgeGraph& g, const PathStep& step) {
  std::string label = g.RelationLabel(step.edge);
  return step.forward ? fmt::format("{} -[{}]-> {}", g.name(step.from), label, g.name(step.to))
                      : fmt::format("{} <-[{}]- {}", g.name(step.from), label, g.name(step.to));
}

Status PrintText(const KnowledgeGraph& g, const std::vector<Path>& paths, EvidenceReader* evidence) {
  for (size_t i = 0; i < paths.size(); ++i) {
    const Path& p = paths[i];
    if (paths.size() > 1) fmt::print("path {} of {} ({} hops)\n", i + 1, paths.size(), p.hops());
    else fmt::print("{} hops\n", p.hops());
    for (const PathStep& step : p.steps) {
      fmt::print("  {}\n", FormatHop(g, step));
      if (!evidence) continue;
      KG_ASSIGN_OR_RETURN(auto sentences, evidence->ForTriple(g.edge(step.edge).triple_id, 1));
      for (const EvidenceSentence& s : sentences) {
        std::string where = s.doc_key.empty() ? s.source : s.doc_key;
        if (!s.date.empty()) where += (where.empty() ? "" : ", ") + s.date;
        if (!s.rule.empty()) where += (where.empty() ? "" : ", ") + s.rule;
        if (!s.modality.empty() && s.modality != "asserted") where += ", " + s.modality;
        fmt::print("      \"{}\"{}\n", s.sentence.empty() ? "(no sentence: imported)" : s.sentence,
                   where.empty() ? "" : " (" + where + ")");
      }
    }
  }
  return Status::Ok();
}

Status PrintJson(const KnowledgeGraph& g, const std::vector<Path>& paths, EvidenceReader* evidence) {
  rapidjson::StringBuffer buffer;
  JsonWriter w(buffer);
  w.StartObject();
  w.Key("paths");
  w.StartArray();
  for (const Path& p : paths) {
    w.StartObject();
    w.Key("hops");
    w.Uint64(p.hops());
    w.Key("steps");
    w.StartArray();
    for (const PathStep& step : p.steps) {
      const EdgeInfo& e = g.edge(step.edge);
      w.StartObject();
      JsonField(w, "from", g.name(step.from));
      JsonField(w, "to", g.name(step.to));
      JsonField(w, "predicate", g.predicate(e.predicate).name);
      JsonField(w, "direction", step.forward ? "forward" : "backward");
      w.Key("negated");
      w.Bool(e.negated != 0);
      w.Key("evidence_count");
      w.Uint(e.evidence_count);
      w.Key("triple_id");
      w.Int64(e.triple_id);
      if (evidence) {
        KG_ASSIGN_OR_RETURN(auto sentences, evidence->ForTriple(e.triple_id, 1));
        w.Key("sentence");
        if (sentences.empty() || sentences[0].sentence.empty()) {
          w.Null();
        } else {
          JsonString(w, sentences[0].sentence);
        }
        if (!sentences.empty() && !sentences[0].rule.empty()) JsonField(w, "rule", sentences[0].rule);
        if (!sentences.empty() && !sentences[0].modality.empty()) JsonField(w, "modality", sentences[0].modality);
      }
      w.EndObject();
    }
    w.EndArray();
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  PrintJsonLine(buffer);
  return Status::Ok();
}

Status RunBatchMode(const KnowledgeGraph& g, const PathFlags& flags) {
  KG_ASSIGN_OR_RETURN(auto queries, ReadWorkload(flags.batch));
  KG_ASSIGN_OR_RETURN(auto answers, RunBatch(g, queries, flags.batch, BatchKind::kShortestPath, flags.max_hops));
  std::FILE* out = flags.out.empty() ? stdout : std::fopen(flags.out.c_str(), "w");
  if (!out) return Status::IOError(flags.out + ": cannot write the answers");
  WriteAnswers(answers, out);
  if (out != stdout && std::fclose(out) != 0) return Status::IOError(flags.out + ": write failed");
  return Status::Ok();
}

Status Run(CommandContext& ctx, const PathFlags& flags) {
  if (flags.batch.empty() && flags.endpoints.size() != 2) {
    return Status::Usage("kg path needs two entities (kg path A B), or --batch FILE");
  }
  if (flags.all && flags.simple) return Status::Usage("--all and --simple exclude each other");
  KG_ASSIGN_OR_RETURN(auto store, ctx.OpenStore(/*read_only=*/true));
  KG_ASSIGN_OR_RETURN(auto graph, LoadGraph(ctx, *store, flags.graph));
  if (!flags.batch.empty()) return RunBatchMode(*graph, flags);

  PathQuestion question;
  question.from = flags.endpoints[0];
  question.to = flags.endpoints[1];
  question.kind = flags.simple ? PathKind::kSimple : flags.all ? PathKind::kAllShortest : PathKind::kShortest;
  question.filter = flags.filter;
  if (flags.directed) question.filter.direction = "out";
  question.filter.include_negated = flags.graph.include_negated;
  question.max_hops = flags.max_hops;
  question.limit = flags.limit;
  std::optional<LongWork> work;
  if (flags.simple) {
    // The one path search that can run for minutes (the others are
    // bounded BFS): under --timeout, Ctrl-C and a progress line.
    work.emplace(ctx, flags.timeout, "simple paths");
    question.budget = work->budget();
  }
  auto found = FindPaths(*graph, question);
  work.reset();  // the progress line goes before the answer
  KG_ASSIGN_OR_RETURN(PathAnswer answer, std::move(found));
  if (answer.paths.empty()) return Status::NotFound(NoPathMessage(*graph, question, answer));
  const std::vector<Path>& paths = answer.paths;
  std::unique_ptr<EvidenceReader> evidence;
  if (flags.evidence) {
    KG_ASSIGN_OR_RETURN(evidence, EvidenceReader::Create(*store));
  }
  return flags.format == "json" ? PrintJson(*graph, paths, evidence.get())
                                : PrintText(*graph, paths, evidence.get());
}

}  // namespace

void RegisterPathCommand(CLI::App& app, CommandContext& ctx) {
  auto* cmd = app.add_subcommand("path", "How two entities are connected: shortest, all shortest or simple paths");
  auto flags = std::make_shared<PathFlags>();
  cmd->add_option("entities", flags->endpoints, "The two entities (names or aliases, any case)")->expected(0, 2);
  cmd->add_flag("--directed", flags->directed, "Follow edges from subject to object only");
  cmd->add_flag("--all", flags->all, "Every shortest path, not just one");
  cmd->add_flag("--simple", flags->simple, "Every simple path of at most --max-hops hops");
  cmd->add_option("--max-hops", flags->max_hops, "Longest path searched for (default 6)")->check(CLI::Range(1, 255));
  cmd->add_option("--limit", flags->limit, "Most paths listed by --all / --simple (default 100)")
      ->check(CLI::NonNegativeNumber);
  cmd->add_option("--predicate", flags->filter.predicates, "Only these predicates (p,q)")->delimiter(',');
  cmd->add_option("--type", flags->filter.types, "Only pass through entities of these types")->delimiter(',');
  cmd->add_flag("--evidence", flags->evidence, "Print the sentence behind each hop");
  AddTimeoutFlag(cmd, flags->timeout);
  AddDateFlags(cmd, flags->filter.since, flags->filter.until);
  AddGraphFlags(cmd, flags->graph);
  cmd->add_option("--format", flags->format, "text (default) or json")->check(CLI::IsMember({"text", "json"}));
  cmd->add_option("--batch", flags->batch, "Answer the 'sp' lines of a workload TSV (qid kind a b)");
  cmd->add_option("--out", flags->out, "With --batch: write the answers here instead of stdout");
  cmd->callback([&ctx, flags] { ctx.Report(Run(ctx, *flags)); });
}

}  // namespace kg::cli
