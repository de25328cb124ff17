#include "query/value_text.h"

#include "graph/knowledge_graph.h"

namespace kg::query {
namespace {

std::string NodeText(const graph::KnowledgeGraph& g, graph::VertexId v) {
  return "(" + std::string(g.name(v)) + ":" + std::string(graph::EntityTypeLabel(g.type(v))) + ")";
}

std::string PathText(const graph::KnowledgeGraph& g, const PathValue& p) {
  std::string out = "(" + std::string(g.name(p.nodes[0].index)) + ")";
  for (size_t i = 0; i < p.edges.size(); ++i) {
    graph::EdgeId e = p.edges[i].index;
    bool forward = g.target(e) == p.nodes[i + 1].index && g.source(e) == p.nodes[i].index;
    std::string type = g.RelationLabel(e);
    out += forward ? "-[:" + type + "]->" : "<-[:" + type + "]-";
    out += "(" + std::string(g.name(p.nodes[i + 1].index)) + ")";
  }
  return out;
}

// A value inside a list or a map: strings in quotes.
std::string ItemText(const graph::KnowledgeGraph* g, const Value& v) {
  return v.type() == Value::Type::kString ? "'" + v.as_string() + "'" : RenderValue(g, v);
}

}  // namespace

std::string RenderValue(const graph::KnowledgeGraph* snapshot, const Value& v) {
  switch (v.type()) {
    case Value::Type::kNull: return "null";
    case Value::Type::kBool: return v.as_bool() ? "true" : "false";
    case Value::Type::kInt: return std::to_string(v.as_int());
    case Value::Type::kFloat: return FormatFloat(v.as_float());
    case Value::Type::kString: return v.as_string();
    case Value::Type::kNode: return NodeText(*snapshot, v.as_node().index);
    case Value::Type::kEdge: {
      const graph::KnowledgeGraph& g = *snapshot;
      graph::EdgeId e = v.as_edge().index;
      return "(" + std::string(g.name(g.source(e))) + ")-[:" + g.RelationLabel(e) + "]->(" +
             std::string(g.name(g.target(e))) + ")";
    }
    case Value::Type::kPath: return PathText(*snapshot, v.as_path());
    case Value::Type::kList: {
      std::string out = "[";
      const auto& items = v.as_list();
      for (size_t i = 0; i < items.size(); ++i) out += (i ? ", " : "") + ItemText(snapshot, items[i]);
      return out + "]";
    }
    case Value::Type::kMap: {
      std::string out = "{";
      const auto& entries = v.as_map();
      for (size_t i = 0; i < entries.size(); ++i) {
        out += (i ? ", " : "") + entries[i].first + ": " + ItemText(snapshot, entries[i].second);
      }
      return out + "}";
    }
  }
  return "";
}

}  // namespace kg::query
