// KnowledgeGraph: an immutable in-memory snapshot of the store's triples.
//
// The topology is a Boost bidirectional compressed_sparse_row_graph (one
// array of targets for out-edges, one of sources for in-edges), with a
// 24-byte EdgeInfo per edge, plus an undirected neighbour array (both
// lists of a vertex in one) for the undirected searches. Vertex attributes
// live in parallel arrays and string pools, so the 2M-edge benchmark graph
// fits in about 100 MB. Names and aliases are found case-insensitively
// (Unicode case folding).
//
// A snapshot never changes; IsStale() tells whether the store has been
// written since it was loaded, and the caller reloads when it wants to.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "graph/csr_builder.h"
#include "graph/graph_types.h"
#include "graph/name_index.h"
#include "graph/string_pool.h"
#include "schema/status.h"
#include "schema/store.h"

namespace kg::graph {

struct LoadOptions {
  TripleLevel level = TripleLevel::kActor;
  // Triples are read by up to `threads` connections at once, each taking at
  // least this many triple ids (below it one thread is faster).
  int threads = 2;
  uint64_t min_triples_per_thread = 100'000;
};

struct Predicate {
  int64_t id = 0;
  std::string name;
  std::string category;  // PLOVER category, empty when unknown
  std::string cameo;     // CAMEO root code, empty when unknown
  Stance stance = Stance::kNeutral;
};

// One edge seen from one of its endpoints.
struct Incidence {
  EdgeId edge;
  VertexId neighbour;  // the other endpoint
  bool outgoing;       // true: the edge points from the vertex to `neighbour`
};

class KnowledgeGraph {
 public:
  // Reads entities, aliases, predicates and the triples of one level in a
  // single read transaction.
  static Result<std::unique_ptr<KnowledgeGraph>> Load(Store& store, const LoadOptions& options = {});

  KnowledgeGraph(const KnowledgeGraph&) = delete;
  KnowledgeGraph& operator=(const KnowledgeGraph&) = delete;

  size_t num_vertices() const { return entity_ids_.size(); }
  size_t num_edges() const { return csr_.m_forward.m_column.size(); }
  TripleLevel level() const { return level_; }

  // ---- vertices ----
  std::string_view name(VertexId v) const { return names_.Get(v); }
  EntityType type(VertexId v) const { return types_[v]; }
  std::string_view code(VertexId v) const { return codes_.Get(code_ids_[v]); }      // "" = none
  std::string_view sector(VertexId v) const { return codes_.Get(sector_ids_[v]); }  // "" = none
  int64_t entity_id(VertexId v) const { return entity_ids_[v]; }
  std::optional<VertexId> VertexOfEntity(int64_t entity_id) const;

  // Case-insensitive lookup of a canonical name, else of an alias (the
  // first entity when an alias names several).
  std::optional<VertexId> Find(std::string_view name) const;
  // Like Find, but a miss is a NotFound naming the closest known names.
  Result<VertexId> Resolve(std::string_view name) const;
  // Up to `k` known names closest to `name` (prefix matches, then edit distance).
  std::vector<std::string> NearestNames(std::string_view name, size_t k) const;

  // ---- predicates ----
  size_t num_predicates() const { return predicates_.size(); }
  const Predicate& predicate(uint32_t index) const { return predicates_[index]; }
  std::optional<uint32_t> FindPredicate(std::string_view name) const;  // case-insensitive

  // ---- edges ----
  const EdgeInfo& edge(EdgeId e) const { return csr_.m_forward.m_edge_properties[e]; }
  VertexId source(EdgeId e) const;  // O(log n)
  VertexId target(EdgeId e) const { return csr_.m_forward.m_column[e]; }
  const Predicate& predicate_of(EdgeId e) const { return predicates_[edge(e).predicate]; }
  // Edges of negated triples. They stay in the snapshot (flagged in
  // EdgeInfo) so that a caller who asks can see them, but every traversal,
  // ranking, component and export leaves them out by default
  // (TraversalFilter::include_negated); with none, the fast unfiltered
  // kernels need no check.
  size_t num_negated_edges() const { return num_negated_edges_; }
  // True when edge e takes part in an operation that was (or was not) asked
  // to include negated triples.
  bool Selected(EdgeId e, bool include_negated) const { return include_negated || !edge(e).negated; }
  // The predicate as every output shows it: "supports", or "not supports"
  // for a negated triple, so that none reads as the relation itself.
  std::string RelationLabel(EdgeId e) const { return (edge(e).negated ? "not " : "") + predicate_of(e).name; }

