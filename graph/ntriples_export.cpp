// N-Triples (RDF 1.1): one statement per line, IRIs under a base, names
// mapped to IRIs as kg import reads them back (schema/rdf_names.h).
#include <fmt/format.h>

#include "graph/exporters.h"
#include "graph/knowledge_graph.h"
#include "schema/rdf_names.h"

namespace kg::graph {
namespace {

std::string Literal(std::string_view text) {
  std::string out = "\"";
  for (char c : text) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      default: out += c;
    }
  }
  return out + "\"";
}


}  // namespace

void WriteNtriples(const KnowledgeGraph& graph, const Subgraph& part, const std::string& base_iri,
                   std::ostream& out) {
  auto entity = [&](VertexId v) {
    return "<" + base_iri + "entity/" + IriLocalPart(graph.name(v), IriNameKind::kEntity) + ">";
  };
  for (VertexId v : part.vertices) {
    out << entity(v) << " <" << kRdfsLabelIri << "> " << Literal(graph.name(v)) << " .\n";
    out << entity(v) << " <" << kRdfTypeIri << "> <" << base_iri << "type/" << EntityTypeName(graph.type(v))
        << "> .\n";
  }
  for (EdgeId e : part.edges) {
    const EdgeInfo& info = graph.edge(e);
    std::string relation = (info.negated ? std::string(kNegatedPredicatePrefix) : "") +
                           graph.predicate(info.predicate).name;
    out << entity(graph.source(e)) << " <" << base_iri << "relation/"
        << IriLocalPart(relation, IriNameKind::kPredicate) << "> " << entity(graph.target(e)) << " .\n";
  }
}

}  // namespace kg::graph
