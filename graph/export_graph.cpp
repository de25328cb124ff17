#include "graph/export_graph.h"

#include <fmt/format.h>

#include <algorithm>

#include "graph/knowledge_graph.h"

namespace kg::graph {

std::string FormatDay(int32_t day) {
  if (day <= 0) return "";
  return fmt::format("{:04}-{:02}-{:02}", day / 10000, day / 100 % 100, day % 100);
}

ExportGraph MakeExportGraph(const KnowledgeGraph& graph, const Subgraph& part) {
  ExportGraph out(part.vertices.size());
  for (size_t i = 0; i < part.vertices.size(); ++i) {
    VertexId v = part.vertices[i];
    out[i] = ExportVertex{std::string(graph.name(v)), std::string(EntityTypeName(graph.type(v))),
                          std::string(graph.code(v)), std::string(graph.sector(v)),
                          static_cast<long>(graph.entity_id(v))};
  }
  auto local = [&](VertexId v) {
    return static_cast<size_t>(std::lower_bound(part.vertices.begin(), part.vertices.end(), v) -
                               part.vertices.begin());
  };
  for (EdgeId e : part.edges) {
    const EdgeInfo& info = graph.edge(e);
    const Predicate& p = graph.predicate(info.predicate);
    ExportEdge props{p.name,
                     p.category,
                     std::string(StanceName(p.stance)),
                     static_cast<long>(info.evidence_count),
                     info.negated != 0,
                     static_cast<long>(info.triple_id),
                     FormatDay(info.first_day),
                     FormatDay(info.last_day)};
    boost::add_edge(local(graph.source(e)), local(graph.target(e)), props, out);
  }
  return out;
}

}  // namespace kg::graph
