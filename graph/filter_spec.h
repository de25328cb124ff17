// FilterSpec: a traversal filter as the user typed it (names, not ids),
// checked against a loaded graph with messages that list what exists.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "graph/graph_types.h"
#include "graph/traversal_filter.h"
#include "schema/status.h"

namespace kg::graph {

class KnowledgeGraph;

struct FilterSpec {
  std::string direction = "both";       // out | in | both
  std::vector<std::string> predicates;  // names, case-insensitive
  std::vector<std::string> types;       // country | person | organization | location | other
  bool include_negated = false;         // see TraversalFilter::include_negated
  std::string since, until;             // YYYY-MM-DD or "" (TraversalFilter::dates)
};

Result<TraversalFilter> ResolveFilter(const KnowledgeGraph& graph, const FilterSpec& spec);
Result<TripleLevel> ParseTripleLevel(std::string_view name);

}  // namespace kg::graph
