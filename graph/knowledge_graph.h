// KnowledgeGraph: an immutable snapshot of the store's triples.
//
// The topology is the arrays of a Boost bidirectional
// compressed_sparse_row_graph (one array of targets for out-edges, one of
// sources for in-edges, built by CsrBuilder), with a 24-byte EdgeInfo per
// edge, plus an undirected neighbour array (both lists of a vertex in one)
// for the undirected searches. Vertex attributes live in parallel arrays
// and string pools, so the 2M-edge benchmark graph takes about 100 MB.
// Names and aliases are found case-insensitively (Unicode case folding).
//
// The graph reads every array through GraphArrays views: Load() owns them
// (read from SQLite), a graph opened from a snapshot file maps them
// (graph/graph_snapshot.h); both answer alike.
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

#include "graph/graph_arrays.h"
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
  // A graph over arrays someone else made and `storage` keeps alive (a
  // mapped snapshot). The arrays must have the sizes GraphArrays states
  // (the snapshot reader checks) and hold a graph a load made (trusted: a
  // snapshot's sections are not checksummed, see graph/snapshot_layout.h).
  static std::unique_ptr<KnowledgeGraph> FromArrays(TripleLevel level, const GraphArrays& arrays,
                                                    std::vector<Predicate> predicates, const StoreVersion& version,
                                                    std::shared_ptr<const void> storage);

  KnowledgeGraph(const KnowledgeGraph&) = delete;
  KnowledgeGraph& operator=(const KnowledgeGraph&) = delete;

  size_t num_vertices() const { return a_.entity_ids.size(); }
  size_t num_edges() const { return a_.out_target.size(); }
  TripleLevel level() const { return level_; }

  // ---- vertices ----
  std::string_view name(VertexId v) const { return a_.names.Get(v); }
  EntityType type(VertexId v) const { return a_.types[v]; }
  std::string_view code(VertexId v) const { return a_.codes.Get(a_.code_ids[v]); }      // "" = none
  std::string_view sector(VertexId v) const { return a_.codes.Get(a_.sector_ids[v]); }  // "" = none
  int64_t entity_id(VertexId v) const { return a_.entity_ids[v]; }
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
  const EdgeInfo& edge(EdgeId e) const { return edge_info_[e]; }
  VertexId source(EdgeId e) const;  // O(log n)
  VertexId target(EdgeId e) const { return out_target_[e]; }
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
    return {all_neighbour_ + all_row_[v], all_neighbour_ + all_row_[v + 1]};
  }
  std::span<const VertexId> Neighbours(VertexId v, Direction d) const {
    switch (d) {
      case Direction::kOut: return OutNeighbours(v);
      case Direction::kIn: return InNeighbours(v);
      case Direction::kBoth: break;
    }
    return AllNeighbours(v);
  }

  // Every array, for the snapshot writer and for tests.
  const GraphArrays& arrays() const { return a_; }

  // ---- staleness ----
  int64_t data_version() const { return data_version_; }
  // The store's persistent version of the data this graph holds.
  const StoreVersion& store_version() const { return store_version_; }
  // True when `store` (the one it was loaded from) has committed writes since.
  Result<bool> IsStale(Store& store) const;

 private:
  KnowledgeGraph() = default;
  // Points the graph at `arrays` (which `storage_` keeps alive) and caches
  // the raw pointers of the hot loops.
  void SetArrays(const GraphArrays& arrays);

  TripleLevel level_ = TripleLevel::kActor;
  GraphArrays a_;
  // Raw views into a_ (valid for its lifetime; the graph never changes).
  const EdgeId* out_row_ = nullptr;
  const VertexId* out_target_ = nullptr;
  const EdgeInfo* edge_info_ = nullptr;
  const EdgeId* in_row_ = nullptr;
  const VertexId* in_source_ = nullptr;
  const EdgeId* in_edge_ = nullptr;
  // AllNeighbours(v) is all_neighbour_[all_row_[v] .. all_row_[v + 1]).
  const EdgeId* all_row_ = nullptr;
  const VertexId* all_neighbour_ = nullptr;
  size_t num_negated_edges_ = 0;
  NameIndex name_index_;
  std::vector<Predicate> predicates_;
  int64_t data_version_ = 0;
  StoreVersion store_version_;
  // Owns what a_ points at: the vectors of a load, or a file mapping.
  std::shared_ptr<const void> storage_;

  friend class GraphBuilder;
};

}  // namespace kg::graph
