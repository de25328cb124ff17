// How a value reads in a table cell or a CSV field: nodes as (Name:Label),
// relationships as (A)-[:type]->(B), paths hop by hop, strings bare at the
// top and quoted inside lists and maps.
#pragma once

#include <string>

#include "query/value.h"

namespace kg::graph {
class KnowledgeGraph;
}

namespace kg::query {

// Only node, relationship and path values need `graph`; a result of plain
// values (the REPL's meta-commands build some) may give null.
std::string RenderValue(const graph::KnowledgeGraph* graph, const Value& value);

}  // namespace kg::query
