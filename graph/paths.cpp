#include "graph/paths.h"

#include <fmt/format.h>

#include <algorithm>
#include <memory>

#include "graph/knowledge_graph.h"
#include "graph/neighbour_steps.h"

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

// The hop from `v` over one of its incidences, and the hop into `v` over it.
PathStep StepOut(VertexId v, const Incidence& inc) { return PathStep{inc.edge, v, inc.neighbour, inc.outgoing}; }
PathStep StepIn(VertexId v, const Incidence& inc) { return PathStep{inc.edge, inc.neighbour, v, !inc.outgoing}; }

// Breadth-first distances from `start` along `direction`, up to `depth`
// hops, on `side` of the workspace (which the caller has put in a new epoch).
void BoundedBfs(const KnowledgeGraph& graph, VertexId start, Direction direction, const CompiledFilter& filter,
                VertexId other_endpoint, int depth, int side, SearchWorkspace& ws) {
  std::vector<VertexId>& frontier = ws.frontier[side];
  frontier.assign(1, start);
  ws.MarkDistance(side, start, 0);
  for (int level = 0; level < depth && !frontier.empty(); ++level) {
    ws.next.clear();
    for (VertexId u : frontier) {
      graph.ForEachIncidence(u, direction, [&](const Incidence& inc) {
        VertexId w = inc.neighbour;
        if (ws.Seen(side, w) || !filter.AllowsEdge(graph.edge(inc.edge))) return;
        if (w != other_endpoint && !filter.AllowsVertex(graph, w)) return;
        ws.MarkDistance(side, w, static_cast<uint8_t>(level + 1));
        // The other endpoint ends paths; walking through it would not be
        // part of any path between the two.
        if (w != other_endpoint) ws.next.push_back(w);
      });
    }
    frontier.swap(ws.next);
  }
}

// Where a bidirectional search met: side `side` (0 grows from `from`, 1
// from `to`), expanding `near`, found `far` already reached by the other
// side. length is -1 when no path of at most max_hops exists.
struct Meeting {
  int length = -1;
  int side = 0;
  VertexId near = kNoVertex;
  VertexId far = kNoVertex;
};

// Bidirectional BFS from `from` along the direction and from `to` against
// it, always expanding the side whose frontier has the smaller degree sum.
// It writes distances only (stamps and distances of the workspace, plus
// each side's vertices level by level in its frontier buffer), which is
// all the length needs: Rebuild recovers a path from them afterwards, so
// the search itself keeps no parent arrays.
class BidirectionalBfs {
 public:
  BidirectionalBfs(const KnowledgeGraph& graph, SearchWorkspace& ws) : graph_(graph), ws_(ws) {}

  template <typename Neighbours>
  Meeting Run(VertexId from, VertexId to, Direction direction, int max_hops, const Neighbours& neighbours);

  // The path of the meeting the last Run returned (a path was found).
  Result<Path> Rebuild(const Meeting& meeting, const CompiledFilter& filter) const;

 private:
  static constexpr int kMaxLevels = 256;  // distances are 8-bit

  // The hop from a vertex of `side` at distance d-1 into `v` (distance d),
  // over an edge the filter allows, walking the side's direction.
  std::optional<PathStep> StepInto(int side, VertexId v, const CompiledFilter& filter) const;

  const KnowledgeGraph& graph_;
  SearchWorkspace& ws_;
  VertexId root_[2] = {kNoVertex, kNoVertex};
  Direction direction_[2] = {Direction::kBoth, Direction::kBoth};
  // Level k of side s is ws_.frontier[s][start_[s][k] .. start_[s][k + 1]),
  // the sum of its vertices' degrees weight_[s][k].
  uint32_t start_[2][kMaxLevels + 1];
  size_t weight_[2][kMaxLevels];
};

