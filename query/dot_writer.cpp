// The DOT writer: the nodes, relationships and paths of the result as one
// Graphviz graph, written by graph/'s DOT exporter so that `kg query
// --format dot` and `kg export --format dot` style an entity or an edge the
// same way. A graph is written whole at the end: the writer keeps the sets
// of nodes and edges seen (bounded by the graph, not by the row count),
// and writes nothing after an error.
#include <set>
#include <sstream>

#include "graph/exporters.h"
#include "graph/knowledge_graph.h"
#include "graph/subgraph.h"
#include "query/result_writer.h"

namespace kg::query {
namespace {

class DotWriter final : public ResultWriter {
 public:
  using ResultWriter::ResultWriter;

  Status Add(std::vector<Value>&& row) override {
    if (header_.graph) {
      for (const auto& v : row) Collect(v);
    }
    return Status::Ok();
  }

  Status End(const Status& outcome) override {
    if (!outcome.ok()) return Status::Ok();
    if (!header_.graph) return out_.Write("digraph G {\n}\n");  // plain values only: nothing to draw
    graph::Subgraph part{{nodes_.begin(), nodes_.end()}, {edges_.begin(), edges_.end()}};
    std::ostringstream text;
    graph::WriteDot(*header_.graph, part, nullptr, text);
    KG_RETURN_IF_ERROR(out_.Write(text.str()));
    return out_.Flush();
  }

 private:
  void Collect(const Value& v) {
    const graph::KnowledgeGraph& g = *header_.graph;
    switch (v.type()) {
      case Value::Type::kNode: nodes_.insert(v.as_node().index); break;
      case Value::Type::kEdge:
        edges_.insert(v.as_edge().index);
        nodes_.insert(g.source(v.as_edge().index));
        nodes_.insert(g.target(v.as_edge().index));
        break;
      case Value::Type::kPath:
        for (auto n : v.as_path().nodes) nodes_.insert(n.index);
        for (auto e : v.as_path().edges) edges_.insert(e.index);
        break;
      case Value::Type::kList:
        for (const auto& item : v.as_list()) Collect(item);
        break;
      default: break;
    }
  }

  std::set<graph::VertexId> nodes_;
  std::set<graph::EdgeId> edges_;
};

}  // namespace

std::unique_ptr<ResultWriter> MakeDotWriter(TextOutput& out) { return std::make_unique<DotWriter>(out); }

}  // namespace kg::query
