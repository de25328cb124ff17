// Weakly connected components: which actors are linked at all.
#pragma once

#include <vector>

#include "graph/graph_types.h"

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
Components WeakComponents(const KnowledgeGraph& graph, bool include_negated = false);

}  // namespace kg::graph
