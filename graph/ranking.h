// Centrality: which actors matter. Degree, PageRank and betweenness.
#pragma once

#include <cstddef>
#include <string_view>
#include <optional>
#include <vector>

#include "graph/date_window.h"
#include "graph/graph_types.h"
#include "graph/work_budget.h"
#include "schema/status.h"

namespace kg::graph {

class KnowledgeGraph;

enum class RankMeasure { kDegree, kPageRank, kBetweenness };
std::optional<RankMeasure> ParseRankMeasure(std::string_view name);

struct RankedVertex {
  VertexId vertex;
  double score;
};

struct RankOptions {
  RankMeasure measure = RankMeasure::kDegree;
  Direction direction = Direction::kBoth;  // degree only: which edges count
  size_t top = 10;                          // 0 = every vertex
  bool include_negated = false;             // count negated triples' edges too (TraversalFilter)
  DateWindow dates;                         // only edges reported within these days
  int pagerank_iterations = 50;
  double damping = 0.85;
  // Betweenness costs about V*E steps; above this it is refused.
  double max_betweenness_work = 5e9;
  // Deadline, Ctrl-C and progress (sources done of all) of betweenness;
  // degree and PageRank are linear and need none. Null = no budget.
  const WorkBudget* budget = nullptr;
};

// The `top` vertices by score, highest first; ties by name order of vertex
// id, so the output is deterministic. Betweenness is Brandes' algorithm
// over the directed graph, normalised to 0..1; it costs O(V*E) and
// is refused with LimitExceeded above options.max_betweenness_work.
Result<std::vector<RankedVertex>> Rank(const KnowledgeGraph& graph, const RankOptions& options);

}  // namespace kg::graph
