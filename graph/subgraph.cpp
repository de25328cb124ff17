#include "graph/subgraph.h"

#include <algorithm>
#include <numeric>

#include "graph/knowledge_graph.h"

namespace kg::graph {
namespace {

template <typename T>
void SortUnique(std::vector<T>& v) {
  std::sort(v.begin(), v.end());
  v.erase(std::unique(v.begin(), v.end()), v.end());
}

}  // namespace

Subgraph WholeGraph(const KnowledgeGraph& graph, bool include_negated, DateWindow dates) {
  Subgraph s;
  s.vertices.resize(graph.num_vertices());
  std::iota(s.vertices.begin(), s.vertices.end(), 0);
  s.edges.reserve(graph.num_edges());
  for (EdgeId e = 0; e < graph.num_edges(); ++e) {
    if (graph.Selected(e, include_negated) && dates.Contains(graph.edge(e))) s.edges.push_back(e);
  }
  return s;
}

Subgraph InducedSubgraph(const KnowledgeGraph& graph, std::vector<VertexId> vertices, const TraversalFilter& filter) {
  Subgraph s;
  SortUnique(vertices);
  s.vertices = std::move(vertices);
  const CompiledFilter compiled(graph, filter);
  for (VertexId u : s.vertices) {
    graph.ForEachIncidence(u, Direction::kOut, [&](const Incidence& inc) {
      if (std::binary_search(s.vertices.begin(), s.vertices.end(), inc.neighbour) &&
          compiled.AllowsEdge(graph.edge(inc.edge))) {
        s.edges.push_back(inc.edge);
      }
    });
  }
  SortUnique(s.edges);
  return s;
}

Subgraph MostLinked(const KnowledgeGraph& graph, const Subgraph& part, size_t n) {
  if (n == 0 || n >= part.vertices.size()) return part;
  auto local = [&](VertexId v) {
    return static_cast<size_t>(std::lower_bound(part.vertices.begin(), part.vertices.end(), v) -
                               part.vertices.begin());
  };
  std::vector<size_t> degree(part.vertices.size(), 0);
  for (EdgeId e : part.edges) {
    ++degree[local(graph.source(e))];
    ++degree[local(graph.target(e))];
  }
  std::vector<size_t> order(part.vertices.size());
  std::iota(order.begin(), order.end(), size_t{0});
  // Local numbers follow vertex ids, so a stable sort breaks ties by id.
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return degree[a] > degree[b]; });
  Subgraph s;
  for (size_t i = 0; i < n; ++i) s.vertices.push_back(part.vertices[order[i]]);
  SortUnique(s.vertices);
  auto kept = [&](VertexId v) { return std::binary_search(s.vertices.begin(), s.vertices.end(), v); };
  for (EdgeId e : part.edges) {
    if (kept(graph.source(e)) && kept(graph.target(e))) s.edges.push_back(e);
  }
  return s;
}

Subgraph PathsSubgraph(const std::vector<Path>& paths) {
  Subgraph s;
  for (const Path& p : paths) {
    s.vertices.push_back(p.start);
    for (const PathStep& step : p.steps) {
      s.vertices.push_back(step.to);
      s.edges.push_back(step.edge);
    }
  }
  SortUnique(s.vertices);
  SortUnique(s.edges);
  return s;
}

}  // namespace kg::graph
