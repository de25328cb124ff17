#include "query/result_subgraph.h"

#include "graph/knowledge_graph.h"

namespace kg::query {

void SubgraphCollector::Add(const Value& v) {
  switch (v.type()) {
    case Value::Type::kNode: nodes_.insert(v.as_node().index); break;
    case Value::Type::kEdge:
      edges_.insert(v.as_edge().index);
      nodes_.insert(graph_.source(v.as_edge().index));
      nodes_.insert(graph_.target(v.as_edge().index));
      break;
    case Value::Type::kPath:
      for (auto n : v.as_path().nodes) nodes_.insert(n.index);
      for (auto e : v.as_path().edges) edges_.insert(e.index);
      break;
    case Value::Type::kList:
      for (const auto& item : v.as_list()) Add(item);
      break;
    default: break;
  }
}

}  // namespace kg::query
