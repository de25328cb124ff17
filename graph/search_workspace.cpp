#include "graph/search_workspace.h"

#include "graph/knowledge_graph.h"

namespace kg::graph {

SearchWorkspace::SearchWorkspace(const KnowledgeGraph& graph) : SearchWorkspace(graph.num_vertices()) {}

SearchWorkspace::SearchWorkspace(size_t num_vertices) {
  for (int side = 0; side < 2; ++side) {
    stamp_[side].assign(num_vertices, 0);
    distance_[side].assign(num_vertices, 0);
    via_edge_[side].assign(num_vertices, kNoEdge);
    via_vertex_[side].assign(num_vertices, kNoVertex);
  }
}

void SearchWorkspace::NewEpoch() {
  if (++epoch_ == 0) {
    // After 4 billion searches the stamps wrap: clear them once.
    for (auto& stamps : stamp_) stamps.assign(stamps.size(), 0);
    epoch_ = 1;
  }
}

}  // namespace kg::graph
