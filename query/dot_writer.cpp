// The DOT writer: the nodes, relationships and paths of the result as one
// Graphviz graph, written by graph/'s DOT exporter so that `kg query
// --format dot` and `kg export --format dot` style an entity or an edge the
// same way. A graph is written whole at the end: the writer keeps the sets
// of nodes and edges seen (bounded by the graph, not by the row count),
// and writes nothing after an error.
#include <optional>
#include <sstream>

#include "graph/exporters.h"
#include "graph/knowledge_graph.h"
#include "graph/subgraph.h"
#include "query/result_subgraph.h"
#include "query/result_writer.h"

namespace kg::query {
namespace {

class DotWriter final : public ResultWriter {
 public:
  using ResultWriter::ResultWriter;

  Status Add(std::vector<Value>&& row) override {
    if (header_.graph) {
      if (!part_) part_.emplace(*header_.graph);
      for (const auto& v : row) part_->Add(v);
    }
    return Status::Ok();
  }

  Status End(const Status& outcome) override {
    if (!outcome.ok()) return Status::Ok();
    if (!header_.graph) return out_.Write("digraph G {\n}\n");  // plain values only: nothing to draw
    const graph::Subgraph part = part_ ? part_->Part() : graph::Subgraph{};
    std::ostringstream text;
    graph::WriteDot(*header_.graph, part, nullptr, text);
    KG_RETURN_IF_ERROR(out_.Write(text.str()));
    return out_.Flush();
  }

 private:
  std::optional<SubgraphCollector> part_;
};

}  // namespace

std::unique_ptr<ResultWriter> MakeDotWriter(TextOutput& out) { return std::make_unique<DotWriter>(out); }

}  // namespace kg::query
