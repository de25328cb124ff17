#include "kg/export_output.h"

#include <fmt/format.h>

#include <cstdio>
#include <fstream>
#include <sstream>

#include "kg/command_context.h"

namespace kg::cli {

Status WriteExportText(const std::string& text, const std::string& out_path) {
  if (out_path.empty()) {
    std::fwrite(text.data(), 1, text.size(), stdout);
    return Status::Ok();
  }
  std::ofstream file(out_path, std::ios::binary);
  file << text;
  file.close();
  if (!file) return Status::IOError(out_path + ": cannot write");
  return Status::Ok();
}

Status WritePicture(const graph::KnowledgeGraph& graph, const graph::Subgraph& part,
                    const graph::EdgeSentence& sentence, const graph::DotOptions& options,
                    graph::ExportFormat format, const std::string& out_path, std::string_view smaller) {
  std::ostringstream text;
  const graph::DotSummary drawn = graph::WriteDot(graph, part, sentence, options, text);
  // DOT too: it is drawn later, by Graphviz or an editor, no more readably.
  if (!graph::Readable(drawn)) {
    CommandContext::Warn(fmt::format(
        "the picture has {} entities and {} relations, more than one can read (about {} entities or {} "
        "relations) and Graphviz may take minutes to draw it; for a smaller one give {}",
        drawn.entities, drawn.relations, graph::kReadablePicture.entities, graph::kReadablePicture.relations,
        smaller));
  }
  if (format == graph::ExportFormat::kDot) return WriteExportText(text.str(), out_path);
  return graph::RenderDot(text.str(), format == graph::ExportFormat::kSvg ? "svg" : "png", out_path);
}

void AddDateCaption(const std::string& since, const std::string& until, graph::DotOptions& options) {
  if (!since.empty()) options.filters.push_back("since " + since);
  if (!until.empty()) options.filters.push_back("until " + until);
}

}  // namespace kg::cli