template <typename Neighbours>
Meeting BidirectionalBfs::Run(VertexId from, VertexId to, Direction direction, int max_hops,
                              const Neighbours& neighbours) {
  if (from == to) return Meeting{0, 0, from, to};
  max_hops = std::min(max_hops, kMaxLevels - 1);
  root_[0] = from;
  root_[1] = to;
  direction_[0] = direction;
  direction_[1] = Reverse(direction);
  ws_.NewEpoch();
  const uint32_t epoch = ws_.epoch();
  uint32_t* stamp[2] = {ws_.stamps(0), ws_.stamps(1)};
  uint8_t* distance[2] = {ws_.distances(0), ws_.distances(1)};
  for (int side = 0; side < 2; ++side) {
    stamp[side][root_[side]] = epoch;
    distance[side][root_[side]] = 0;
    ws_.frontier[side].assign(1, root_[side]);
    start_[side][0] = 0;
    start_[side][1] = 1;
    weight_[side][0] = neighbours.degree(root_[side], direction_[side]);
  }
  int level[2] = {0, 0};
  auto frontier_empty = [&](int side) { return start_[side][level[side] + 1] == start_[side][level[side]]; };
  Meeting meeting;
  while (level[0] + level[1] < max_hops && !frontier_empty(0) && !frontier_empty(1)) {
    // Expand the side whose next level costs less to scan.
    const int x = weight_[0][level[0]] <= weight_[1][level[1]] ? 0 : 1;
    const Direction d = direction_[x];
    uint32_t* const seen_x = stamp[x];
    const uint32_t* const seen_y = stamp[1 - x];
    uint8_t* const dist_x = distance[x];
    const uint8_t* const dist_y = distance[1 - x];
    const auto next_distance = static_cast<uint8_t>(level[x] + 1);
    size_t next_weight = 0;
    std::vector<VertexId>& reached = ws_.frontier[x];
    for (uint32_t i = start_[x][level[x]], end = start_[x][level[x] + 1]; i < end; ++i) {
      const VertexId u = reached[i];
      const bool met = neighbours(u, d, [&](VertexId w) {
        // The first meeting is at minimal distance: every vertex of the
        // other side is at most its current level away.
        if (seen_y[w] == epoch) {
          meeting = Meeting{level[x] + 1 + dist_y[w], x, u, w};
          return true;
        }
        if (seen_x[w] != epoch) {
          seen_x[w] = epoch;
          dist_x[w] = next_distance;
          reached.push_back(w);
          next_weight += neighbours.degree(w, d);
        }
        return false;
      });
      if (met) return meeting;
    }
    level[x]++;
    start_[x][level[x] + 1] = static_cast<uint32_t>(reached.size());
    weight_[x][level[x]] = next_weight;
  }
  return meeting;
}

std::optional<PathStep> BidirectionalBfs::StepInto(int side, VertexId v, const CompiledFilter& filter) const {
  const int d = ws_.Distance(side, v);
  // Either v's own edges hold a neighbour one level nearer, or the edges
  // of that level hold v: scan the fewer. The level's were scanned by the
  // search already, so a rebuild never costs more than the search did,
  // even when v is a hub the search never expanded.
  if (graph_.degree(v, direction_[1 - side]) <= weight_[side][d - 1]) {
    // The distance test comes first: the byte array stays in cache where
    // the stamps miss it, and a stale distance only lets a few through.
    auto inc = graph_.FindIncidence(v, direction_[1 - side], [&](const Incidence& i) {
      return ws_.Distance(side, i.neighbour) + 1 == d && ws_.Seen(side, i.neighbour) &&
             filter.AllowsEdge(graph_.edge(i.edge));
    });
    if (inc) return StepIn(v, *inc);
    return std::nullopt;
  }
  const std::vector<VertexId>& reached = ws_.frontier[side];
  for (uint32_t i = start_[side][d - 1], end = start_[side][d]; i < end; ++i) {
    auto inc = graph_.FindIncidence(reached[i], direction_[side], [&](const Incidence& e) {
      return e.neighbour == v && filter.AllowsEdge(graph_.edge(e.edge));
    });
    if (inc) return StepOut(reached[i], *inc);
  }
  return std::nullopt;
}

Result<Path> BidirectionalBfs::Rebuild(const Meeting& meeting, const CompiledFilter& filter) const {
  auto lost = [&] {
    return Status::Internal(fmt::format("shortest path from '{}' to '{}': no edge back along the search",
                                        graph_.name(root_[0]), graph_.name(root_[1])));
  };
  // Each side's steps walk away from its own root; side 1's are turned
  // around to run towards `to`.
  auto reversed = [](const PathStep& s) { return PathStep{s.edge, s.to, s.from, !s.forward}; };
  // The hop where the sides met, from `near` (whose edges the search was
  // scanning) to `far`.
  auto join = graph_.FindIncidence(meeting.near, direction_[meeting.side], [&](const Incidence& i) {
    return i.neighbour == meeting.far && filter.AllowsEdge(graph_.edge(i.edge));
  });
  if (!join) return lost();
  const PathStep middle = meeting.side == 0 ? StepOut(meeting.near, *join) : reversed(StepOut(meeting.near, *join));
  Path path{root_[0], {}};
  for (VertexId v = middle.from; v != root_[0];) {
    auto step = StepInto(0, v, filter);
    if (!step) return lost();
    path.steps.push_back(*step);
    v = step->from;
  }
  std::reverse(path.steps.begin(), path.steps.end());
  path.steps.push_back(middle);
  for (VertexId v = middle.to; v != root_[1];) {
    auto step = StepInto(1, v, filter);
    if (!step) return lost();
    path.steps.push_back(reversed(*step));
    v = step->from;
  }
  return path;
}

