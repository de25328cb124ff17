#include "graph/ranking.h"

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/betweenness_centrality.hpp>
#include <fmt/format.h>

#include <algorithm>
#include <utility>

#include "graph/knowledge_graph.h"

namespace kg::graph {
namespace {

// The edges a ranking counts: asserted ones, and negated ones when asked
// (the raw neighbour arrays when every edge is selected).
class RankedEdges {
 public:
  RankedEdges(const KnowledgeGraph& graph, bool include_negated)
      : graph_(graph), include_negated_(include_negated), all_(include_negated || graph.num_negated_edges() == 0) {}
  // Calls f(w) for each selected edge between v and a neighbour w in
  // direction d (out: v -> w, in: w -> v).
  template <typename F>
  void ForEach(VertexId v, Direction d, F&& f) const {
    if (all_) {
      for (VertexId w : graph_.Neighbours(v, d)) f(w);
      return;
    }
    graph_.ForEachIncidence(v, d, [&](const Incidence& inc) {
      if (graph_.Selected(inc.edge, include_negated_)) f(inc.neighbour);
    });
  }
  size_t Degree(VertexId v, Direction d) const {
    if (all_) return graph_.degree(v, d);
    size_t n = 0;
    graph_.ForEachIncidence(v, d, [&](const Incidence& inc) { n += graph_.Selected(inc.edge, include_negated_); });
    return n;
  }
  size_t num_vertices() const { return graph_.num_vertices(); }

 private:
  const KnowledgeGraph& graph_;
  bool include_negated_;
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

// Brandes (Boost) on a copy without parallel edges or self-loops: parallel
// edges (several predicates between two actors) would otherwise count as
// extra shortest paths. Undirected unless a direction is asked for.
template <typename Directedness>
std::vector<double> Betweenness(const KnowledgeGraph& graph, const RankedEdges& edges, Direction direction) {
  using Graph = boost::adjacency_list<boost::vecS, boost::vecS, Directedness>;
  std::vector<std::pair<VertexId, VertexId>> pairs;
  pairs.reserve(graph.num_edges());
  for (VertexId u = 0; u < graph.num_vertices(); ++u) {
    edges.ForEach(u, Direction::kOut, [&](VertexId w) {
      if (u == w) return;
      if (direction == Direction::kIn) {
        pairs.emplace_back(w, u);
      } else if (direction == Direction::kBoth) {
        pairs.emplace_back(std::min(u, w), std::max(u, w));
      } else {
        pairs.emplace_back(u, w);
      }
    });
  }
  std::sort(pairs.begin(), pairs.end());
  pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
  Graph copy(pairs.begin(), pairs.end(), graph.num_vertices());
  std::vector<double> scores(graph.num_vertices(), 0.0);
  boost::brandes_betweenness_centrality(
      copy, boost::centrality_map(boost::make_iterator_property_map(scores.begin(), get(boost::vertex_index, copy))));
  const double n = static_cast<double>(graph.num_vertices());
  if (n > 2) {
    // Normalised by the number of (source, target) pairs that exclude the
    // vertex: ordered pairs when directed, unordered when not (Boost
    // already halves undirected scores).
    const double pairs_count = (n - 1) * (n - 2) / (direction == Direction::kBoth ? 2.0 : 1.0);
    for (double& s : scores) s /= pairs_count;
  }
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
  const RankedEdges edges(graph, options.include_negated);
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
      scores = options.direction == Direction::kBoth
                   ? Betweenness<boost::undirectedS>(graph, edges, options.direction)
                   : Betweenness<boost::directedS>(graph, edges, options.direction);
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
