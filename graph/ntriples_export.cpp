// N-Triples (RDF 1.1): one statement per line, IRIs under a base.
#include <fmt/format.h>

#include "graph/exporters.h"
#include "graph/knowledge_graph.h"

namespace kg::graph {
namespace {

// Percent-encodes everything but RFC 3986 unreserved characters, so any
// name (spaces, quotes, "Zoë") gives a valid IRI.
std::string Encode(std::string_view text) {
  std::string out;
  for (unsigned char c : text) {
    if (std::isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~') {
      out += static_cast<char>(c);
    } else {
      out += fmt::format("%{:02X}", c);
    }
  }
  return out;
}

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

constexpr const char* kLabel = "<http://www.w3.org/2000/01/rdf-schema#label>";
constexpr const char* kType = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>";

}  // namespace

void WriteNtriples(const KnowledgeGraph& graph, const Subgraph& part, const std::string& base_iri,
                   std::ostream& out) {
  auto entity = [&](VertexId v) { return "<" + base_iri + "entity/" + Encode(graph.name(v)) + ">"; };
  for (VertexId v : part.vertices) {
    out << entity(v) << ' ' << kLabel << ' ' << Literal(graph.name(v)) << " .\n";
    out << entity(v) << ' ' << kType << " <" << base_iri << "type/" << EntityTypeName(graph.type(v)) << "> .\n";
  }
  for (EdgeId e : part.edges) {
    const EdgeInfo& info = graph.edge(e);
    std::string relation = (info.negated ? "not_" : "") + graph.predicate(info.predicate).name;
    out << entity(graph.source(e)) << " <" << base_iri << "relation/" << Encode(relation) << "> "
        << entity(graph.target(e)) << " .\n";
  }
}

}  // namespace kg::graph
