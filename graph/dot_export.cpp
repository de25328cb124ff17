// GraphViz DOT through boost::write_graphviz, with property writers that
// style vertices by entity type and edges by stance and evidence.
// GCC 12 reports a false "maybe uninitialized" inside Boost's
// adjacency_list edge iterator (a boost::optional it always sets first).
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"

#include <boost/graph/graphviz.hpp>
#include <fmt/format.h>

#include <cmath>

#include "graph/export_graph.h"
#include "graph/exporters.h"
#include "graph/knowledge_graph.h"

namespace kg::graph {
namespace {

// A DOT double-quoted string. Backslashes are doubled so that names never
// turn into GraphViz escapes such as \N or \l.
std::string Quote(std::string_view text) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '"' || c == '\\') out += '\\';
    if (c == '\n' || c == '\r') {
      out += ' ';
      continue;
    }
    out += c;
  }
  return out + "\"";
}

struct TypeStyle {
  const char* shape;
  const char* fill;
};

TypeStyle StyleOf(std::string_view type) {
  if (type == "country") return {"box", "#8dd3c7"};
  if (type == "person") return {"ellipse", "#ffffb3"};
  if (type == "organization") return {"hexagon", "#bebada"};
  if (type == "location") return {"house", "#fdb462"};
  return {"ellipse", "#d9d9d9"};
}

constexpr const char* kNegatedColour = "#969696";

const char* ColourOf(std::string_view stance) {
  if (stance == "cooperation") return "#1a9850";
  if (stance == "conflict") return "#d73027";
  return "#636363";
}

class VertexWriter {
 public:
  explicit VertexWriter(const ExportGraph& g) : g_(g) {}
  void operator()(std::ostream& out, ExportGraph::vertex_descriptor v) const {
    const ExportVertex& p = g_[v];
    TypeStyle style = StyleOf(p.type);
    std::string tooltip = p.type + (p.code.empty() ? "" : " " + p.code) + (p.sector.empty() ? "" : " " + p.sector);
    out << "[label=" << Quote(p.name) << ", shape=" << style.shape << ", fillcolor=" << Quote(style.fill)
        << ", tooltip=" << Quote(tooltip) << "]";
  }

 private:
  const ExportGraph& g_;
};

class EdgeWriter {
 public:
  EdgeWriter(const ExportGraph& g, std::vector<std::string> tooltips) : g_(g), tooltips_(std::move(tooltips)) {}
  void operator()(std::ostream& out, ExportGraph::edge_descriptor e) const {
    const ExportEdge& p = g_[e];
    // Width grows with the log of the evidence: 1 mention = 1, 100 = 5.
    double width = 1.0 + std::log10(static_cast<double>(std::max(1L, p.evidence_count))) * 2.0;
    std::string label = (p.negated ? "not " : "") + p.predicate;
    const std::string& tooltip = tooltips_[index_++];
    // A negated relation is no cooperation (nor conflict): grey and dashed.
    const char* colour = p.negated ? kNegatedColour : ColourOf(p.stance);
    out << "[label=" << Quote(label) << ", color=" << Quote(colour)
        << ", penwidth=" << fmt::format("{:.2f}", std::min(width, 8.0));
    if (p.negated) out << ", style=dashed";
    out << ", tooltip=" << Quote(tooltip.empty() ? label : tooltip) << "]";
  }

 private:
  const ExportGraph& g_;
  std::vector<std::string> tooltips_;  // in the order write_graphviz visits edges
  mutable size_t index_ = 0;
};

struct GraphWriter {
  void operator()(std::ostream& out) const {
    out << "rankdir=LR;\n"
        << "node [style=filled, fontname=\"Helvetica\"];\n"
        << "edge [fontname=\"Helvetica\", fontsize=10];\n";
  }
};

}  // namespace

void WriteDot(const KnowledgeGraph& graph, const Subgraph& part, const EdgeSentence& sentence, std::ostream& out) {
  ExportGraph g = MakeExportGraph(graph, part);
  // write_graphviz visits edges vertex by vertex, each vertex's in insertion
  // order. Edge ids are ordered by source (CSR), and local vertex numbers
  // keep the order of ids, so that is exactly the order of part.edges.
  std::vector<std::string> tooltips;
  tooltips.reserve(part.edges.size());
  for (EdgeId e : part.edges) tooltips.push_back(sentence ? sentence(e) : "");
  boost::write_graphviz(out, g, VertexWriter(g), EdgeWriter(g, std::move(tooltips)), GraphWriter());
}

}  // namespace kg::graph