  size_t out_degree(VertexId v) const { return out_row_[v + 1] - out_row_[v]; }
  size_t in_degree(VertexId v) const { return in_row_[v + 1] - in_row_[v]; }
  // Inline: the BFS kernels call it for every vertex they discover. The
  // undirected degree comes from the undirected rows: one cache miss, not two.
  size_t degree(VertexId v, Direction d = Direction::kBoth) const {
    switch (d) {
      case Direction::kOut: return out_degree(v);
      case Direction::kIn: return in_degree(v);
      case Direction::kBoth: break;
    }
    return all_row_[v + 1] - all_row_[v];
  }

  // Calls f(Incidence) for each edge at `v` in direction `d`, out-edges
  // first, each group in edge order (deterministic).
  template <typename F>
  void ForEachIncidence(VertexId v, Direction d, F&& f) const {
    if (d != Direction::kIn) {
      for (EdgeId e = out_row_[v], end = out_row_[v + 1]; e < end; ++e) f(Incidence{e, out_target_[e], true});
    }
    if (d != Direction::kOut) {
      for (EdgeId i = in_row_[v], end = in_row_[v + 1]; i < end; ++i) {
        f(Incidence{in_edge_[i], in_source_[i], false});
      }
    }
  }
  // The first incidence, in ForEachIncidence's order, for which pred(Incidence) holds.
  template <typename Pred>
  std::optional<Incidence> FindIncidence(VertexId v, Direction d, Pred&& pred) const {
    if (d != Direction::kIn) {
      for (EdgeId e = out_row_[v], end = out_row_[v + 1]; e < end; ++e) {
        if (Incidence inc{e, out_target_[e], true}; pred(inc)) return inc;
      }
    }
    if (d != Direction::kOut) {
      for (EdgeId i = in_row_[v], end = in_row_[v + 1]; i < end; ++i) {
        if (Incidence inc{in_edge_[i], in_source_[i], false}; pred(inc)) return inc;
      }
    }
    return std::nullopt;
  }
  std::vector<Incidence> Incidences(VertexId v, Direction d) const;

  // Raw neighbour arrays for the hot loops of BFS (no edge ids needed).
  std::span<const VertexId> OutNeighbours(VertexId v) const {
    return {out_target_ + out_row_[v], out_target_ + out_row_[v + 1]};
  }
  std::span<const VertexId> InNeighbours(VertexId v) const {
    return {in_source_ + in_row_[v], in_source_ + in_row_[v + 1]};
  }
  // Out-neighbours then in-neighbours, in one array: the undirected
  // searches read one list per vertex (one cache miss) instead of two.
  std::span<const VertexId> AllNeighbours(VertexId v) const {
    return {all_neighbour_.data() + all_row_[v], all_neighbour_.data() + all_row_[v + 1]};
  }
  std::span<const VertexId> Neighbours(VertexId v, Direction d) const {
    switch (d) {
      case Direction::kOut: return OutNeighbours(v);
      case Direction::kIn: return InNeighbours(v);
      case Direction::kBoth: break;
    }
    return AllNeighbours(v);
  }

  // The Boost graph itself, for Boost algorithms.
  const CsrGraph& csr() const { return csr_; }

  // ---- staleness ----
  int64_t data_version() const { return data_version_; }
  // True when `store` (the one it was loaded from) has committed writes since.
  Result<bool> IsStale(Store& store) const;

 private:
  KnowledgeGraph() = default;
  // Caches the raw views of csr_ and builds the undirected adjacency.
  void IndexTopology();

  TripleLevel level_ = TripleLevel::kActor;
  CsrGraph csr_;
  // Raw views into csr_ (valid for its lifetime; the graph never changes).
  const EdgeId* out_row_ = nullptr;
  const VertexId* out_target_ = nullptr;
  const EdgeId* in_row_ = nullptr;
  const VertexId* in_source_ = nullptr;
  const EdgeId* in_edge_ = nullptr;
  // The undirected adjacency (built last at load, 8 bytes per edge):
  // AllNeighbours(v) is all_neighbour_[all_row_[v] .. all_row_[v + 1]).
  std::vector<EdgeId> all_row_;
  std::vector<VertexId> all_neighbour_;
  size_t num_negated_edges_ = 0;

  std::vector<int64_t> entity_ids_;
  std::vector<VertexId> vertex_of_dense_id_;  // entity id - min id -> vertex, when ids are dense
  int64_t min_entity_id_ = 0;
  bool contiguous_ids_ = false;  // entity id = min_entity_id_ + vertex
  StringPool names_;        // by vertex
  StringPool codes_;        // interned codes and sectors; 0 = none
  std::vector<uint32_t> code_ids_;
  std::vector<uint32_t> sector_ids_;
  std::vector<EntityType> types_;
  NameIndex name_index_;
  std::vector<Predicate> predicates_;
  int64_t data_version_ = 0;

  friend class GraphBuilder;
};

}  // namespace kg::graph
