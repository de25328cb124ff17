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

#include "graph/graph_types.h"
#include "graph/subgraph.h"
#include "schema/status.h"

namespace kg::graph {

class KnowledgeGraph;

enum class ExportFormat { kDot, kSvg, kPng, kGraphml, kNtriples, kJson, kNeo4j, kJsonl };
std::optional<ExportFormat> ParseExportFormat(std::string_view name);

// An evidence sentence for an edge's tooltip, or "" for none.
using EdgeSentence = std::function<std::string(EdgeId)>;

void WriteDot(const KnowledgeGraph& graph, const Subgraph& part, const EdgeSentence& sentence, std::ostream& out);
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
