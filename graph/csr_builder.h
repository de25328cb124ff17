// CsrBuilder: fills the Boost bidirectional CSR of a KnowledgeGraph from
// edges streamed in triple-id order, by counting sorts only.
//
// Bulk imports store triples sorted by subject, so edges usually arrive in
// CSR order already: the out-edge arrays are then the input arrays
// themselves (moved, never copied) and one counting sort builds the in-edge
// arrays. Edges in any other order (documents ingested one by one) take a
// stable counting sort by subject first. Either way there is no comparison
// sort, no per-edge allocation and no second copy of the 24-byte EdgeInfos
// when the input is sorted, which is what Boost's own constructor costs
// (it sorts out-edges, then rebuilds in-edges through its edge iterators).
//
// The result is the same graph as Boost's constructor would build: out-edges
// by subject then input order, in-edges by object then edge id.
#pragma once

#include <boost/graph/compressed_sparse_row_graph.hpp>

#include <cstddef>
#include <vector>

#include "graph/graph_types.h"

namespace kg::graph {

using CsrGraph = boost::compressed_sparse_row_graph<boost::bidirectionalS, boost::no_property,
                                                    EdgeInfo, boost::no_property, VertexId, EdgeId>;

class CsrBuilder {
 public:
  // `expected_edges` sizes the buffers (an upper bound is fine: pages never
  // written cost no memory).
  CsrBuilder(VertexId num_vertices, size_t expected_edges);

  // Endpoints must be < num_vertices.
  void Add(VertexId source, VertexId target, const EdgeInfo& info) {
    if (source < last_source_) sorted_ = false;
    last_source_ = source;
    sources_.push_back(source);
    targets_.push_back(target);
    infos_.push_back(info);
  }
  size_t size() const { return sources_.size(); }

  // Adds the edges of `other` after these (for edges read in id ranges by
  // several threads); `other` is empty afterwards.
  void Append(CsrBuilder&& other);

  // Moves the edges into `csr`; the builder is empty afterwards.
  void BuildInto(CsrGraph& csr);

 private:
  void SortBySource();

  VertexId num_vertices_;
  bool sorted_ = true;
  VertexId last_source_ = 0;
  std::vector<VertexId> sources_;
  std::vector<VertexId> targets_;
  std::vector<EdgeInfo> infos_;
};

}  // namespace kg::graph
