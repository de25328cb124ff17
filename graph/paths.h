// Paths between two vertices: one shortest, all shortest, or every simple
// path up to a number of hops. Searches are bounded by `max_hops` and
// enumerations by `limit`, so a query on a hub never hangs.
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include "graph/graph_types.h"
#include "graph/search_workspace.h"
#include "graph/traversal_filter.h"
#include "graph/work_budget.h"
#include "schema/status.h"

namespace kg::graph {

class KnowledgeGraph;

// One hop: `from` -> `to` over `edge`; `forward` is true when the edge's
// subject is `from` (false: the hop walks the edge against its direction).
struct PathStep {
  EdgeId edge;
  VertexId from;
  VertexId to;
  bool forward;
};

struct Path {
  VertexId start = kNoVertex;
  std::vector<PathStep> steps;
  size_t hops() const { return steps.size(); }
  VertexId end() const { return steps.empty() ? start : steps.back().to; }
};

struct PathOptions {
  TraversalFilter filter;
  int max_hops = 6;       // no path longer than this is searched for (1..255)
  size_t limit = 1000;    // most paths an enumeration returns
  // Most vertex expansions of a simple-path enumeration before it gives up.
  size_t max_expansions = 20'000'000;
  // Deadline, Ctrl-C and progress of the simple-path enumeration, the one
  // search here that can run for minutes (the others are bounded BFS);
  // null = no budget. Progress counts search steps of max_expansions.
  const WorkBudget* budget = nullptr;
};

// A shortest path, or nullopt when none of at most max_hops exists.
// Bidirectional BFS expanding the side whose frontier has the smaller
// degree sum; it keeps distances only, and the path is rebuilt from them
// after the sides meet, each hop through the first edge (out-edges first,
// in edge order) back to a vertex one hop nearer its end. `workspace` may
// be reused across calls (faster); pass one built for the same graph.
Result<std::optional<Path>> ShortestPath(const KnowledgeGraph& graph, VertexId from, VertexId to,
                                         const PathOptions& options, SearchWorkspace* workspace = nullptr);

// Only the length (-1 when no path of at most max_hops): the same search
// as ShortestPath without the rebuild.
Result<int> ShortestPathLength(const KnowledgeGraph& graph, VertexId from, VertexId to,
                               const PathOptions& options, SearchWorkspace* workspace = nullptr);
// Undirected over asserted edges, no other filter, no options to check
// (the benchmark's `sp`).
int ShortestPathLength(const KnowledgeGraph& graph, VertexId from, VertexId to, int max_hops,
                       SearchWorkspace& workspace);

// Every shortest path (empty when none within max_hops). More than
// options.limit paths is a LimitExceeded error that says how to narrow it.
// `workspace` as for ShortestPath.
Result<std::vector<Path>> AllShortestPaths(const KnowledgeGraph& graph, VertexId from, VertexId to,
                                           const PathOptions& options, SearchWorkspace* workspace = nullptr);

// Every simple path (no repeated vertex) of 1..max_hops hops, shortest
// first, then in edge order. LimitExceeded when more than options.limit
// paths exist or the search needs more than max_expansions steps.
Result<std::vector<Path>> SimplePaths(const KnowledgeGraph& graph, VertexId from, VertexId to,
                                      const PathOptions& options);

}  // namespace kg::graph
