#include "graph/components.h"

#include <boost/pending/disjoint_sets.hpp>

#include <algorithm>
#include <numeric>

#include "graph/knowledge_graph.h"

namespace kg::graph {
namespace {

constexpr const char* kWhat = "components";

// Checks the budget once every WorkBudget::kCheckEvery vertices of a pass;
// `done` counts vertices over both passes.
Status Checkpoint(const WorkBudget* budget, size_t done, size_t total) {
  if (!budget || done % WorkBudget::kCheckEvery != 0) return Status::Ok();
  KG_RETURN_IF_ERROR(budget->Check(kWhat));
  budget->Report(done, total);
  return Status::Ok();
}

}  // namespace

Result<Components> WeakComponents(const KnowledgeGraph& graph, bool include_negated, const WorkBudget* budget) {
  const size_t n = graph.num_vertices();
  const size_t total = 2 * n;
  std::vector<VertexId> parent(n);
  std::vector<uint8_t> rank(n, 0);
  std::iota(parent.begin(), parent.end(), 0);
  boost::disjoint_sets<uint8_t*, VertexId*> sets(rank.data(), parent.data());
  for (VertexId u = 0; u < n; ++u) {
    KG_RETURN_IF_ERROR(Checkpoint(budget, u, total));
    graph.ForEachIncidence(u, Direction::kOut, [&](const Incidence& inc) {
      if (graph.Selected(inc.edge, include_negated)) sets.union_set(u, inc.neighbour);
    });
  }
  // Group by representative, then number the groups by size.
  std::vector<uint32_t> group_of_root(n, UINT32_MAX);
  Components out;
  for (VertexId v = 0; v < n; ++v) {
    KG_RETURN_IF_ERROR(Checkpoint(budget, n + v, total));
    VertexId root = sets.find_set(v);
    if (group_of_root[root] == UINT32_MAX) {
      group_of_root[root] = static_cast<uint32_t>(out.members.size());
      out.members.emplace_back();
    }
    out.members[group_of_root[root]].push_back(v);
  }
  // Groups were opened in order of their smallest vertex, so a stable sort
  // by size breaks ties by smallest vertex id.
  std::stable_sort(out.members.begin(), out.members.end(),
                   [](const auto& a, const auto& b) { return a.size() > b.size(); });
  out.component_of.assign(n, 0);
  for (uint32_t c = 0; c < out.members.size(); ++c) {
    for (VertexId v : out.members[c]) out.component_of[v] = c;
  }
  return out;
}

Components WeakComponents(const KnowledgeGraph& graph, bool include_negated) {
  return WeakComponents(graph, include_negated, nullptr).value();
}

}  // namespace kg::graph
