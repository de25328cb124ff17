// ExportGraph: a subgraph copied into a Boost adjacency_list with string
// properties, the form boost::write_graphviz / write_graphml (and
// read_graphml, in tests) work on. Only for exports: it costs a few strings
// per edge, which the snapshot itself never does.
#pragma once

#include <boost/graph/adjacency_list.hpp>

#include <string>

#include "graph/subgraph.h"

namespace kg::graph {

class KnowledgeGraph;

struct ExportVertex {
  std::string name;
  std::string type;
  std::string code;
  std::string sector;
  long entity_id = 0;
};

struct ExportEdge {
  std::string predicate;
  std::string category;
  std::string stance;  // cooperation | conflict | neutral
  long evidence_count = 0;
  bool negated = false;
  long triple_id = 0;
  std::string first_date;  // YYYY-MM-DD or empty
  std::string last_date;
};

using ExportGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS, ExportVertex, ExportEdge>;

ExportGraph MakeExportGraph(const KnowledgeGraph& graph, const Subgraph& part);

// YYYYMMDD -> "YYYY-MM-DD"; "" for 0.
std::string FormatDay(int32_t day);

}  // namespace kg::graph
