// NeighbourSteps: the neighbours a traversal may step to from a vertex,
// as the callable `steps(u, direction, visit)` the BFS kernels take. It
// calls visit(w) for each neighbour w, in edge order (out-edges first),
// until visit returns true, and then returns true.
//
// With no filter the neighbours come straight from the neighbour arrays
// (no edge ids, no tests): the loop the benchmarks time. A kernel written
// once over `steps` serves both cases without a branch per edge. Kernels
// ask `steps.degree(v, direction)` too, so an undirected search
// (UndirectedNeighbour) has no switch on the direction per vertex.
#pragma once

#include "graph/graph_types.h"
#include "graph/knowledge_graph.h"
#include "graph/traversal_filter.h"

namespace kg::graph {

struct AnyNeighbour {
  const KnowledgeGraph& graph;
  size_t degree(VertexId v, Direction d) const { return graph.degree(v, d); }
  template <typename Visit>
  bool operator()(VertexId u, Direction d, Visit&& visit) const {
    for (VertexId w : graph.Neighbours(u, d)) {
      if (visit(w)) return true;
    }
    return false;
  }
};

// AnyNeighbour for Direction::kBoth, whatever direction it is given.
struct UndirectedNeighbour {
  const KnowledgeGraph& graph;
  size_t degree(VertexId v, Direction) const { return graph.degree(v, Direction::kBoth); }
  template <typename Visit>
  bool operator()(VertexId u, Direction, Visit&& visit) const {
    for (VertexId w : graph.AllNeighbours(u)) {
      if (visit(w)) return true;
    }
    return false;
  }
};

// Over edges and into vertices the filter allows; `endpoint_a` and
// `endpoint_b` (a search's own ends) are entered whatever their type.
struct AllowedNeighbour {
  const KnowledgeGraph& graph;
  const CompiledFilter& filter;
  VertexId endpoint_a, endpoint_b;
  size_t degree(VertexId v, Direction d) const { return graph.degree(v, d); }
  template <typename Visit>
  bool operator()(VertexId u, Direction d, Visit&& visit) const {
    return graph
        .FindIncidence(u, d,
                       [&](const Incidence& inc) {
                         const VertexId w = inc.neighbour;
                         if (!filter.AllowsEdge(graph.edge(inc.edge))) return false;
                         if (w != endpoint_a && w != endpoint_b && !filter.AllowsVertex(graph, w)) return false;
                         return visit(w);
                       })
        .has_value();
  }
};

}  // namespace kg::graph
