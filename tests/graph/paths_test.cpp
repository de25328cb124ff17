// Paths and neighbourhoods, checked by hand on small graphs and against a
// plain BFS on random ones.
#include <doctest/doctest.h>

#include <deque>
#include <random>
#include <set>
#include <tuple>

#include "graph/neighbourhood.h"
#include "graph/paths.h"
#include "tests/graph/graph_fixture.h"

using namespace kg::graph;
using kg::test::GraphFixture;

namespace {

// Undirected BFS distances, the obvious way.
std::vector<int> NaiveDistances(const KnowledgeGraph& g, VertexId s) {
  std::vector<int> d(g.num_vertices(), -1);
  std::deque<VertexId> queue{s};
  d[s] = 0;
  while (!queue.empty()) {
    VertexId u = queue.front();
    queue.pop_front();
    for (const Incidence& i : g.Incidences(u, Direction::kBoth)) {
      if (d[i.neighbour] < 0) {
        d[i.neighbour] = d[u] + 1;
        queue.push_back(i.neighbour);
      }
    }
  }
  return d;
}

std::string Names(const KnowledgeGraph& g, const Path& p) {
  std::string s(g.name(p.start));
  for (const PathStep& step : p.steps) s += (step.forward ? ">" : "<") + std::string(g.name(step.to));
  return s;
}

}  // namespace

TEST_CASE("shortest path: undirected by default, directed on request, with hop directions") {
  GraphFixture f;
  f.Triple("A", "supports", "B");
  f.Triple("C", "criticizes", "B");
  f.Triple("C", "meets", "D");
  auto g = f.Load();
  VertexId a = f.V(*g, "A"), d = f.V(*g, "D");
  PathOptions options;
  auto p = ShortestPath(*g, a, d, options);
  REQUIRE(p.ok());
  REQUIRE(p->has_value());
  CHECK(Names(*g, **p) == "A>B<C>D");
  options.filter.direction = Direction::kOut;
  p = ShortestPath(*g, a, d, options);
  REQUIRE(p.ok());
  CHECK_FALSE(p->has_value());
  options.filter.direction = Direction::kBoth;
  options.max_hops = 2;
  p = ShortestPath(*g, a, d, options);
  REQUIRE(p.ok());
  CHECK_FALSE(p->has_value());
}

TEST_CASE("predicate and type filters restrict the path") {
  GraphFixture f;
  f.Entity("X", "country");
  f.Entity("Y", "country");
  f.Entity("P", "person");
  f.Entity("Q", "country");
  f.Triple("X", "meets", "P");
  f.Triple("P", "meets", "Y");
  f.Triple("X", "supports", "Q");
  f.Triple("Q", "supports", "Z");
  f.Triple("Z", "supports", "Y");
  auto g = f.Load();
  VertexId x = f.V(*g, "X"), y = f.V(*g, "Y");
  PathOptions options;
  auto p = ShortestPath(*g, x, y, options);
  REQUIRE((p.ok() && p->has_value()));
  CHECK(Names(*g, **p) == "X>P>Y");
  options.filter.predicates = {*g->FindPredicate("SUPPORTS")};
  p = ShortestPath(*g, x, y, options);
  REQUIRE((p.ok() && p->has_value()));
  CHECK(Names(*g, **p) == "X>Q>Z>Y");
  options.filter.predicates.clear();
  options.filter.types = {EntityType::kCountry};  // Z is 'other': no way through
  p = ShortestPath(*g, x, y, options);
  REQUIRE(p.ok());
  CHECK_FALSE(p->has_value());
}

