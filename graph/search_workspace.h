// SearchWorkspace: per-vertex scratch arrays reused across searches.
//
// Marks are epoch-stamped: a vertex is "seen" when its stamp equals the
// current epoch, so starting a new search is one increment instead of
// clearing arrays of the graph's size. The arrays are mapped in one call and
// zeroed once (ZeroedArray). Distances and parents are
// meaningful only for seen vertices.
// One workspace per thread.
#pragma once

#include <cassert>
#include <cstdint>
#include <vector>

#include "graph/graph_types.h"
#include "graph/zeroed_array.h"

namespace kg::graph {

class KnowledgeGraph;

class SearchWorkspace {
 public:
  explicit SearchWorkspace(const KnowledgeGraph& graph);
  explicit SearchWorkspace(size_t num_vertices);

  // Starts a new search: every mark of every side becomes unset.
  void NewEpoch();

  // Searches that record parents (Mark, ViaEdge, ViaVertex) call this
  // first. The parent arrays are made on the first call only: most
  // searches keep distances alone.
  void KeepParents();

  // Two sides, for bidirectional searches; side 0 is used by one-sided ones.
  bool Seen(int side, VertexId v) const { return stamp_[side][v] == epoch_; }
  void Mark(int side, VertexId v, uint8_t distance, EdgeId via_edge, VertexId via_vertex) {
    assert(!via_edge_[side].empty() && "call KeepParents() before Mark");
    stamp_[side][v] = epoch_;
    distance_[side][v] = distance;
    via_edge_[side][v] = via_edge;
    via_vertex_[side][v] = via_vertex;
  }
  // Marks without a parent: for searches that only need distances.
  void MarkDistance(int side, VertexId v, uint8_t distance) {
    stamp_[side][v] = epoch_;
    distance_[side][v] = distance;
  }
  void MarkOnly(int side, VertexId v) { stamp_[side][v] = epoch_; }
  uint8_t Distance(int side, VertexId v) const { return distance_[side][v]; }
  EdgeId ViaEdge(int side, VertexId v) const { return via_edge_[side][v]; }
  VertexId ViaVertex(int side, VertexId v) const { return via_vertex_[side][v]; }

  // Raw arrays for the innermost loops, where going through the vectors
  // makes the compiler reload their data pointers after every push_back.
  uint32_t epoch() const { return epoch_; }
  uint32_t* stamps(int side) { return stamp_[side].data(); }
  uint8_t* distances(int side) { return distance_[side].data(); }

  // Frontier buffers, kept to avoid reallocating per search. The
  // bidirectional shortest-path search keeps all of a side's vertices in
  // frontier[side], level after level, to rebuild the path from them.
  std::vector<VertexId> frontier[2];
  std::vector<VertexId> next;

 private:
  uint32_t epoch_ = 0;
  size_t num_vertices_ = 0;
  ZeroedArray<uint32_t> stamp_[2];
  ZeroedArray<uint8_t> distance_[2];
  ZeroedArray<EdgeId> via_edge_[2];
  ZeroedArray<VertexId> via_vertex_[2];
};

}  // namespace kg::graph
