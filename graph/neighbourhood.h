// The k-hop neighbourhood of a vertex: breadth-first, with distances.
#pragma once

#include <cstddef>
#include <vector>

#include "graph/graph_types.h"
#include "graph/search_workspace.h"
#include "graph/traversal_filter.h"
#include "schema/status.h"

namespace kg::graph {

class KnowledgeGraph;

struct ReachedVertex {
  VertexId vertex;
  int distance;  // hops from the start, >= 1
};

struct NeighbourhoodOptions {
  TraversalFilter filter;
  int depth = 1;
  size_t limit = 1'000'000;  // most vertices returned before LimitExceeded
};

// Vertices within `depth` hops of `start` (the start excluded), in BFS
// order: by distance, then in edge order.
Result<std::vector<ReachedVertex>> Neighbourhood(const KnowledgeGraph& graph, VertexId start,
                                                 const NeighbourhoodOptions& options,
                                                 SearchWorkspace* workspace = nullptr);

// Number of distinct vertices within `depth` undirected hops of `start`,
// the start excluded (the benchmark's `hop2` with depth 2). Over asserted
// edges (negated ones are never counted), no other filter, no allocation
// beyond the workspace.
size_t CountWithinHops(const KnowledgeGraph& graph, VertexId start, int depth, SearchWorkspace& workspace);

// The size of the union, over `starts`, of the vertices within `depth`
// undirected asserted hops of each start, that start excluded (a start within reach
// of another start counts): `count(DISTINCT b)` over several `a`s.
size_t CountWithinHopsOfAny(const KnowledgeGraph& graph, std::vector<VertexId> starts, int depth,
                            SearchWorkspace& workspace);

}  // namespace kg::graph
