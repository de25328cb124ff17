#include "graph/paths.h"

#include <fmt/format.h>

#include <algorithm>
#include <memory>

#include "graph/knowledge_graph.h"

namespace kg::graph {
namespace {

Direction Reverse(Direction d) {
  if (d == Direction::kOut) return Direction::kIn;
  if (d == Direction::kIn) return Direction::kOut;
  return Direction::kBoth;
}

Status CheckOptions(const KnowledgeGraph& graph, VertexId from, VertexId to, const PathOptions& options) {
  if (from >= graph.num_vertices() || to >= graph.num_vertices()) {
    return Status::InvalidInput("path endpoint is not a vertex of the graph");
  }
  if (options.max_hops < 1 || options.max_hops > 255) {
    return Status::InvalidInput(fmt::format("--max-hops must be between 1 and 255, not {}", options.max_hops));
  }
  return Status::Ok();
}

// A workspace the caller passed, or one made for this call.
class WorkspaceHolder {
 public:
  WorkspaceHolder(const KnowledgeGraph& graph, SearchWorkspace* given) : ws_(given) {
    if (!ws_) {
      owned_ = std::make_unique<SearchWorkspace>(graph);
      ws_ = owned_.get();
    }
  }
  SearchWorkspace& operator*() { return *ws_; }

