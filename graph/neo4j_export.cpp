// The two CSV files of `neo4j-admin database import full --nodes=nodes.csv
// --relationships=relationships.csv`.
#include <filesystem>
#include <fstream>

#include "graph/export_graph.h"
#include "graph/exporters.h"
#include "graph/knowledge_graph.h"

namespace kg::graph {
namespace {

std::string Csv(std::string_view text) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

std::string Capitalised(std::string_view type) {
  std::string out(type);
  if (!out.empty()) out[0] = static_cast<char>(out[0] - 'a' + 'A');
  return out;
}

}  // namespace

Status WriteNeo4jCsv(const KnowledgeGraph& graph, const Subgraph& part, const std::string& folder) {
  std::error_code ec;
  std::filesystem::create_directories(folder, ec);
  if (ec) return Status::IOError(folder + ": cannot create the folder (" + ec.message() + ")");
  std::ofstream nodes(folder + "/nodes.csv");
  std::ofstream rels(folder + "/relationships.csv");
  if (!nodes || !rels) return Status::IOError(folder + ": cannot write the CSV files");
  nodes << "entity_id:ID,name,type,code,sector,:LABEL\n";
  for (VertexId v : part.vertices) {
    nodes << graph.entity_id(v) << ',' << Csv(graph.name(v)) << ',' << EntityTypeName(graph.type(v)) << ','
          << Csv(graph.code(v)) << ',' << Csv(graph.sector(v)) << ",Entity;"
          << Capitalised(EntityTypeName(graph.type(v))) << '\n';
  }
  rels << ":START_ID,:END_ID,:TYPE,triple_id:long,category,stance,evidence_count:int,negated:boolean,"
          "first_date,last_date\n";
  for (EdgeId e : part.edges) {
    const EdgeInfo& info = graph.edge(e);
    const Predicate& p = graph.predicate(info.predicate);
    rels << graph.entity_id(graph.source(e)) << ',' << graph.entity_id(graph.target(e)) << ',' << Csv(p.name) << ','
         << info.triple_id << ',' << Csv(p.category) << ',' << StanceName(p.stance) << ',' << info.evidence_count
         << ',' << (info.negated ? "true" : "false") << ',' << FormatDay(info.first_day) << ','
         << FormatDay(info.last_day) << '\n';
  }
  nodes.close();
  rels.close();
  if (!nodes || !rels) return Status::IOError(folder + ": writing the CSV files failed");
  return Status::Ok();
}

}  // namespace kg::graph
