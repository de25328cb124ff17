#include "kg/export_output.h"

#include <fmt/format.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <cstdio>
#include <fstream>
#include <sstream>
#include <unordered_set>

#include "graph/knowledge_graph.h"
#include "kg/command_context.h"
#include "schema/evidence_reader.h"

namespace kg::cli {

namespace {

using namespace kg::graph;

// One JSON object per evidence row of each exported triple.
Status WriteJsonl(Store& store, const KnowledgeGraph& g, const Subgraph& part, std::ostream& out) {
  std::unordered_set<int64_t> wanted;
  bool everything = part.edges.size() == g.num_edges();
  if (!everything) {
    for (EdgeId e : part.edges) wanted.insert(g.edge(e).triple_id);
  }
  return ForEachEvidenceLine(store, graph::TripleLevelName(g.level()), [&](const EvidenceLine& line) {
    if (!everything && !wanted.count(line.triple_id)) return;
    rapidjson::StringBuffer buffer;
    rapidjson::Writer<rapidjson::StringBuffer> w(buffer);
    auto text = [&](const char* key, const std::optional<std::string>& value) {
      w.Key(key);
      if (value) w.String(value->c_str(), static_cast<rapidjson::SizeType>(value->size()));
      else w.Null();
    };
    w.StartObject();
    w.Key("triple_id");
    w.Int64(line.triple_id);
    text("doc_id", line.doc_key);
    text("subject", line.subject);
    text("subject_code", line.subject_code);
    text("predicate", line.predicate);
    text("category", line.category);
    text("object", line.object);
    text("object_code", line.object_code);
    w.Key("negated");
    w.Bool(line.negated);
    text("sentence", line.sentence);
    text("phrase", line.phrase);
    text("date", line.date);
    text("source", line.source);
    text("rule", line.rule);
    text("modality", line.modality);
    text("frame", line.frame);
    w.EndObject();
    out << buffer.GetString() << '\n';
  });
}

}  // namespace

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

Status WriteExport(Store& store, const graph::KnowledgeGraph& graph, const graph::Subgraph& part,
                   const ExportRequest& request) {
  using graph::ExportFormat;
  if (request.format == ExportFormat::kNeo4j) return graph::WriteNeo4jCsv(graph, part, request.out);
  std::ostringstream text;
  switch (request.format) {
    case ExportFormat::kDot:
    case ExportFormat::kSvg:
    case ExportFormat::kPng: {
      KG_ASSIGN_OR_RETURN(auto evidence, EvidenceReader::Create(store));
      Status status = Status::Ok();
      graph::EdgeSentence sentence = [&](graph::EdgeId e) -> std::string {
        auto rows = evidence->ForTriple(graph.edge(e).triple_id, 1);
        if (!rows.ok()) {
          if (status.ok()) status = rows.status();
          return "";
        }
        return rows->empty() ? "" : (*rows)[0].sentence;
      };
      Status written = WritePicture(graph, part, sentence, request.picture, request.format, request.out,
                                    request.smaller);
      KG_RETURN_IF_ERROR(status);
      return written;
    }
    case ExportFormat::kGraphml: graph::WriteGraphml(graph, part, text); break;
    case ExportFormat::kNtriples: graph::WriteNtriples(graph, part, request.base, text); break;
    case ExportFormat::kJson: graph::WriteJson(graph, part, text); break;
    case ExportFormat::kJsonl: KG_RETURN_IF_ERROR(WriteJsonl(store, graph, part, text)); break;
    case ExportFormat::kNeo4j: break;
  }
  return WriteExportText(text.str(), request.out);
}

}  // namespace kg::cli
