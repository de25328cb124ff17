#include "graph/traversal_filter.h"

#include "graph/knowledge_graph.h"

namespace kg::graph {

CompiledFilter::CompiledFilter(const KnowledgeGraph& graph, const TraversalFilter& filter)
    : direction_(filter.direction),
      all_predicates_(filter.predicates.empty()),
      all_types_(filter.types.empty()),
      skip_negated_(!filter.include_negated && graph.num_negated_edges() > 0),
      dates_(filter.dates) {
  if (!all_predicates_) {
    predicate_allowed_.assign(graph.num_predicates(), false);
    for (uint32_t p : filter.predicates) {
      if (p < predicate_allowed_.size()) predicate_allowed_[p] = true;
    }
  }
  for (EntityType t : filter.types) type_allowed_[static_cast<size_t>(t)] = true;
}

bool CompiledFilter::AllowsVertex(const KnowledgeGraph& graph, VertexId v) const {
  return all_types_ || type_allowed_[static_cast<size_t>(graph.type(v))];
}

}  // namespace kg::graph