Meeting Search(BidirectionalBfs& bfs, const KnowledgeGraph& graph, VertexId from, VertexId to,
               const CompiledFilter& filter, int max_hops) {
  if (filter.unrestricted() && filter.direction() == Direction::kBoth) {
    return bfs.Run(from, to, Direction::kBoth, max_hops, UndirectedNeighbour{graph});
  }
  if (filter.unrestricted()) return bfs.Run(from, to, filter.direction(), max_hops, AnyNeighbour{graph});
  return bfs.Run(from, to, filter.direction(), max_hops, AllowedNeighbour{graph, filter, from, to});
}

}  // namespace

int ShortestPathLength(const KnowledgeGraph& graph, VertexId from, VertexId to, int max_hops,
                       SearchWorkspace& ws) {
  BidirectionalBfs bfs(graph, ws);
  // The default filter: asserted edges only, the raw arrays when the graph
  // has no negated edges (the benchmark's case).
  return Search(bfs, graph, from, to, CompiledFilter(graph, TraversalFilter{}), max_hops).length;
}

Result<int> ShortestPathLength(const KnowledgeGraph& graph, VertexId from, VertexId to,
                               const PathOptions& options, SearchWorkspace* workspace) {
  KG_RETURN_IF_ERROR(CheckOptions(graph, from, to, options));
  if (from == to) return 0;
  WorkspaceHolder holder(graph, workspace);
  const CompiledFilter filter(graph, options.filter);
  BidirectionalBfs bfs(graph, *holder);
  return Search(bfs, graph, from, to, filter, options.max_hops).length;
}

Result<std::optional<Path>> ShortestPath(const KnowledgeGraph& graph, VertexId from, VertexId to,
                                         const PathOptions& options, SearchWorkspace* workspace) {
  KG_RETURN_IF_ERROR(CheckOptions(graph, from, to, options));
  if (from == to) return std::optional<Path>(Path{from, {}});
  WorkspaceHolder holder(graph, workspace);
  const CompiledFilter filter(graph, options.filter);
  BidirectionalBfs bfs(graph, *holder);
  const Meeting meeting = Search(bfs, graph, from, to, filter, options.max_hops);
  if (meeting.length < 0) return std::optional<Path>();
  KG_ASSIGN_OR_RETURN(Path path, bfs.Rebuild(meeting, filter));
  return std::optional<Path>(std::move(path));
}

Result<std::vector<Path>> AllShortestPaths(const KnowledgeGraph& graph, VertexId from, VertexId to,
                                           const PathOptions& options, SearchWorkspace* workspace) {
  KG_RETURN_IF_ERROR(CheckOptions(graph, from, to, options));
  std::vector<Path> paths;
  if (from == to) {
    paths.push_back(Path{from, {}});
    return paths;
  }
  WorkspaceHolder holder(graph, workspace);
  SearchWorkspace& ws = *holder;
  const CompiledFilter filter(graph, options.filter);
  BidirectionalBfs bfs(graph, ws);
  const int length = Search(bfs, graph, from, to, filter, options.max_hops).length;
  if (length < 0) return paths;
  ws.NewEpoch();
  // Distances to `to` (against the direction); a vertex w lies on a
  // shortest path from u at distance d from `from` iff dist_to(w) = length-d-1.
  BoundedBfs(graph, to, Reverse(filter.direction()), filter, from, length, 1, ws);

  std::vector<PathStep> stack;
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
      stack.push_back(StepOut(u, inc));
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
    if (options.budget && expansions % WorkBudget::kCheckEvery == 0) {
      stop = options.budget->Check("the simple-path search");
      if (!stop.ok()) return;
      options.budget->Report(expansions, options.max_expansions);
    }
    const int depth = static_cast<int>(stack.size());
    on_path[u] = 1;
    graph.ForEachIncidence(u, filter.direction(), [&](const Incidence& inc) {
      VertexId w = inc.neighbour;
      if (!stop.ok() || on_path[w] || !ws.Seen(1, w)) return;
      if (depth + 1 + ws.Distance(1, w) > options.max_hops) return;
      if (!filter.AllowsEdge(graph.edge(inc.edge))) return;
      stack.push_back(StepOut(u, inc));
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
