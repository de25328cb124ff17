// ExportOutput: how kg export and kg neighbours write what they export, so
// both behave alike: text to --out or standard output, and pictures (DOT,
// SVG, PNG) titled, with a legend, and with a warning on stderr when they
// are too large to read (graph::kReadablePicture) that names the options
// which would make them smaller.
#pragma once

#include <string>
#include <string_view>

#include "graph/exporters.h"
#include "graph/subgraph.h"
#include "schema/status.h"

namespace kg {
class Store;
}

namespace kg::cli {

// Writes `text` to `out_path`, or to standard output when it is empty.
Status WriteExportText(const std::string& text, const std::string& out_path);

// Draws `part` as DOT (format dot), or renders it with Graphviz (svg, png),
// to `out_path` or standard output. Warns when the picture is larger than
// one can read; `smaller` says how to make it smaller ("--around ENTITY
// --depth 1, or --top 50").
Status WritePicture(const graph::KnowledgeGraph& graph, const graph::Subgraph& part,
                    const graph::EdgeSentence& sentence, const graph::DotOptions& options,
                    graph::ExportFormat format, const std::string& out_path, std::string_view smaller);

// The picture's name for the date filters --since and --until, when given.
void AddDateCaption(const std::string& since, const std::string& until, graph::DotOptions& options);

// What `kg export` and the REPL's :export write, and where.
struct ExportRequest {
  graph::ExportFormat format = graph::ExportFormat::kDot;
  std::string out;  // file (a folder for neo4j); empty = standard output
  std::string base = "http://example.org/kg/";  // of N-Triples IRIs
  graph::DotOptions picture;  // title, legend, what a picture leaves out
  std::string_view smaller;   // how to make an unreadable picture smaller
};

// Writes `part` of `graph` in `request.format`: the one path from a
// selected part to bytes, so `kg export` and :export write the same files.
Status WriteExport(Store& store, const graph::KnowledgeGraph& graph, const graph::Subgraph& part,
                   const ExportRequest& request);

}  // namespace kg::cli
