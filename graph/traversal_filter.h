// TraversalFilter: which edges and vertices a traversal may use.
#pragma once

#include <vector>

#include "graph/graph_types.h"

namespace kg::graph {

class KnowledgeGraph;

struct TraversalFilter {
  Direction direction = Direction::kBoth;
  // Predicate indexes (KnowledgeGraph::FindPredicate); empty = every predicate.
  std::vector<uint32_t> predicates;
  // Entity types a traversal may pass through or reach; empty = every type.
  // The start (and, for paths, the target) are always allowed.
  std::vector<EntityType> types;

  bool unrestricted() const { return predicates.empty() && types.empty(); }
};

// The filter compiled against one graph into flat lookup tables, so the hot
// loops test a bit instead of searching a list.
class CompiledFilter {
 public:
  CompiledFilter(const KnowledgeGraph& graph, const TraversalFilter& filter);
  Direction direction() const { return direction_; }
  bool unrestricted() const { return all_predicates_ && all_types_; }
  bool AllowsEdge(const EdgeInfo& edge) const {
    return all_predicates_ || predicate_allowed_[edge.predicate];
  }
  bool AllowsVertex(const KnowledgeGraph& graph, VertexId v) const;

 private:
  Direction direction_;
  bool all_predicates_;
  bool all_types_;
  std::vector<bool> predicate_allowed_;
  bool type_allowed_[kEntityTypeCount] = {};
};

}  // namespace kg::graph
