#include "graph/search_workspace.h"

#include "graph/knowledge_graph.h"

namespace kg::graph {

SearchWorkspace::SearchWorkspace(const KnowledgeGraph& graph) : SearchWorkspace(graph.num_vertices()) {}

SearchWorkspace::SearchWorkspace(size_t num_vertices) : num_vertices_(num_vertices) {
  for (int side = 0; side < 2; ++side) {
    stamp_[side] = ZeroedArray<uint32_t>(num_vertices);
    distance_[side] = ZeroedArray<uint8_t>(num_vertices);
  }
}

void SearchWorkspace::KeepParents() {
  for (int side = 0; side < 2; ++side) {
    if (via_edge_[side].size() == num_vertices_) continue;
    via_edge_[side] = ZeroedArray<EdgeId>(num_vertices_);
    via_vertex_[side] = ZeroedArray<VertexId>(num_vertices_);
  }
}

void SearchWorkspace::NewEpoch() {
  if (++epoch_ == 0) {
    // After 4 billion searches the stamps wrap: clear them once.
    for (auto& stamps : stamp_) stamps.Clear();
    epoch_ = 1;
  }
}

}  // namespace kg::graph
