#include "graph/ranking.h"

#include <fmt/format.h>

#include <algorithm>
#include <utility>

#include "graph/knowledge_graph.h"

namespace kg::graph {
namespace {

// The edges a ranking counts: asserted ones, and negated ones when asked,
// within the date window (the raw neighbour arrays when every edge is
// selected).
class RankedEdges {
 public:
  RankedEdges(const KnowledgeGraph& graph, bool include_negated, DateWindow dates)
      : graph_(graph),
        include_negated_(include_negated),
        dates_(dates),
        all_((include_negated || graph.num_negated_edges() == 0) && dates.open()) {}
  // Calls f(w) for each selected edge between v and a neighbour w in
  // direction d (out: v -> w, in: w -> v).
  template <typename F>
  void ForEach(VertexId v, Direction d, F&& f) const {
    if (all_) {
      for (VertexId w : graph_.Neighbours(v, d)) f(w);
      return;
    }
    graph_.ForEachIncidence(v, d, [&](const Incidence& inc) {
      if (Selected(inc.edge)) f(inc.neighbour);
    });
  }
  size_t Degree(VertexId v, Direction d) const {
    if (all_) return graph_.degree(v, d);
    size_t n = 0;
    graph_.ForEachIncidence(v, d, [&](const Incidence& inc) { n += Selected(inc.edge); });
    return n;
  }
  size_t num_vertices() const { return graph_.num_vertices(); }

