// Exports of a (sub)graph: GraphViz DOT (and SVG/PNG through `dot`),
// GraphML, N-Triples, JSON node-link, and the CSV files of
// `neo4j-admin database import`. Every writer is deterministic: vertices
// and edges go out in id order, so the same graph gives the same bytes.
#pragma once

#include <functional>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "graph/graph_types.h"
#include "graph/subgraph.h"
#include "schema/status.h"

namespace kg::graph {

class KnowledgeGraph;

enum class ExportFormat { kDot, kSvg, kPng, kGraphml, kNtriples, kJson, kNeo4j, kJsonl };
std::optional<ExportFormat> ParseExportFormat(std::string_view name);

// An evidence sentence for an edge's tooltip, or "" for none.
using EdgeSentence = std::function<std::string(EdgeId)>;

// What a DOT picture says about itself and what it leaves out.
struct DotOptions {
  // The part of the graph, in words, for the title ("around Israel, depth
  // 1"); empty for the whole graph.
  std::string part;
  // The filters in force, each in words ("since 2024-01-01").
  std::vector<std::string> filters;
  // Leave out the vertices no edge of the part touches: the actor-level
  // picture of a corpus is otherwise mostly entities without an actor-level
  // relation. `keep` is shown all the same (the entity an export is around).
  bool leave_out_unlinked = false;
  std::optional<VertexId> keep;
  // The title (level, part, filters, counts) and the legend (entity types,
  // stance colours, negated edges, edge width) on the picture itself.
  bool caption = true;
};

// What WriteDot drew.
struct DotSummary {
  size_t entities = 0;   // vertices drawn
  size_t relations = 0;  // edges drawn
  size_t left_out = 0;   // vertices without an edge left out
};

DotSummary WriteDot(const KnowledgeGraph& graph, const Subgraph& part, const EdgeSentence& sentence,
                    const DotOptions& options, std::ostream& out);
// With default options: a title and a legend, every vertex of `part` drawn.
void WriteDot(const KnowledgeGraph& graph, const Subgraph& part, const EdgeSentence& sentence, std::ostream& out);

// The largest picture one can still read. Measured with Graphviz's `dot`
// (Debian 12) on random graphs of two relations per entity (docs/graph.md):
// 50 entities give a PNG of 9738x1521 pixels in 1 s, 100 13314x3761 in
// 3 s, 150 21567x4279 in 10 s, and 300 reach PNG's 32767-pixel limit (dot
// scales the picture down) after 3 minutes. Past 100 entities names are
// only readable zoomed in, and the wait grows faster than the graph.
struct ReadableSize {
  size_t entities;
  size_t relations;
};
inline constexpr ReadableSize kReadablePicture{100, 200};
bool Readable(const DotSummary& drawn, ReadableSize limit = kReadablePicture);
void WriteGraphml(const KnowledgeGraph& graph, const Subgraph& part, std::ostream& out);
// IRIs: <base>entity/<name>, <base>relation/<predicate>, <base>type/<type>,
// names percent-encoded; negated triples use relation/not_<predicate>.
void WriteNtriples(const KnowledgeGraph& graph, const Subgraph& part, const std::string& base_iri,
                   std::ostream& out);
void WriteJson(const KnowledgeGraph& graph, const Subgraph& part, std::ostream& out);
// Writes `folder`/nodes.csv and `folder`/relationships.csv (the folder is
// created when missing).
Status WriteNeo4jCsv(const KnowledgeGraph& graph, const Subgraph& part, const std::string& folder);

// Runs Graphviz `dot -T<format>` on `dot_text`, writing to `out_path`, or
// to standard output when it is empty. A clear error when `dot` is missing.
Status RenderDot(const std::string& dot_text, std::string_view format, const std::string& out_path);

}  // namespace kg::graph
