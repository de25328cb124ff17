#include "kg/graph_lookups.h"

#include <fmt/format.h>

#include <algorithm>

namespace kg::cli {

Result<NeighboursAnswer> FindNeighbours(const graph::KnowledgeGraph& g, const NeighboursQuestion& question) {
  NeighboursAnswer answer;
  KG_ASSIGN_OR_RETURN(answer.start, g.Resolve(question.entity));
  graph::NeighbourhoodOptions options;
  KG_ASSIGN_OR_RETURN(options.filter, graph::ResolveFilter(g, question.filter));
  options.depth = question.depth;
  options.limit = question.limit;
  KG_ASSIGN_OR_RETURN(answer.reached, graph::Neighbourhood(g, answer.start, options));
  answer.filter = std::move(options.filter);
  return answer;
}

void SortForListing(const graph::KnowledgeGraph& g, std::vector<graph::ReachedVertex>& reached) {
  std::stable_sort(reached.begin(), reached.end(), [&](const graph::ReachedVertex& a, const graph::ReachedVertex& b) {
    return a.distance != b.distance ? a.distance < b.distance : g.name(a.vertex) < g.name(b.vertex);
  });
}

Result<PathAnswer> FindPaths(const graph::KnowledgeGraph& g, const PathQuestion& question) {
  PathAnswer answer;
  KG_ASSIGN_OR_RETURN(answer.from, g.Resolve(question.from));
  KG_ASSIGN_OR_RETURN(answer.to, g.Resolve(question.to));
  const graph::VertexId from = answer.from, to = answer.to;
  graph::PathOptions options;
  KG_ASSIGN_OR_RETURN(options.filter, graph::ResolveFilter(g, question.filter));
  options.max_hops = question.max_hops;
  options.limit = question.limit;
  options.budget = question.budget;
  std::vector<graph::Path>& paths = answer.paths;
  switch (question.kind) {
    case PathKind::kSimple: {
      KG_ASSIGN_OR_RETURN(paths, graph::SimplePaths(g, from, to, options));
      break;
    }
    case PathKind::kAllShortest: {
      KG_ASSIGN_OR_RETURN(paths, graph::AllShortestPaths(g, from, to, options));
      break;
    }
    case PathKind::kShortest: {
      KG_ASSIGN_OR_RETURN(std::optional<graph::Path> one, graph::ShortestPath(g, from, to, options));
      if (one) paths.push_back(std::move(*one));
      break;
    }
  }
  return answer;
}

std::string NoPathMessage(const graph::KnowledgeGraph& g, const PathQuestion& question, const PathAnswer& answer) {
  return fmt::format("no path between '{}' and '{}' of at most {} hops{}", g.name(answer.from), g.name(answer.to),
                     question.max_hops, question.filter.direction == "out" ? " following edge direction" : "");
}

}  // namespace kg::cli
