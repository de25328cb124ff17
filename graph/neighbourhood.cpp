#include "graph/neighbourhood.h"

#include <fmt/format.h>

#include <algorithm>
#include <memory>

#include "graph/knowledge_graph.h"
#include "graph/neighbour_steps.h"

namespace kg::graph {

namespace {

template <typename Steps>
Result<std::vector<ReachedVertex>> BreadthFirst(const KnowledgeGraph& graph, VertexId start,
                                                const NeighbourhoodOptions& options, const Steps& steps,
                                                SearchWorkspace& ws) {
  std::vector<ReachedVertex> reached;
  ws.NewEpoch();
  ws.MarkOnly(0, start);
  ws.frontier[0].assign(1, start);
  for (int level = 1; level <= options.depth && !ws.frontier[0].empty(); ++level) {
    ws.next.clear();
    for (VertexId u : ws.frontier[0]) {
      steps(u, options.filter.direction, [&](VertexId w) {
        if (ws.Seen(0, w)) return false;
        ws.MarkOnly(0, w);
        ws.next.push_back(w);
        reached.push_back(ReachedVertex{w, level});
        return false;
      });
      if (reached.size() > options.limit) {
        return Status::LimitExceeded(fmt::format(
            "more than {} entities within {} hops of '{}'; lower --depth, raise --limit, or narrow with "
            "--predicate / --type / --direction",
            options.limit, options.depth, graph.name(start)));
      }
    }
    ws.frontier[0].swap(ws.next);
  }
  return reached;
}

}  // namespace

Result<std::vector<ReachedVertex>> Neighbourhood(const KnowledgeGraph& graph, VertexId start,
                                                 const NeighbourhoodOptions& options,
                                                 SearchWorkspace* workspace) {
  if (start >= graph.num_vertices()) return Status::InvalidInput("start is not a vertex of the graph");
  if (options.depth < 0 || options.depth > 255) {
    return Status::InvalidInput(fmt::format("--depth must be between 0 and 255, not {}", options.depth));
  }
  std::unique_ptr<SearchWorkspace> owned;
  if (!workspace) {
    owned = std::make_unique<SearchWorkspace>(graph);
    workspace = owned.get();
  }
  const CompiledFilter filter(graph, options.filter);
  if (filter.unrestricted()) return BreadthFirst(graph, start, options, AnyNeighbour{graph}, *workspace);
  return BreadthFirst(graph, start, options, AllowedNeighbour{graph, filter, start, start}, *workspace);
}

namespace {

// Breadth-first over the undirected `steps` from `start` (marked already in
// the workspace's current epoch), up to `depth` hops; visit(v) once for each
// vertex reached, the start excluded.
template <typename Steps, typename Visit>
void VisitWithinHops(VertexId start, int depth, SearchWorkspace& ws, const Steps& steps, const Visit& visit) {
  ws.frontier[0].assign(1, start);
  for (int level = 1; level <= depth && !ws.frontier[0].empty(); ++level) {
    ws.next.clear();
    for (VertexId u : ws.frontier[0]) {
      steps(u, Direction::kBoth, [&](VertexId w) {
        if (!ws.Seen(0, w)) {
          ws.MarkOnly(0, w);
          ws.next.push_back(w);
          visit(w);
        }
        return false;
      });
    }
    ws.frontier[0].swap(ws.next);
  }
}

// VisitWithinHops over asserted edges: the raw neighbour arrays when the
// graph has no negated edges, else the filtered steps.
template <typename Visit>
void VisitAssertedWithinHops(const KnowledgeGraph& graph, VertexId start, int depth, SearchWorkspace& ws,
                             const Visit& visit) {
  if (graph.num_negated_edges() == 0) {
    VisitWithinHops(start, depth, ws, UndirectedNeighbour{graph}, visit);
    return;
  }
  const CompiledFilter filter(graph, TraversalFilter{});
  VisitWithinHops(start, depth, ws, AllowedNeighbour{graph, filter, start, start}, visit);
}

}  // namespace

size_t CountWithinHops(const KnowledgeGraph& graph, VertexId start, int depth, SearchWorkspace& ws) {
  ws.NewEpoch();
  ws.MarkOnly(0, start);
  size_t count = 0;
  if (depth == 2 && graph.num_negated_edges() == 0) {
    // The benchmark's hop2: one pass over the neighbours' lists, no second
    // frontier (the last level is only counted, never expanded).
    const uint32_t epoch = ws.epoch();
    uint32_t* const seen = ws.stamps(0);
    std::vector<VertexId>& first = ws.frontier[0];
    first.clear();
    for (VertexId w : graph.AllNeighbours(start)) {
      if (seen[w] != epoch) {
        seen[w] = epoch;
        first.push_back(w);
      }
    }
    count = first.size();
    for (VertexId u : first) {
      for (VertexId w : graph.AllNeighbours(u)) {
        if (seen[w] != epoch) {
          seen[w] = epoch;
          ++count;
        }
      }
    }
    return count;
  }
  VisitAssertedWithinHops(graph, start, depth, ws, [&](VertexId) { ++count; });
  return count;
}

size_t CountWithinHopsOfAny(const KnowledgeGraph& graph, std::vector<VertexId> starts, int depth,
                            SearchWorkspace& ws) {
  std::sort(starts.begin(), starts.end());
  starts.erase(std::unique(starts.begin(), starts.end()), starts.end());
  if (starts.empty()) return 0;
  if (starts.size() == 1) return CountWithinHops(graph, starts[0], depth, ws);
  // Each start's search marks its own visits in the workspace; what the
  // union has counted already is kept apart, across the searches.
  std::vector<bool> counted(graph.num_vertices(), false);
  size_t count = 0;
  for (VertexId start : starts) {
    ws.NewEpoch();
    ws.MarkOnly(0, start);
    VisitAssertedWithinHops(graph, start, depth, ws, [&](VertexId v) {
      if (!counted[v]) {
        counted[v] = true;
        ++count;
      }
    });
  }
  return count;
}

}  // namespace kg::graph
