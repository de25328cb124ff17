// TraversalFilter: which edges and vertices a traversal may use.
#pragma once

#include <vector>

#include "graph/date_window.h"
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
  // Negated triples ("Iran does not recognise Israel") are edges of the
  // graph flagged `negated`, but they are not relations: a traversal that
  // followed them would report the opposite of what was said. They are left
  // out unless a caller asks for them (kg's --include-negated).
  bool include_negated = false;
  // Only edges reported within these days (--since/--until); open = all.
  DateWindow dates;
};

// The filter compiled against one graph into flat lookup tables, so the hot
// loops test a bit instead of searching a list.
class CompiledFilter {
 public:
  CompiledFilter(const KnowledgeGraph& graph, const TraversalFilter& filter);
  Direction direction() const { return direction_; }
  // True when every edge and vertex may be used, so the raw neighbour
  // arrays (which know nothing of flags) give the right answer.
  bool unrestricted() const { return all_predicates_ && all_types_ && !skip_negated_ && dates_.open(); }
  bool AllowsEdge(const EdgeInfo& edge) const {
    if (skip_negated_ && edge.negated) return false;
    if (!dates_.Contains(edge)) return false;
    return all_predicates_ || predicate_allowed_[edge.predicate];
  }
  bool AllowsVertex(const KnowledgeGraph& graph, VertexId v) const;

 private:
  Direction direction_;
  bool all_predicates_;
  bool all_types_;
  bool skip_negated_;  // negated edges exist and were not asked for
  DateWindow dates_;
  std::vector<bool> predicate_allowed_;
  bool type_allowed_[kEntityTypeCount] = {};
};

}  // namespace kg::graph
