#include "query/result_formatter.h"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <algorithm>
#include <cmath>
#include <set>
#include <sstream>

#include <fmt/format.h>

#include "graph/exporters.h"
#include "graph/knowledge_graph.h"
#include "graph/subgraph.h"
#include "query/expression_evaluator.h"

namespace kg::query {

std::optional<OutputFormat> ParseOutputFormat(std::string_view name) {
  if (name == "table") return OutputFormat::kTable;
  if (name == "json") return OutputFormat::kJson;
  if (name == "csv") return OutputFormat::kCsv;
  if (name == "dot") return OutputFormat::kDot;
  return std::nullopt;
}

namespace {

std::string Label(const graph::KnowledgeGraph& g, graph::VertexId v) {
  return std::string(graph::EntityTypeLabel(g.type(v)));
}

std::string NodeText(const graph::KnowledgeGraph& g, graph::VertexId v) {
  return "(" + std::string(g.name(v)) + ":" + Label(g, v) + ")";
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

}  // namespace

std::string RenderValue(const ResultSet& result, const Value& v) {
  // Only node, edge and path values need the graph; a result of plain values
  // (built by the REPL's meta-commands, say) may come without one.
  const graph::KnowledgeGraph* snapshot = result.graph.get();
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
      for (size_t i = 0; i < items.size(); ++i) {
        out += (i ? ", " : "");
        out += items[i].type() == Value::Type::kString ? "'" + items[i].as_string() + "'" : RenderValue(result, items[i]);
      }
      return out + "]";
    }
    case Value::Type::kMap: {
      std::string out = "{";
      const auto& entries = v.as_map();
      for (size_t i = 0; i < entries.size(); ++i) {
        const Value& item = entries[i].second;
        out += (i ? ", " : "") + entries[i].first + ": " +
               (item.type() == Value::Type::kString ? "'" + item.as_string() + "'" : RenderValue(result, item));
      }
      return out + "}";
    }
  }
  return "";
}

