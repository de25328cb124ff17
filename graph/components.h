// Weakly connected components: which actors are linked at all.
#pragma once

#include <vector>

#include "graph/graph_types.h"
#include "graph/work_budget.h"
#include "schema/status.h"

namespace kg::graph {

class KnowledgeGraph;

struct Components {
  // component_of[v]: the component of vertex v; components are numbered by
  // size, largest first (ties: smallest vertex id first).
  std::vector<uint32_t> component_of;
  std::vector<std::vector<VertexId>> members;  // each sorted by vertex id
};

// Edge direction is ignored (weak connectivity); isolated entities are
// components of size one. Negated triples link nothing unless
// `include_negated` (see TraversalFilter::include_negated).
//
// Linear in the graph, but on millions of triples still seconds: with a
// `budget` (may be null) it stops at its deadline or on Ctrl-C, and reports
// progress as vertices done of twice the vertex count (one pass to join,
// one to group).
Result<Components> WeakComponents(const KnowledgeGraph& graph, bool include_negated, const WorkBudget* budget);
// The same without a budget: it cannot fail.
Components WeakComponents(const KnowledgeGraph& graph, bool include_negated = false);

}  // namespace kg::graph
