#include "graph/filter_spec.h"

#include <fmt/format.h>

#include "graph/knowledge_graph.h"

namespace kg::graph {

Result<TraversalFilter> ResolveFilter(const KnowledgeGraph& graph, const FilterSpec& spec) {
  TraversalFilter filter;
  auto direction = ParseDirection(spec.direction);
  if (!direction) {
    return Status::InvalidInput(fmt::format("unknown direction '{}'; use out, in or both", spec.direction));
  }
  filter.direction = *direction;
  filter.include_negated = spec.include_negated;
  KG_ASSIGN_OR_RETURN(filter.dates, ParseDateWindow(spec.since, spec.until));
  for (const std::string& name : spec.predicates) {
    if (name.empty()) continue;
    auto p = graph.FindPredicate(name);
    if (!p) {
      std::string known;
      for (uint32_t i = 0; i < graph.num_predicates() && i < 20; ++i) {
        known += (i ? ", " : "") + graph.predicate(i).name;
      }
      if (graph.num_predicates() > 20) known += ", ...";
      return Status::NotFound(fmt::format("no predicate named '{}'; known predicates: {}", name,
                                          known.empty() ? "(none)" : known));
    }
    filter.predicates.push_back(*p);
  }
  for (const std::string& name : spec.types) {
    if (name.empty()) continue;
    auto t = ParseEntityType(name);
    if (!t) {
      return Status::InvalidInput(
          fmt::format("unknown entity type '{}'; use country, person, organization, location or other", name));
    }
    filter.types.push_back(*t);
  }
  return filter;
}

Result<TripleLevel> ParseTripleLevel(std::string_view name) {
  if (name == "actor") return TripleLevel::kActor;
  if (name == "mention") return TripleLevel::kMention;
  return Status::InvalidInput(fmt::format("unknown level '{}'; use actor or mention", name));
}

}  // namespace kg::graph
