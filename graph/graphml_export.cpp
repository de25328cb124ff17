// GraphML through boost::write_graphml: typed attributes that Gephi and
// yEd read as node and edge columns.
// GCC 12 reports a false "maybe uninitialized" inside Boost's
// adjacency_list edge iterator (a boost::optional it always sets first).
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"

#include <boost/graph/graphml.hpp>

#include "graph/export_graph.h"
#include "graph/exporters.h"

namespace kg::graph {

void WriteGraphml(const KnowledgeGraph& graph, const Subgraph& part, std::ostream& out) {
  ExportGraph g = MakeExportGraph(graph, part);
  boost::dynamic_properties dp;
  dp.property("name", boost::get(&ExportVertex::name, g));
  dp.property("type", boost::get(&ExportVertex::type, g));
  dp.property("code", boost::get(&ExportVertex::code, g));
  dp.property("sector", boost::get(&ExportVertex::sector, g));
  dp.property("entity_id", boost::get(&ExportVertex::entity_id, g));
  dp.property("predicate", boost::get(&ExportEdge::predicate, g));
  dp.property("category", boost::get(&ExportEdge::category, g));
  dp.property("stance", boost::get(&ExportEdge::stance, g));
  dp.property("evidence_count", boost::get(&ExportEdge::evidence_count, g));
  dp.property("negated", boost::get(&ExportEdge::negated, g));
  dp.property("triple_id", boost::get(&ExportEdge::triple_id, g));
  dp.property("first_date", boost::get(&ExportEdge::first_date, g));
  dp.property("last_date", boost::get(&ExportEdge::last_date, g));
  boost::write_graphml(out, g, boost::get(boost::vertex_index, g), dp, /*ordered_vertices=*/true);
}

}  // namespace kg::graph
