// ResultSet: what a statement returns.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "query/value.h"

namespace kg::graph {
class KnowledgeGraph;
}

namespace kg::query {

struct ResultSet {
  std::vector<std::string> columns;
  std::vector<std::vector<Value>> rows;  // each has columns.size() values
  // Set by EXPLAIN: the plan, one operator per line; `rows` is then empty.
  std::optional<std::string> plan;
  // The snapshot the node, relationship and path values refer to; kept alive
  // so a result can be printed after the engine has reloaded a newer one.
  std::shared_ptr<const graph::KnowledgeGraph> graph;
};

}  // namespace kg::query
