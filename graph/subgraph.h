// Subgraph: the part of a graph an export or a neighbourhood view shows.
#pragma once

#include <vector>

#include "graph/graph_types.h"
#include "graph/paths.h"

namespace kg::graph {

class KnowledgeGraph;

struct Subgraph {
  std::vector<VertexId> vertices;  // sorted, unique
  std::vector<EdgeId> edges;       // sorted, unique; both endpoints in `vertices`
};

// Every vertex, and every edge but those of negated triples unless
// `include_negated` (see TraversalFilter::include_negated) and those
// outside `dates`.
Subgraph WholeGraph(const KnowledgeGraph& graph, bool include_negated = false, DateWindow dates = {});
// `vertices` and every edge between two of them that `filter` allows.
Subgraph InducedSubgraph(const KnowledgeGraph& graph, std::vector<VertexId> vertices,
                         const TraversalFilter& filter = {});
// The `n` vertices of `part` with the most edges in it (ties: the smaller
// vertex id), and the edges of `part` between two of them: a picture of the
// hubs when the whole part is too large to read. n = 0 keeps everything.
Subgraph MostLinked(const KnowledgeGraph& graph, const Subgraph& part, size_t n);
// The vertices and edges the paths walk.
Subgraph PathsSubgraph(const std::vector<Path>& paths);

}  // namespace kg::graph
