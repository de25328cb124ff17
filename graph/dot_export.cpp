// GraphViz DOT through boost::write_graphviz, with property writers that
// style vertices by entity type and edges by stance and evidence
// (graph/dot_style.h), a title saying what the picture shows and a legend
// saying what its shapes, colours and widths mean: a picture passed around
// without the command that made it must still be readable.
// GCC 12 reports a false "maybe uninitialized" inside Boost's
// adjacency_list edge iterator (a boost::optional it always sets first).
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"

#include <boost/graph/graphviz.hpp>
#include <fmt/format.h>

#include <algorithm>

#include "graph/dot_style.h"
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

std::string RelationLabel(const ExportEdge& p) { return (p.negated ? "not " : "") + p.predicate; }

class VertexWriter {
 public:
  explicit VertexWriter(const ExportGraph& g) : g_(g) {}
  void operator()(std::ostream& out, ExportGraph::vertex_descriptor v) const {
    const ExportVertex& p = g_[v];
    const TypeStyle& style = StyleOfTypeName(p.type);
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
    std::string label = RelationLabel(p);
    const std::string& tooltip = tooltips_[index_++];
    const char* colour = p.negated ? kNegatedColour : StyleOfStanceName(p.stance).colour;
    out << "[label=" << Quote(label) << ", color=" << Quote(colour)
        << ", penwidth=" << fmt::format("{:.2f}", EdgeWidth(p.evidence_count));
    if (p.negated) out << ", style=dashed";
    out << ", tooltip=" << Quote(tooltip.empty() ? label : tooltip) << "]";
  }

 private:
  const ExportGraph& g_;
  std::vector<std::string> tooltips_;  // in the order write_graphviz visits edges
  mutable size_t index_ = 0;
};

// "1 entity" / "2 entities".
std::string Count(size_t n, std::string_view one, std::string_view many) {
  return fmt::format("{} {}", n, n == 1 ? one : many);
}

// "actor-level relations around Israel, depth 1; since 2024-01-01: 3
// entities, 2 relations (5 entities with no actor relation here left out)".
std::string Title(const KnowledgeGraph& graph, const DotOptions& options, const DotSummary& drawn) {
  const std::string level = std::string(TripleLevelName(graph.level())) + "-level relations";
  std::string title = level;
  if (!options.part.empty()) title += " " + options.part;
  for (size_t i = 0; i < options.filters.size(); ++i) title += (i ? ", " : "; ") + options.filters[i];
  title += ": " + Count(drawn.entities, "entity", "entities") + ", " +
           Count(drawn.relations, "relation", "relations");
  if (drawn.left_out > 0) {
    title += fmt::format(" ({} with no {} relation here left out)", Count(drawn.left_out, "entity", "entities"),
                         TripleLevelName(graph.level()));
  }
  return title;
}

// The legend: a cluster of one node per entity type and one short edge per
// stance (and for negated relations when the picture has some), with a note
// on edge width. Node names start with "legend_": the graph's own nodes
// are numbers.
void WriteLegend(std::ostream& out, bool negated_shown) {
  out << "subgraph cluster_legend {\n"
      << "label=\"Legend\"; labelloc=t; fontsize=12; style=rounded; color=\"#bdbdbd\";\n"
      << "node [fontsize=10]; edge [fontsize=9];\n";
  for (const TypeStyle& t : TypeStyles()) {
    std::string_view name = EntityTypeName(t.type);
    out << "legend_" << name << " [label=" << Quote(name) << ", shape=" << t.shape
        << ", fillcolor=" << Quote(t.fill) << "];\n";
  }
  auto sample_edge = [&](std::string_view id, std::string_view label, const char* colour, const char* extra) {
    out << "legend_" << id << "_a [label=\"\", shape=point, width=0.05];\n"
        << "legend_" << id << "_b [label=\"\", shape=point, width=0.05];\n"
        << "legend_" << id << "_a -> legend_" << id << "_b [label=" << Quote(label) << ", color=" << Quote(colour)
        << extra << "];\n";
  };
  for (const StanceStyle& s : StanceStyles()) sample_edge(StanceName(s.stance), s.meaning, s.colour, "");
  if (negated_shown) sample_edge("negated", "not ... (negated)", kNegatedColour, ", style=dashed");
  out << "legend_width [label=" << Quote(kEdgeWidthMeaning) << ", shape=plaintext, style=\"\"];\n"
      << "}\n";
}

struct GraphWriter {
  std::string title;  // empty: none, and no legend
  bool negated_shown = false;
  void operator()(std::ostream& out) const {
    out << "rankdir=LR;\n";
    if (!title.empty()) out << "label=" << Quote(title) << "; labelloc=t; fontsize=16; fontname=\"Helvetica\";\n";
    out << "node [style=filled, fontname=\"Helvetica\"];\n"
        << "edge [fontname=\"Helvetica\", fontsize=10];\n";
    if (!title.empty()) WriteLegend(out, negated_shown);
  }
};

// `part` without the vertices none of its edges touches, but `keep`.
Subgraph LinkedOnly(const KnowledgeGraph& graph, const Subgraph& part, std::optional<VertexId> keep) {
  std::vector<VertexId> linked;
  linked.reserve(2 * part.edges.size() + 1);
  for (EdgeId e : part.edges) {
    linked.push_back(graph.source(e));
    linked.push_back(graph.target(e));
  }
  if (keep && std::binary_search(part.vertices.begin(), part.vertices.end(), *keep)) linked.push_back(*keep);
  std::sort(linked.begin(), linked.end());
  linked.erase(std::unique(linked.begin(), linked.end()), linked.end());
  return Subgraph{std::move(linked), part.edges};
}

}  // namespace

DotSummary WriteDot(const KnowledgeGraph& graph, const Subgraph& part, const EdgeSentence& sentence,
                    const DotOptions& options, std::ostream& out) {
  const Subgraph drawn_part = options.leave_out_unlinked ? LinkedOnly(graph, part, options.keep) : part;
  DotSummary drawn{drawn_part.vertices.size(), drawn_part.edges.size(),
                   part.vertices.size() - drawn_part.vertices.size()};
  ExportGraph g = MakeExportGraph(graph, drawn_part);
  // write_graphviz visits edges vertex by vertex, each vertex's in insertion
  // order. Edge ids are ordered by source (CSR), and local vertex numbers
  // keep the order of ids, so that is exactly the order of part.edges.
  std::vector<std::string> tooltips;
  tooltips.reserve(drawn_part.edges.size());
  for (EdgeId e : drawn_part.edges) tooltips.push_back(sentence ? sentence(e) : "");
  GraphWriter header;
  if (options.caption) {
    header.title = Title(graph, options, drawn);
    header.negated_shown = std::any_of(drawn_part.edges.begin(), drawn_part.edges.end(),
                                       [&](EdgeId e) { return graph.edge(e).negated != 0; });
  }
  boost::write_graphviz(out, g, VertexWriter(g), EdgeWriter(g, std::move(tooltips)), header);
  return drawn;
}

void WriteDot(const KnowledgeGraph& graph, const Subgraph& part, const EdgeSentence& sentence, std::ostream& out) {
  WriteDot(graph, part, sentence, DotOptions{}, out);
}

bool Readable(const DotSummary& drawn, ReadableSize limit) {
  return drawn.entities <= limit.entities && drawn.relations <= limit.relations;
}

}  // namespace kg::graph
