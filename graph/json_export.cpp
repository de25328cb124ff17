// JSON node-link ({"nodes": [...], "links": [...]}), the shape D3 and
// networkx.node_link_graph read.
#include <rapidjson/ostreamwrapper.h>
#include <rapidjson/writer.h>

#include "graph/export_graph.h"
#include "graph/exporters.h"
#include "graph/knowledge_graph.h"

namespace kg::graph {

void WriteJson(const KnowledgeGraph& graph, const Subgraph& part, std::ostream& out) {
  rapidjson::OStreamWrapper stream(out);
  rapidjson::Writer<rapidjson::OStreamWrapper> w(stream);
  auto string = [&](const char* key, std::string_view value) {
    w.Key(key);
    w.String(value.data(), static_cast<rapidjson::SizeType>(value.size()));
  };
  auto optional = [&](const char* key, std::string_view value) {
    if (value.empty()) {
      w.Key(key);
      w.Null();
    } else {
      string(key, value);
    }
  };
  w.StartObject();
  w.Key("directed");
  w.Bool(true);
  w.Key("multigraph");
  w.Bool(true);
  w.Key("nodes");
  w.StartArray();
  for (VertexId v : part.vertices) {
    w.StartObject();
    w.Key("id");
    w.Int64(graph.entity_id(v));
    string("name", graph.name(v));
    string("type", EntityTypeName(graph.type(v)));
    optional("code", graph.code(v));
    optional("sector", graph.sector(v));
    w.EndObject();
  }
  w.EndArray();
  w.Key("links");
  w.StartArray();
  for (EdgeId e : part.edges) {
    const EdgeInfo& info = graph.edge(e);
    const Predicate& p = graph.predicate(info.predicate);
    w.StartObject();
    w.Key("source");
    w.Int64(graph.entity_id(graph.source(e)));
    w.Key("target");
    w.Int64(graph.entity_id(graph.target(e)));
    w.Key("triple_id");
    w.Int64(info.triple_id);
    string("predicate", p.name);
    optional("category", p.category);
    string("stance", StanceName(p.stance));
    w.Key("negated");
    w.Bool(info.negated != 0);
    w.Key("evidence_count");
    w.Uint(info.evidence_count);
    optional("first_date", FormatDay(info.first_day));
    optional("last_date", FormatDay(info.last_day));
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  out << '\n';
}

}  // namespace kg::graph