 private:
  std::unique_ptr<SearchWorkspace> owned_;
  SearchWorkspace* ws_;
};

// Hop from u to w over edge e in the walk's direction.
PathStep Step(const KnowledgeGraph& graph, EdgeId e, VertexId from, VertexId to) {
  return PathStep{e, from, to, graph.target(e) == to && graph.source(e) == from};
}

// Breadth-first distances from `start` along `direction`, up to `depth`
// hops, on `side` of the workspace (which the caller has put in a new epoch).
void BoundedBfs(const KnowledgeGraph& graph, VertexId start, Direction direction, const CompiledFilter& filter,
                VertexId other_endpoint, int depth, int side, SearchWorkspace& ws) {
  std::vector<VertexId>& frontier = ws.frontier[side];
  frontier.assign(1, start);
  ws.Mark(side, start, 0, kNoEdge, kNoVertex);
  for (int level = 0; level < depth && !frontier.empty(); ++level) {
    ws.next.clear();
    for (VertexId u : frontier) {
      graph.ForEachIncidence(u, direction, [&](const Incidence& inc) {
        VertexId w = inc.neighbour;
        if (ws.Seen(side, w) || !filter.AllowsEdge(graph.edge(inc.edge))) return;
        if (w != other_endpoint && !filter.AllowsVertex(graph, w)) return;
        ws.Mark(side, w, static_cast<uint8_t>(level + 1), inc.edge, u);
        // The other endpoint ends paths; walking through it would not be
        // part of any path between the two.
        if (w != other_endpoint) ws.next.push_back(w);
      });
    }
    frontier.swap(ws.next);
  }
}

}  // namespace

int ShortestPathLength(const KnowledgeGraph& graph, VertexId from, VertexId to, int max_hops,
                       SearchWorkspace& ws) {
  if (from == to) return 0;
  ws.NewEpoch();
  const uint32_t epoch = ws.epoch();
  uint32_t* stamp[2] = {ws.stamps(0), ws.stamps(1)};
  uint8_t* distance[2] = {ws.distances(0), ws.distances(1)};
  stamp[0][from] = epoch;
  distance[0][from] = 0;
  stamp[1][to] = epoch;
  distance[1][to] = 0;
  ws.frontier[0].assign(1, from);
  ws.frontier[1].assign(1, to);
  size_t weight[2] = {graph.degree(from), graph.degree(to)};
  int level[2] = {0, 0};
  while (level[0] + level[1] < max_hops && !ws.frontier[0].empty() && !ws.frontier[1].empty()) {
    // Expand the side whose next level costs less to scan.
    const int x = weight[0] <= weight[1] ? 0 : 1;
    uint32_t* const seen_x = stamp[x];
    const uint32_t* const seen_y = stamp[1 - x];
    uint8_t* const dist_x = distance[x];
    const uint8_t* const dist_y = distance[1 - x];
    const auto next_distance = static_cast<uint8_t>(level[x] + 1);
    size_t next_weight = 0;
    std::vector<VertexId>& next = ws.next;
    next.clear();
    for (VertexId u : ws.frontier[x]) {
      for (auto neighbours : {graph.OutNeighbours(u), graph.InNeighbours(u)}) {
        for (VertexId w : neighbours) {
          // The first meeting is at minimal distance: every vertex of the
          // other side is at most its current level away.
          if (seen_y[w] == epoch) return level[x] + 1 + dist_y[w];
          if (seen_x[w] != epoch) {
            seen_x[w] = epoch;
            dist_x[w] = next_distance;
            next.push_back(w);
            next_weight += graph.degree(w);
          }
        }
      }
    }
    level[x]++;
    ws.frontier[x].swap(next);
    weight[x] = next_weight;
  }
  return -1;
}

Result<std::optional<Path>> ShortestPath(const KnowledgeGraph& graph, VertexId from, VertexId to,
                                         const PathOptions& options, SearchWorkspace* workspace) {
  KG_RETURN_IF_ERROR(CheckOptions(graph, from, to, options));
  if (from == to) return std::optional<Path>(Path{from, {}});
  WorkspaceHolder holder(graph, workspace);
  SearchWorkspace& ws = *holder;
  const CompiledFilter filter(graph, options.filter);
  // Side 0 walks from `from` along the direction; side 1 from `to` against it.
  const Direction direction[2] = {filter.direction(), Reverse(filter.direction())};
  ws.NewEpoch();
  ws.Mark(0, from, 0, kNoEdge, kNoVertex);
  ws.Mark(1, to, 0, kNoEdge, kNoVertex);
  ws.frontier[0].assign(1, from);
  ws.frontier[1].assign(1, to);
  size_t weight[2] = {graph.degree(from, direction[0]), graph.degree(to, direction[1])};
  int level[2] = {0, 0};
  VertexId meeting = kNoVertex;
  EdgeId meeting_edge = kNoEdge;
  VertexId meeting_parent = kNoVertex;
  int meeting_side = 0;
  while (meeting == kNoVertex && level[0] + level[1] < options.max_hops && !ws.frontier[0].empty() &&
         !ws.frontier[1].empty()) {
    const int x = weight[0] <= weight[1] ? 0 : 1;
    const int y = 1 - x;
    size_t next_weight = 0;
    ws.next.clear();
    for (VertexId u : ws.frontier[x]) {
      graph.ForEachIncidence(u, direction[x], [&](const Incidence& inc) {
        VertexId w = inc.neighbour;
        if (meeting != kNoVertex || !filter.AllowsEdge(graph.edge(inc.edge))) return;
        if (w != from && w != to && !filter.AllowsVertex(graph, w)) return;
        if (ws.Seen(y, w)) {
          meeting = w;
          meeting_edge = inc.edge;
          meeting_parent = u;
          meeting_side = x;
          return;
        }
        if (!ws.Seen(x, w)) {
          ws.Mark(x, w, static_cast<uint8_t>(level[x] + 1), inc.edge, u);
          ws.next.push_back(w);
          next_weight += graph.degree(w, direction[x]);
        }
      });
      if (meeting != kNoVertex) break;
    }
    level[x]++;
    ws.frontier[x].swap(ws.next);
    weight[x] = next_weight;
  }
  if (meeting == kNoVertex) return std::optional<Path>();

  // Vertices from `from` to the meeting edge, and from it to `to`.
  VertexId a_end = meeting_side == 0 ? meeting_parent : meeting;  // last vertex of side 0's chain
  VertexId b_start = meeting_side == 0 ? meeting : meeting_parent;
  Path path{from, {}};
  for (VertexId v = a_end; v != from; v = ws.ViaVertex(0, v)) {
    path.steps.push_back(Step(graph, ws.ViaEdge(0, v), ws.ViaVertex(0, v), v));
  }
  std::reverse(path.steps.begin(), path.steps.end());
  path.steps.push_back(Step(graph, meeting_edge, a_end, b_start));
  for (VertexId v = b_start; v != to; v = ws.ViaVertex(1, v)) {
    path.steps.push_back(Step(graph, ws.ViaEdge(1, v), v, ws.ViaVertex(1, v)));
  }
  return std::optional<Path>(std::move(path));
}

Result<std::vector<Path>> AllShortestPaths(const KnowledgeGraph& graph, VertexId from, VertexId to,
                                           const PathOptions& options) {
  KG_ASSIGN_OR_RETURN(std::optional<Path> one, ShortestPath(graph, from, to, options));
  std::vector<Path> paths;
  if (!one) return paths;
  if (one->hops() == 0) {
    paths.push_back(std::move(*one));
    return paths;
  }
  const int length = static_cast<int>(one->hops());
  const CompiledFilter filter(graph, options.filter);
  SearchWorkspace ws(graph);
  ws.NewEpoch();
  // Distances to `to` (against the direction); a vertex w lies on a
  // shortest path from u at distance d from `from` iff dist_to(w) = length-d-1.
  BoundedBfs(graph, to, Reverse(filter.direction()), filter, from, length, 1, ws);

  std::vector<PathStep> stack;
  std::string limit_message;
  // Depth-first over the layered DAG of shortest paths, in edge order.
  auto walk = [&](auto&& self, VertexId u) -> bool {
    int depth = static_cast<int>(stack.size());
    if (u == to) {
      if (paths.size() >= options.limit) return false;
      paths.push_back(Path{from, stack});
      return true;
    }
    bool go_on = true;
    graph.ForEachIncidence(u, filter.direction(), [&](const Incidence& inc) {
      VertexId w = inc.neighbour;
      if (!go_on || !ws.Seen(1, w) || ws.Distance(1, w) != length - depth - 1) return;
      if (!filter.AllowsEdge(graph.edge(inc.edge))) return;
      stack.push_back(Step(graph, inc.edge, u, w));
      go_on = self(self, w);
      stack.pop_back();
    });
    return go_on;
  };
  if (!walk(walk, from)) {
    return Status::LimitExceeded(fmt::format(
        "more than {} shortest paths of {} hops between '{}' and '{}'; raise --limit, or narrow with "
        "--predicate / --type / --directed",
        options.limit, length, graph.name(from), graph.name(to)));
  }
  return paths;
}

Result<std::vector<Path>> SimplePaths(const KnowledgeGraph& graph, VertexId from, VertexId to,
                                      const PathOptions& options) {
  KG_RETURN_IF_ERROR(CheckOptions(graph, from, to, options));
  std::vector<Path> paths;
  if (from == to) return paths;
  const CompiledFilter filter(graph, options.filter);
  SearchWorkspace ws(graph);
  ws.NewEpoch();
  // Distances to `to` prune every branch that cannot reach it in time, so
  // the enumeration only walks prefixes of real answers (almost).
  BoundedBfs(graph, to, Reverse(filter.direction()), filter, from, options.max_hops, 1, ws);
  if (!ws.Seen(1, from)) return paths;

  std::vector<uint8_t> on_path(graph.num_vertices(), 0);
  std::vector<PathStep> stack;
  size_t expansions = 0;
  Status stop = Status::Ok();
  auto walk = [&](auto&& self, VertexId u) -> void {
    if (!stop.ok()) return;
    if (++expansions > options.max_expansions) {
      stop = Status::LimitExceeded(fmt::format(
          "gave up after {} search steps enumerating paths of at most {} hops between '{}' and '{}'; "
          "lower --max-hops or narrow with --predicate / --type / --directed",
          options.max_expansions, options.max_hops, graph.name(from), graph.name(to)));
      return;
    }
    const int depth = static_cast<int>(stack.size());
    on_path[u] = 1;
    graph.ForEachIncidence(u, filter.direction(), [&](const Incidence& inc) {
      VertexId w = inc.neighbour;
      if (!stop.ok() || on_path[w] || !ws.Seen(1, w)) return;
      if (depth + 1 + ws.Distance(1, w) > options.max_hops) return;
      if (!filter.AllowsEdge(graph.edge(inc.edge))) return;
      stack.push_back(Step(graph, inc.edge, u, w));
      if (w == to) {
        if (paths.size() >= options.limit) {
          stop = Status::LimitExceeded(fmt::format(
              "more than {} paths of at most {} hops between '{}' and '{}'; raise --limit, lower "
              "--max-hops, or narrow with --predicate / --type / --directed",
              options.limit, options.max_hops, graph.name(from), graph.name(to)));
        } else {
          paths.push_back(Path{from, stack});
        }
      } else {
        self(self, w);
      }
      stack.pop_back();
    });
    on_path[u] = 0;
  };
  walk(walk, from);
  KG_RETURN_IF_ERROR(stop);
  std::stable_sort(paths.begin(), paths.end(), [](const Path& a, const Path& b) { return a.hops() < b.hops(); });
  return paths;
}

}  // namespace kg::graph
