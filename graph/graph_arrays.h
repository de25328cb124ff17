// GraphArrays: every array a KnowledgeGraph is made of, as read-only views.
//
// A graph loaded from the store points them at vectors it owns; a graph
// opened from a snapshot file (graph/graph_snapshot.h) points them into the
// file's memory mapping, so that a query reads, and the kernel pages in,
// only what it touches. The snapshot's sections are these arrays, byte for
// byte: a writer needs nothing but this struct, a reader only fills it.
#pragma once

#include <cstdint>
#include <span>

#include "graph/graph_types.h"
#include "graph/name_index.h"
#include "graph/string_pool.h"

namespace kg::graph {

struct GraphArrays {
  // The bidirectional CSR (as boost::compressed_sparse_row_graph holds it):
  // out-edges of v are edges out_row[v] .. out_row[v + 1], in edge id order;
  // the in-edges of v are in_edge[in_row[v] .. in_row[v + 1]) with their
  // sources in in_source.
  std::span<const EdgeId> out_row;        // n + 1
  std::span<const VertexId> out_target;   // m
  std::span<const EdgeInfo> edge_info;    // m
  std::span<const EdgeId> in_row;         // n + 1
  std::span<const VertexId> in_source;    // m
  std::span<const EdgeId> in_edge;        // m
  // Undirected adjacency: out- then in-neighbours of v in one list.
  std::span<const EdgeId> all_row;        // n + 1
  std::span<const VertexId> all_neighbour;  // 2m

  // Vertices, in entity-id order.
  std::span<const int64_t> entity_ids;    // n, ascending
  std::span<const EntityType> types;      // n
  std::span<const uint32_t> code_ids;     // n, index into codes (0 = none)
  std::span<const uint32_t> sector_ids;   // n, index into codes (0 = none)
  StringPoolView names;                   // n
  StringPoolView codes;                   // interned codes and sectors, codes[0] = ""
  // Entity id -> vertex: the offset from min_entity_id when contiguous_ids,
  // else vertex_of_dense_id[id - min_entity_id] when that table is not
  // empty (kNoVertex = none), else a binary search of entity_ids.
  int64_t min_entity_id = 0;
  bool contiguous_ids = false;
  std::span<const VertexId> vertex_of_dense_id;
  // Edges flagged negated (EdgeInfo::negated), counted once when the graph
  // is built so that an open never scans edge_info for them.
  uint64_t num_negated_edges = 0;

  NameIndexArrays name_index;
};

}  // namespace kg::graph