TEST_CASE("all shortest paths and bounded simple paths enumerate every path, and stop at the limit") {
  GraphFixture f;
  // A diamond A-{B,C}-D plus a longer way A-E-F-D, and a parallel edge A-B.
  f.Triple("A", "meets", "B");
  f.Triple("A", "supports", "B");
  f.Triple("A", "meets", "C");
  f.Triple("B", "meets", "D");
  f.Triple("C", "meets", "D");
  f.Triple("A", "meets", "E");
  f.Triple("E", "meets", "F");
  f.Triple("F", "meets", "D");
  auto g = f.Load();
  VertexId a = f.V(*g, "A"), d = f.V(*g, "D");
  PathOptions options;
  auto all = AllShortestPaths(*g, a, d, options);
  REQUIRE(all.ok());
  CHECK(all->size() == 3);  // via B twice (two predicates), via C
  for (const Path& p : *all) CHECK(p.hops() == 2);
  options.max_hops = 3;
  auto simple = SimplePaths(*g, a, d, options);
  REQUIRE(simple.ok());
  CHECK(simple->size() == 4);
  CHECK(simple->back().hops() == 3);
  std::set<std::string> distinct;
  for (const Path& p : *simple) distinct.insert(Names(*g, p));
  CHECK(distinct.count("A>E>F>D") == 1);
  options.limit = 2;
  auto limited = SimplePaths(*g, a, d, options);
  REQUIRE_FALSE(limited.ok());
  CHECK(limited.status().code() == kg::Status::Code::kLimitExceeded);
  CHECK(limited.status().message().find("--limit") != std::string::npos);
  limited = AllShortestPaths(*g, a, d, options);
  CHECK(limited.status().code() == kg::Status::Code::kLimitExceeded);
}

TEST_CASE("shortest-path lengths and hop counts agree with a plain BFS on random graphs") {
  std::mt19937 rng(12345);
  for (int round = 0; round < 3; ++round) {
    GraphFixture f;
    const int n = 60;
    std::uniform_int_distribution<int> pick(0, n - 1);
    REQUIRE(f.store().db().Exec("BEGIN").ok());
    std::set<std::tuple<int, int, int>> seen;  // the store keeps one row per assertion
    for (int i = 0; i < 90; ++i) {
      int s = pick(rng), o = pick(rng);
      if (s == o || !seen.emplace(s, o, i % 6).second) continue;
      f.Triple({"N" + std::to_string(s), i % 2 ? "meets" : "criticizes", "N" + std::to_string(o), "actor", 1,
                i % 3 == 0});
    }
    REQUIRE(f.store().db().Exec("COMMIT").ok());
    auto g = f.Load();
    SearchWorkspace ws(*g);
    PathOptions bounded;
    bounded.max_hops = 4;
    for (VertexId s = 0; s < g->num_vertices(); ++s) {
      std::vector<int> d = NaiveDistances(*g, s);
      size_t within2 = 0, within3 = 0;
      for (VertexId t = 0; t < g->num_vertices(); ++t) {
        int expected = d[t] >= 0 && d[t] <= 4 ? d[t] : -1;
        CHECK(ShortestPathLength(*g, s, t, 4, ws) == expected);
        auto p = ShortestPath(*g, s, t, bounded, &ws);
        REQUIRE(p.ok());
        CHECK(static_cast<int>(p->has_value() ? (*p)->hops() : -1) == expected);
        if (t != s && d[t] > 0 && d[t] <= 2) ++within2;
        if (t != s && d[t] > 0 && d[t] <= 3) ++within3;
      }
      CHECK(CountWithinHops(*g, s, 2, ws) == within2);
      CHECK(CountWithinHops(*g, s, 3, ws) == within3);
      NeighbourhoodOptions nopt;
      nopt.depth = 3;
      auto near = Neighbourhood(*g, s, nopt, &ws);
      REQUIRE(near.ok());
      CHECK(near->size() == within3);
      for (const ReachedVertex& r : *near) CHECK(r.distance == d[r.vertex]);
    }
  }
}

TEST_CASE("a neighbourhood follows the requested direction and stops at its limit") {
  GraphFixture f;
  f.Triple("A", "meets", "B");
  f.Triple("B", "meets", "C");
  f.Triple("D", "meets", "A");
  auto g = f.Load();
  VertexId a = f.V(*g, "A");
  NeighbourhoodOptions options;
  options.depth = 2;
  options.filter.direction = Direction::kOut;
  auto out = Neighbourhood(*g, a, options);
  REQUIRE(out.ok());
  REQUIRE(out->size() == 2);
  CHECK(g->name((*out)[1].vertex) == "C");
  CHECK((*out)[1].distance == 2);
  options.filter.direction = Direction::kBoth;
  options.limit = 2;
  auto limited = Neighbourhood(*g, a, options);
  CHECK(limited.status().code() == kg::Status::Code::kLimitExceeded);
}
