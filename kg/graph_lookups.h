// GraphLookups: the questions `kg path` and `kg neighbours` ask of a loaded
// graph, and the shell's :path and :neighbours too, answered by one piece
// of code, so that both resolve names, filter edges (negated triples left
// out unless asked for), search and order alike. Each caller only presents
// the answer its own way (text or JSON on stdout; a result table).
#pragma once

#include <string>
#include <vector>

#include "graph/filter_spec.h"
#include "graph/knowledge_graph.h"
#include "graph/neighbourhood.h"
#include "graph/paths.h"
#include "schema/status.h"

namespace kg::cli {

struct NeighboursQuestion {
  std::string entity;        // a name or alias, any case
  int depth = 1;
  graph::FilterSpec filter;  // include_negated is in it
  size_t limit = 100000;     // most entities before LimitExceeded
};

struct NeighboursAnswer {
  graph::VertexId start = 0;
  graph::TraversalFilter filter;              // as resolved, for a subgraph of the answer
  std::vector<graph::ReachedVertex> reached;  // in BFS order (graph::Neighbourhood)
};

Result<NeighboursAnswer> FindNeighbours(const graph::KnowledgeGraph& g, const NeighboursQuestion& question);

// `reached` as a list is read: by distance, then by name.
void SortForListing(const graph::KnowledgeGraph& g, std::vector<graph::ReachedVertex>& reached);

enum class PathKind { kShortest, kAllShortest, kSimple };

struct PathQuestion {
  std::string from, to;  // names or aliases, any case
  PathKind kind = PathKind::kShortest;
  graph::FilterSpec filter;  // direction "out" follows edges from subject to object only
  int max_hops = 6;
  size_t limit = 100;                         // most paths of kAllShortest / kSimple
  const graph::WorkBudget* budget = nullptr;  // deadline and Ctrl-C of kSimple
};

struct PathAnswer {
  graph::VertexId from = 0, to = 0;
  std::vector<graph::Path> paths;  // empty: none of at most max_hops
};

// An unknown name is an error; no path is an answer without paths.
Result<PathAnswer> FindPaths(const graph::KnowledgeGraph& g, const PathQuestion& question);

// "no path between 'A' and 'B' of at most N hops", for an answer without paths.
std::string NoPathMessage(const graph::KnowledgeGraph& g, const PathQuestion& question, const PathAnswer& answer);

}  // namespace kg::cli