 private:
  bool Selected(EdgeId e) const { return graph_.Selected(e, include_negated_) && dates_.Contains(graph_.edge(e)); }
  const KnowledgeGraph& graph_;
  bool include_negated_;
  DateWindow dates_;
  bool all_;
};

std::vector<double> DegreeScores(const RankedEdges& edges, Direction direction) {
  std::vector<double> scores(edges.num_vertices());
  for (VertexId v = 0; v < edges.num_vertices(); ++v) scores[v] = static_cast<double>(edges.Degree(v, direction));
  return scores;
}

// Power iteration over the directed graph; the rank of vertices without
// out-edges is spread evenly, so the scores keep summing to 1.
std::vector<double> PageRankScores(const RankedEdges& edges, int iterations, double damping) {
  const size_t n = edges.num_vertices();
  std::vector<double> out_degree(n);
  for (VertexId v = 0; v < n; ++v) out_degree[v] = static_cast<double>(edges.Degree(v, Direction::kOut));
  std::vector<double> rank(n, n ? 1.0 / static_cast<double>(n) : 0.0), next(n);
  for (int it = 0; it < iterations && n; ++it) {
    double dangling = 0;
    for (VertexId v = 0; v < n; ++v) {
      if (out_degree[v] == 0) dangling += rank[v];
    }
    const double base = (1.0 - damping + damping * dangling) / static_cast<double>(n);
    for (VertexId v = 0; v < n; ++v) {
      double incoming = 0;
      edges.ForEach(v, Direction::kIn, [&](VertexId u) { incoming += rank[u] / out_degree[u]; });
      next[v] = base + damping * incoming;
    }
    rank.swap(next);
  }
  return rank;
}

// Brandes' algorithm on a copy without parallel edges or self-loops:
// parallel edges (several predicates between two actors) would otherwise
// count as extra shortest paths. Undirected unless a direction is asked
// for. Written out rather than taken from Boost so that the O(V*E) loop can
// stop between two sources, at the budget's deadline or on Ctrl-C, and say
// how many sources it has done.
Result<std::vector<double>> Betweenness(const KnowledgeGraph& graph, const RankedEdges& edges, Direction direction,
                                        const WorkBudget* budget) {
  const size_t n = graph.num_vertices();
  const bool undirected = direction == Direction::kBoth;
  std::vector<std::pair<VertexId, VertexId>> pairs;
  pairs.reserve(graph.num_edges());
  for (VertexId u = 0; u < n; ++u) {
    edges.ForEach(u, Direction::kOut, [&](VertexId w) {
      if (u == w) return;
      if (direction == Direction::kIn) {
        pairs.emplace_back(w, u);
      } else if (undirected) {
        pairs.emplace_back(std::min(u, w), std::max(u, w));
      } else {
        pairs.emplace_back(u, w);
      }
    });
  }
  std::sort(pairs.begin(), pairs.end());
  pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
  // The copy as adjacency arrays: each pair one way, or both when undirected.
  std::vector<size_t> offsets(n + 1, 0);
  for (const auto& [u, w] : pairs) {
    ++offsets[u + 1];
    if (undirected) ++offsets[w + 1];
  }
  for (size_t v = 0; v < n; ++v) offsets[v + 1] += offsets[v];
  std::vector<VertexId> targets(offsets[n]);
  std::vector<size_t> fill(offsets.begin(), offsets.end() - 1);
  for (const auto& [u, w] : pairs) {
    targets[fill[u]++] = w;
    if (undirected) targets[fill[w]++] = u;
  }

  std::vector<double> scores(n, 0.0), sigma(n, 0.0), delta(n, 0.0);
  std::vector<int> dist(n, -1);
  std::vector<VertexId> order;  // the BFS order from one source
  order.reserve(n);
  for (VertexId s = 0; s < n; ++s) {
    if (budget) {
      KG_RETURN_IF_ERROR(budget->Check("betweenness"));
      budget->Report(s, n);
    }
    order.assign(1, s);
    dist[s] = 0;
    sigma[s] = 1.0;
    for (size_t head = 0; head < order.size(); ++head) {
      const VertexId v = order[head];
      for (size_t i = offsets[v]; i < offsets[v + 1]; ++i) {
        const VertexId w = targets[i];
        if (dist[w] < 0) {
          dist[w] = dist[v] + 1;
          order.push_back(w);
        }
        if (dist[w] == dist[v] + 1) sigma[w] += sigma[v];
      }
    }
    // In reverse BFS order every successor's dependency is final before
    // its predecessors read it.
    for (size_t k = order.size(); k-- > 0;) {
      const VertexId v = order[k];
      for (size_t i = offsets[v]; i < offsets[v + 1]; ++i) {
        const VertexId w = targets[i];
        if (dist[w] == dist[v] + 1) delta[v] += sigma[v] / sigma[w] * (1.0 + delta[w]);
      }
      if (v != s) scores[v] += delta[v];
    }
    for (VertexId v : order) {
      dist[v] = -1;
      sigma[v] = 0.0;
      delta[v] = 0.0;
    }
  }
  const double count = static_cast<double>(n);
  // Each unordered pair was counted from both ends when undirected.
  const double ends = undirected ? 2.0 : 1.0;
  // Normalised by the number of (source, target) pairs that exclude the
  // vertex: ordered pairs when directed, unordered when not.
  const double pairs_count = count > 2 ? (count - 1) * (count - 2) / ends : 1.0;
  for (double& score : scores) score /= ends * pairs_count;
  return scores;
}

}  // namespace

std::optional<RankMeasure> ParseRankMeasure(std::string_view name) {
  if (name == "degree") return RankMeasure::kDegree;
  if (name == "pagerank") return RankMeasure::kPageRank;
  if (name == "betweenness") return RankMeasure::kBetweenness;
  return std::nullopt;
}

Result<std::vector<RankedVertex>> Rank(const KnowledgeGraph& graph, const RankOptions& options) {
  const RankedEdges edges(graph, options.include_negated, options.dates);
  std::vector<double> scores;
  switch (options.measure) {
    case RankMeasure::kDegree:
      scores = DegreeScores(edges, options.direction);
      break;
    case RankMeasure::kPageRank:
      if (options.damping <= 0 || options.damping >= 1) {
        return Status::InvalidInput(fmt::format("damping must be between 0 and 1, not {}", options.damping));
      }
      scores = PageRankScores(edges, options.pagerank_iterations, options.damping);
      break;
    case RankMeasure::kBetweenness: {
      double work = static_cast<double>(graph.num_vertices()) * static_cast<double>(graph.num_edges());
      if (work > options.max_betweenness_work) {
        return Status::LimitExceeded(fmt::format(
            "betweenness on {} entities and {} edges would take about {:.0e} steps (limit {:.0e}); rank by "
            "pagerank or degree, or rank a part of the graph",
            graph.num_vertices(), graph.num_edges(), work, options.max_betweenness_work));
      }
      KG_ASSIGN_OR_RETURN(scores, Betweenness(graph, edges, options.direction, options.budget));
      break;
    }
  }
  std::vector<RankedVertex> ranked;
  ranked.reserve(scores.size());
  for (VertexId v = 0; v < scores.size(); ++v) ranked.push_back(RankedVertex{v, scores[v]});
  const size_t top = options.top == 0 ? ranked.size() : std::min(options.top, ranked.size());
  auto better = [&](const RankedVertex& a, const RankedVertex& b) {
    if (a.score != b.score) return a.score > b.score;
    return graph.name(a.vertex) < graph.name(b.vertex);
  };
  std::partial_sort(ranked.begin(), ranked.begin() + static_cast<std::ptrdiff_t>(top), ranked.end(), better);
  ranked.resize(top);
  return ranked;
}

}  // namespace kg::graph
