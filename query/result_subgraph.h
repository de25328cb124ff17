// SubgraphCollector: the part of the graph a result's values name — its
// nodes, its relationships with both ends, its paths, inside lists too.
// The DOT writer draws it; the REPL's :export writes it in any `kg export`
// format. Bounded by the graph, not by the row count.
#pragma once

#include <set>

#include "graph/subgraph.h"
#include "query/value.h"

namespace kg::query {

class SubgraphCollector {
 public:
  // `graph` is the snapshot the values refer to; it must outlive this.
  explicit SubgraphCollector(const graph::KnowledgeGraph& graph) : graph_(graph) {}
  void Add(const Value& v);
  graph::Subgraph Part() const { return {{nodes_.begin(), nodes_.end()}, {edges_.begin(), edges_.end()}}; }

 private:
  const graph::KnowledgeGraph& graph_;
  std::set<graph::VertexId> nodes_;
  std::set<graph::EdgeId> edges_;
};

}  // namespace kg::query
