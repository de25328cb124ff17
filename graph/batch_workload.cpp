#include "graph/batch_workload.h"

#include <fmt/format.h>

#include <chrono>
#include <fstream>

#include "graph/knowledge_graph.h"
#include "graph/neighbourhood.h"
#include "graph/paths.h"

namespace kg::graph {
namespace {

std::vector<std::string> SplitTabs(const std::string& line) {
  std::vector<std::string> fields;
  size_t start = 0;
  while (true) {
    size_t tab = line.find('\t', start);
    fields.push_back(line.substr(start, tab == std::string::npos ? std::string::npos : tab - start));
    if (tab == std::string::npos) return fields;
    start = tab + 1;
  }
}

}  // namespace

Result<std::vector<WorkloadQuery>> ReadWorkload(const std::string& path) {
  std::ifstream in(path);
  if (!in) return Status::NotFound(path + ": cannot open the workload file");
  std::vector<WorkloadQuery> queries;
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> f = SplitTabs(line);
    if (number == 1 && f[0] == "qid") continue;  // the header
    if (f.size() < 3 || f[0].empty() || f[2].empty()) {
      return Status::InvalidInput(
          fmt::format("{}:{}: expected 'qid<TAB>kind<TAB>a[<TAB>b]', got '{}'", path, number, line));
    }
    WorkloadQuery q{f[0], f[1], f[2], f.size() > 3 ? f[3] : "", number};
    if (q.kind == "sp" && q.b.empty()) {
      return Status::InvalidInput(fmt::format("{}:{}: an sp query needs two entities", path, number));
    }
    queries.push_back(std::move(q));
  }
  if (in.bad()) return Status::IOError(path + ": read error");
  return queries;
}

Result<std::vector<BatchAnswer>> RunBatch(const KnowledgeGraph& graph, const std::vector<WorkloadQuery>& queries,
                                          const std::string& path, BatchKind kind, int max_hops) {
  if (max_hops < 1 || max_hops > 255) {
    return Status::InvalidInput(fmt::format("--max-hops must be between 1 and 255, not {}", max_hops));
  }
  const char* wanted = kind == BatchKind::kShortestPath ? "sp" : "hop2";
  SearchWorkspace workspace(graph);
  std::vector<BatchAnswer> answers;
  using Clock = std::chrono::steady_clock;
  auto resolve = [&](const WorkloadQuery& q, const std::string& name) -> Result<VertexId> {
    auto v = graph.Resolve(name);
    if (!v.ok()) return v.status().WithContext(fmt::format("{}:{}", path, q.line));
    return v;
  };
  // Names are resolved before any search is timed, as the floor program
  // resolves them before its clock starts: the figures compare searches.
  struct Resolved {
    const WorkloadQuery* query;
    VertexId a, b;
  };
  std::vector<Resolved> resolved;
  for (const WorkloadQuery& q : queries) {
    if (q.kind != wanted) continue;
    KG_ASSIGN_OR_RETURN(VertexId a, resolve(q, q.a));
    VertexId b = kNoVertex;
    if (kind == BatchKind::kShortestPath) {
      KG_ASSIGN_OR_RETURN(b, resolve(q, q.b));
    }
    resolved.push_back(Resolved{&q, a, b});
  }
  answers.reserve(resolved.size());
  for (const Resolved& r : resolved) {
    auto start = Clock::now();
    long answer = kind == BatchKind::kShortestPath
                      ? ShortestPathLength(graph, r.a, r.b, max_hops, workspace)
                      : static_cast<long>(CountWithinHops(graph, r.a, 2, workspace));
    double seconds = std::chrono::duration<double>(Clock::now() - start).count();
    answers.push_back(BatchAnswer{r.query->qid, answer, seconds});
  }
  return answers;
}

void WriteAnswers(const std::vector<BatchAnswer>& answers, std::FILE* out) {
  std::fputs("qid\tanswer\n", out);
  for (const BatchAnswer& a : answers) std::fprintf(out, "%s\t%ld\n", a.qid.c_str(), a.answer);
}

}  // namespace kg::graph