namespace {

using JsonWriter = rapidjson::Writer<rapidjson::StringBuffer>;

void WriteString(JsonWriter& w, std::string_view s) { w.String(s.data(), static_cast<rapidjson::SizeType>(s.size())); }

// `g` may be null for results of plain values (see RenderValue).
void WriteJson(JsonWriter& w, const graph::KnowledgeGraph* g, const Value& v);

void WriteNodeJson(JsonWriter& w, const graph::KnowledgeGraph& g, graph::VertexId n) {
  w.StartObject();
  w.Key("id");
  w.Int64(g.entity_id(n));
  w.Key("name");
  WriteString(w, g.name(n));
  w.Key("labels");
  w.StartArray();
  WriteString(w, Label(g, n));
  w.EndArray();
  if (!g.code(n).empty()) {
    w.Key("code");
    WriteString(w, g.code(n));
  }
  if (!g.sector(n).empty()) {
    w.Key("sector");
    WriteString(w, g.sector(n));
  }
  w.EndObject();
}

void WriteEdgeJson(JsonWriter& w, const graph::KnowledgeGraph& g, graph::EdgeId e) {
  const auto& info = g.edge(e);
  const auto& pred = g.predicate_of(e);
  w.StartObject();
  w.Key("id");
  w.Int64(info.triple_id);
  w.Key("type");
  WriteString(w, pred.name);
  w.Key("start");
  WriteString(w, g.name(g.source(e)));
  w.Key("end");
  WriteString(w, g.name(g.target(e)));
  if (!pred.category.empty()) {
    w.Key("category");
    WriteString(w, pred.category);
  }
  if (!pred.cameo.empty()) {
    w.Key("cameo");
    WriteString(w, pred.cameo);
  }
  w.Key("count");
  w.Int64(info.evidence_count);
  if (info.first_day) {
    w.Key("first_date");
    WriteString(w, FormatDay(info.first_day));
  }
  if (info.last_day) {
    w.Key("last_date");
    WriteString(w, FormatDay(info.last_day));
  }
  w.Key("negated");
  w.Bool(info.negated != 0);
  w.EndObject();
}

void WriteJson(JsonWriter& w, const graph::KnowledgeGraph* g, const Value& v) {
  switch (v.type()) {
    case Value::Type::kNull: w.Null(); return;
    case Value::Type::kBool: w.Bool(v.as_bool()); return;
    case Value::Type::kInt: w.Int64(v.as_int()); return;
    case Value::Type::kFloat:
      // JSON has no Infinity or NaN (the writer would leave the value out):
      // they are the strings "Infinity", "-Infinity" and "NaN".
      if (std::isfinite(v.as_float())) {
        w.Double(v.as_float());
      } else {
        WriteString(w, FormatFloat(v.as_float()));
      }
      return;
    case Value::Type::kString: WriteString(w, v.as_string()); return;
    case Value::Type::kNode: WriteNodeJson(w, *g, v.as_node().index); return;
    case Value::Type::kEdge: WriteEdgeJson(w, *g, v.as_edge().index); return;
    case Value::Type::kPath: {
      w.StartObject();
      w.Key("nodes");
      w.StartArray();
      for (auto n : v.as_path().nodes) WriteNodeJson(w, *g, n.index);
      w.EndArray();
      w.Key("relationships");
      w.StartArray();
      for (auto e : v.as_path().edges) WriteEdgeJson(w, *g, e.index);
      w.EndArray();
      w.EndObject();
      return;
    }
    case Value::Type::kList:
      w.StartArray();
      for (const auto& item : v.as_list()) WriteJson(w, g, item);
      w.EndArray();
      return;
    case Value::Type::kMap:
      w.StartObject();
      for (const auto& [key, item] : v.as_map()) {
        WriteString(w, key);
        WriteJson(w, g, item);
      }
      w.EndObject();
      return;
  }
}

std::string FormatJson(const ResultSet& r) {
  rapidjson::StringBuffer buffer;
  JsonWriter w(buffer);
  w.StartObject();
  w.Key("columns");
  w.StartArray();
  for (const auto& c : r.columns) WriteString(w, c);
  w.EndArray();
  w.Key("rows");
  w.StartArray();
  for (const auto& row : r.rows) {
    w.StartArray();
    for (const auto& v : row) WriteJson(w, r.graph.get(), v);
    w.EndArray();
  }
  w.EndArray();
  w.EndObject();
  return std::string(buffer.GetString()) + "\n";
}

// Display width of UTF-8 text: code points, not bytes.
size_t Width(std::string_view s) {
  return static_cast<size_t>(std::count_if(s.begin(), s.end(), [](char c) { return (c & 0xC0) != 0x80; }));
}

std::string FormatTable(const ResultSet& r) {
  std::vector<std::vector<std::string>> cells;
  std::vector<size_t> widths;
  for (const auto& c : r.columns) widths.push_back(Width(c));
  for (const auto& row : r.rows) {
    std::vector<std::string> line;
    for (size_t i = 0; i < row.size(); ++i) {
      std::string text = RenderValue(r, row[i]);
      std::replace(text.begin(), text.end(), '\n', ' ');
      widths[i] = std::max(widths[i], Width(text));
      line.push_back(std::move(text));
    }
    cells.push_back(std::move(line));
  }
  auto format_line = [&](const std::vector<std::string>& line) {
    std::string out;
    for (size_t i = 0; i < line.size(); ++i) {
      out += (i ? " | " : "") + line[i];
      if (i + 1 < line.size()) out += std::string(widths[i] - Width(line[i]), ' ');
    }
    return out + "\n";
  };
  std::string out = format_line(r.columns);
  std::string rule;
  for (size_t i = 0; i < widths.size(); ++i) rule += (i ? "-+-" : "") + std::string(widths[i], '-');
  out += rule + "\n";
  for (const auto& line : cells) out += format_line(line);
  out += fmt::format("({} row{})\n", r.rows.size(), r.rows.size() == 1 ? "" : "s");
  return out;
}

std::string CsvField(const std::string& s) {
  if (s.find_first_of(",\"\n\r") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

std::string FormatCsv(const ResultSet& r) {
  std::string out;
  for (size_t i = 0; i < r.columns.size(); ++i) out += (i ? "," : "") + CsvField(r.columns[i]);
  out += "\n";
  for (const auto& row : r.rows) {
    for (size_t i = 0; i < row.size(); ++i) {
      out += (i ? "," : "") + (row[i].is_null() ? std::string() : CsvField(RenderValue(r, row[i])));
    }
    out += "\n";
  }
  return out;
}

void CollectGraphValues(const graph::KnowledgeGraph& g, const Value& v, std::set<graph::VertexId>& nodes,
                        std::set<graph::EdgeId>& edges) {
  switch (v.type()) {
    case Value::Type::kNode: nodes.insert(v.as_node().index); break;
    case Value::Type::kEdge:
      edges.insert(v.as_edge().index);
      nodes.insert(g.source(v.as_edge().index));
      nodes.insert(g.target(v.as_edge().index));
      break;
    case Value::Type::kPath:
      for (auto n : v.as_path().nodes) nodes.insert(n.index);
      for (auto e : v.as_path().edges) edges.insert(e.index);
      break;
    case Value::Type::kList:
      for (const auto& item : v.as_list()) CollectGraphValues(g, item, nodes, edges);
      break;
    default: break;
  }
}

// The nodes, relationships and paths of the result as one subgraph, written
// by graph/'s DOT exporter so that `kg query --format dot` and `kg export
// --format dot` style an entity or an edge the same way.
std::string FormatDot(const ResultSet& r) {
  if (!r.graph) return "digraph G {\n}\n";  // plain values only: nothing to draw
  const graph::KnowledgeGraph& g = *r.graph;
  std::set<graph::VertexId> nodes;
  std::set<graph::EdgeId> edges;
  for (const auto& row : r.rows) {
    for (const auto& v : row) CollectGraphValues(g, v, nodes, edges);
  }
  graph::Subgraph part{{nodes.begin(), nodes.end()}, {edges.begin(), edges.end()}};
  std::ostringstream out;
  graph::WriteDot(g, part, nullptr, out);
  return out.str();
}

}  // namespace

std::string FormatResult(const ResultSet& result, OutputFormat format) {
  if (result.plan) return *result.plan;
  switch (format) {
    case OutputFormat::kTable: return FormatTable(result);
    case OutputFormat::kJson: return FormatJson(result);
    case OutputFormat::kCsv: return FormatCsv(result);
    case OutputFormat::kDot: return FormatDot(result);
  }
  return "";
}

}  // namespace kg::query
