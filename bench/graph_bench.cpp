// graph_bench: loads the graph from a kgraph store and runs a benchmark
// workload (the `sp` and `hop2` lines) through the same code as
// `kg path --batch` / `kg neighbours --batch`, then prints one JSON line with
// the keys of ../shared/bench's peers (so run_peers.sh can run it as
// ENGINE_CMD="graph_bench --db FILE").
//
//   graph_bench --db kg.db --workload W.tsv --answers A.tsv [--dataset NAME]
//               [--triples T.tsv (ignored: the store is the input)]
#include <fmt/format.h>
#include <sys/resource.h>
#include <time.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

#include "graph/batch_workload.h"
#include "graph/knowledge_graph.h"
#include "schema/store.h"

namespace {

using namespace kg::graph;

struct Summary {
  size_t n = 0;
  double total = 0, p50 = 0, p99 = 0;
};

// Nearest-rank percentiles, as bench_common.py computes them.
Summary Summarise(const std::vector<BatchAnswer>& answers) {
  std::vector<double> lat;
  for (const auto& a : answers) lat.push_back(a.seconds);
  Summary s;
  s.n = lat.size();
  if (lat.empty()) return s;
  std::sort(lat.begin(), lat.end());
  for (double x : lat) s.total += x;
  auto pct = [&](double p) {
    size_t k = static_cast<size_t>(std::ceil(p * static_cast<double>(lat.size())));
    return lat[k ? k - 1 : 0];
  };
  s.p50 = pct(0.50);
  s.p99 = pct(0.99);
  return s;
}

// CPU time of this process: on a shared machine the wall clock also counts
// the time other programs held the cores, the CPU time only our work.
double CpuSeconds() {
  timespec ts;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

int Fail(const kg::Status& s) {
  std::fprintf(stderr, "graph_bench: %s\n", s.message().c_str());
  return 1;
}

}  // namespace

int main(int argc, char** argv) {
  std::string db, workload, answers_path, dataset;
  for (int i = 1; i + 1 < argc; i += 2) {
    std::string key = argv[i];
    if (key == "--db") db = argv[i + 1];
    else if (key == "--workload") workload = argv[i + 1];
    else if (key == "--answers") answers_path = argv[i + 1];
    else if (key == "--dataset") dataset = argv[i + 1];
    else if (key == "--triples") continue;
    else {
      std::fprintf(stderr, "graph_bench: unknown argument %s\n", argv[i]);
      return 2;
    }
  }
  if (db.empty() || workload.empty() || answers_path.empty()) {
    std::fprintf(stderr, "usage: graph_bench --db kg.db --workload W.tsv --answers A.tsv [--dataset NAME]\n");
    return 2;
  }
  using Clock = std::chrono::steady_clock;
  auto t0 = Clock::now();
  double cpu0 = CpuSeconds();
  kg::StoreOptions options;
  options.read_only = true;
  auto store = kg::Store::Open(db, options);
  if (!store.ok()) return Fail(store.status());
  auto graph = KnowledgeGraph::Load(**store);
  if (!graph.ok()) return Fail(graph.status());
  double load_s = std::chrono::duration<double>(Clock::now() - t0).count();
  double load_cpu_s = CpuSeconds() - cpu0;

  auto queries = ReadWorkload(workload);
  if (!queries.ok()) return Fail(queries.status());
  auto sp = RunBatch(**graph, *queries, workload, BatchKind::kShortestPath);
  if (!sp.ok()) return Fail(sp.status());
  auto hop2 = RunBatch(**graph, *queries, workload, BatchKind::kTwoHop);
  if (!hop2.ok()) return Fail(hop2.status());

  std::FILE* out = std::fopen(answers_path.c_str(), "w");
  if (!out) return Fail(kg::Status::IOError(answers_path + ": cannot write"));
  std::vector<BatchAnswer> all = *sp;
  all.insert(all.end(), hop2->begin(), hop2->end());
  WriteAnswers(all, out);
  std::fclose(out);

  struct rusage ru;
  getrusage(RUSAGE_SELF, &ru);
  Summary a = Summarise(*sp), b = Summarise(*hop2);
  const auto& g = **graph;
  fmt::print(
      "{{\"peer\": \"kgraph\", \"version\": \"kgraph 0.1.0\", \"dataset\": \"{}\", \"n_entities\": {}, "
      "\"n_triples\": {}, \"load_s\": {:.3f}, \"load_cpu_s\": {:.3f}, \"load_edges_per_s\": {:.0f}, "
      "\"load_edges_per_cpu_s\": {:.0f}, "
      "\"sp_n\": {}, \"sp_done\": {}, \"sp_total_s\": {:.6f}, \"sp_p50_ms\": {:.6f}, \"sp_p99_ms\": {:.6f}, "
      "\"hop2_n\": {}, \"hop2_done\": {}, \"hop2_total_s\": {:.6f}, \"hop2_p50_ms\": {:.6f}, "
      "\"hop2_p99_ms\": {:.6f}, \"self_maxrss_mb\": {:.1f}}}\n",
      dataset, g.num_vertices(), g.num_edges(), load_s, load_cpu_s, static_cast<double>(g.num_edges()) / load_s,
      static_cast<double>(g.num_edges()) / load_cpu_s, a.n, a.n,
      a.total, a.p50 * 1e3, a.p99 * 1e3, b.n, b.n, b.total, b.p50 * 1e3, b.p99 * 1e3, ru.ru_maxrss / 1024.0);
  return 0;
}
