#include "graph/csr_builder.h"

#include <utility>

namespace kg::graph {
namespace {

// counts[v + 1] = number of keys equal to v, turned into row starts.
std::vector<EdgeId> RowStarts(const std::vector<VertexId>& keys, VertexId num_vertices) {
  std::vector<EdgeId> starts(static_cast<size_t>(num_vertices) + 1, 0);
  for (VertexId k : keys) ++starts[k + 1];
  for (size_t v = 0; v < num_vertices; ++v) starts[v + 1] += starts[v];
  return starts;
}

}  // namespace

CsrBuilder::CsrBuilder(VertexId num_vertices, size_t expected_edges) : num_vertices_(num_vertices) {
  sources_.reserve(expected_edges);
  targets_.reserve(expected_edges);
  infos_.reserve(expected_edges);
}

void CsrBuilder::Append(CsrBuilder&& other) {
  if (other.sources_.empty()) return;
  if (!sources_.empty() && other.sources_.front() < last_source_) sorted_ = false;
  sorted_ = sorted_ && other.sorted_;
  last_source_ = other.last_source_;
  sources_.insert(sources_.end(), other.sources_.begin(), other.sources_.end());
  targets_.insert(targets_.end(), other.targets_.begin(), other.targets_.end());
  infos_.insert(infos_.end(), other.infos_.begin(), other.infos_.end());
  other = CsrBuilder(other.num_vertices_, 0);
}

void CsrBuilder::SortBySource() {
  std::vector<EdgeId> next = RowStarts(sources_, num_vertices_);
  std::vector<VertexId> targets(targets_.size());
  std::vector<EdgeInfo> infos(infos_.size());
  // Stable: edges of one source keep their input (triple id) order.
  for (size_t i = 0; i < sources_.size(); ++i) {
    EdgeId at = next[sources_[i]]++;
    targets[at] = targets_[i];
    infos[at] = infos_[i];
  }
  targets_ = std::move(targets);
  infos_ = std::move(infos);
  for (size_t v = 0, i = 0; v < num_vertices_; ++v) {
    for (EdgeId end = next[v]; i < end; ++i) sources_[i] = static_cast<VertexId>(v);
  }
  sorted_ = true;
}

void CsrBuilder::BuildInto(CsrGraph& csr) {
  if (!sorted_) SortBySource();
  csr = CsrGraph(num_vertices_);
  auto& out = csr.m_forward;
  out.m_rowstart = RowStarts(sources_, num_vertices_);
  out.m_column = std::move(targets_);
  out.m_edge_properties = std::move(infos_);

  // In-edges: a counting sort of the out-edges by target. Walking the
  // out-edges in edge order lists each vertex's in-edges by source, then
  // edge id, as Boost's own construction does.
  auto& in = csr.m_backward;
  in.m_rowstart = RowStarts(out.m_column, num_vertices_);
  const size_t m = out.m_column.size();
  in.m_column.resize(m);
  in.m_edge_properties.resize(m);
  std::vector<EdgeId> next(in.m_rowstart.begin(), in.m_rowstart.end() - 1);
  for (size_t e = 0; e < m; ++e) {
    EdgeId at = next[out.m_column[e]]++;
    in.m_column[at] = sources_[e];
    in.m_edge_properties[at] = static_cast<EdgeId>(e);
  }
  *this = CsrBuilder(num_vertices_, 0);
}

}  // namespace kg::graph
