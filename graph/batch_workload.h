// Batch workloads: the benchmark's query files (`qid kind a b`, TSV with a
// header), answered in one process after one load.
//
//   sp   -> undirected shortest-path length, -1 when none of <= max_hops
//   hop2 -> distinct entities within 2 undirected hops, the start excluded
#pragma once

#include <cstdio>
#include <string>
#include <vector>

#include "graph/graph_types.h"
#include "schema/status.h"

namespace kg::graph {

class KnowledgeGraph;

enum class BatchKind { kShortestPath, kTwoHop };

struct WorkloadQuery {
  std::string qid;
  std::string kind;  // "sp", "hop2", or another kind this engine skips
  std::string a, b;
  int line = 0;      // 1-based line in the file, for messages
};

// Reads the workload; a malformed line is an error naming FILE:LINE.
Result<std::vector<WorkloadQuery>> ReadWorkload(const std::string& path);

struct BatchAnswer {
  std::string qid;
  long answer = 0;
  double seconds = 0;  // the search alone (names are resolved before it)
};

// Answers the queries of `kind` (other kinds are skipped) in file order.
// An unknown entity is an error naming the file line and the nearest names.
Result<std::vector<BatchAnswer>> RunBatch(const KnowledgeGraph& graph, const std::vector<WorkloadQuery>& queries,
                                          const std::string& path, BatchKind kind, int max_hops = 6);

// "qid<TAB>answer" with a header line, as the reference answers are.
void WriteAnswers(const std::vector<BatchAnswer>& answers, std::FILE* out);

}  // namespace kg::graph
