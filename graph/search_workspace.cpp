#include "graph/search_workspace.h"

#include "graph/knowledge_graph.h"

namespace kg::graph {

SearchWorkspace::SearchWorkspace(const KnowledgeGraph& graph) : SearchWorkspace(graph.num_vertices()) {}

SearchWorkspace::SearchWorkspace(size_t num_vertices) {
  for (int side = 0; side < 2; ++side) {
    stamp_[side].assign(num_vertices, 0);
    distance_[side].assign(num_vertices, 0);
  }
}

void SearchWorkspace::KeepParents() {
  for (int side = 0; side < 2; ++side) {
    if (via_edge_[side].size() == stamp_[side].size()) continue;
    via_edge_[side].assign(stamp_[side].size(), kNoEdge);
    via_vertex_[side].assign(stamp_[side].size(), kNoVertex);
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
