// Paths and neighbourhoods, checked by hand on small graphs and against a
// plain BFS on random ones.
#include <doctest/doctest.h>

#include <algorithm>
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

// Distances from s over the edges `filter` allows, into vertices it allows
// (t always; kNoVertex for none), along its direction; the obvious way.
std::vector<int> NaiveDistances(const KnowledgeGraph& g, VertexId s, VertexId t, const TraversalFilter& filter) {
  const std::set<uint32_t> predicates(filter.predicates.begin(), filter.predicates.end());
  const std::set<EntityType> types(filter.types.begin(), filter.types.end());
  std::vector<int> d(g.num_vertices(), -1);
  std::deque<VertexId> queue{s};
  d[s] = 0;
  while (!queue.empty()) {
    VertexId u = queue.front();
    queue.pop_front();
    for (const Incidence& i : g.Incidences(u, filter.direction)) {
      if (!filter.include_negated && g.edge(i.edge).negated) continue;
      if (!predicates.empty() && !predicates.count(g.edge(i.edge).predicate)) continue;
      if (i.neighbour != t && !types.empty() && !types.count(g.type(i.neighbour))) continue;
      if (d[i.neighbour] < 0) {
        d[i.neighbour] = d[u] + 1;
        queue.push_back(i.neighbour);
      }
    }
  }
  return d;
}

// What is wrong with `p` as a path from s to t under `filter` ("" = nothing).
std::string PathProblem(const KnowledgeGraph& g, const Path& p, VertexId s, VertexId t,
                        const TraversalFilter& filter) {
  if (p.start != s || p.end() != t) return "wrong endpoints";
  VertexId at = s;
  for (size_t k = 0; k < p.steps.size(); ++k) {
    const PathStep& step = p.steps[k];
    const std::string where = "step " + std::to_string(k) + ": ";
    if (step.from != at) return where + "does not continue the path";
    VertexId subject = step.forward ? step.from : step.to, object = step.forward ? step.to : step.from;
    if (g.source(step.edge) != subject || g.target(step.edge) != object) return where + "edge and hop disagree";
    if (filter.direction == Direction::kOut && !step.forward) return where + "walks an edge backwards";
    if (filter.direction == Direction::kIn && step.forward) return where + "walks an edge forwards";
    const uint32_t predicate = g.edge(step.edge).predicate;
    if (!filter.predicates.empty() &&
        std::find(filter.predicates.begin(), filter.predicates.end(), predicate) == filter.predicates.end()) {
      return where + "predicate not allowed";
    }
    if (!filter.include_negated && g.edge(step.edge).negated) return where + "walks a negated triple";
    if (step.to != t && !filter.types.empty() &&
        std::find(filter.types.begin(), filter.types.end(), g.type(step.to)) == filter.types.end()) {
      return where + "passes through a vertex of a type not allowed";
    }
    at = step.to;
  }
  return "";
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
      std::vector<int> d = NaiveDistances(*g, s, kNoVertex, TraversalFilter{});
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
      // The union with another start's neighbourhood (each start excluded
      // from its own only); a repeated start changes nothing.
      const VertexId t = (s * 7 + 3) % g->num_vertices();
      std::vector<int> dt = NaiveDistances(*g, t, kNoVertex, TraversalFilter{});
      size_t in_union = 0;
      for (VertexId v = 0; v < g->num_vertices(); ++v) {
        in_union += (d[v] > 0 && d[v] <= 3) || (dt[v] > 0 && dt[v] <= 3);
      }
      CHECK(CountWithinHopsOfAny(*g, {s, t, s}, 3, ws) == in_union);
      CHECK(CountWithinHopsOfAny(*g, {s}, 2, ws) == within2);
    }
    CHECK(CountWithinHopsOfAny(*g, {}, 2, ws) == 0);
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

TEST_CASE("shortest paths and neighbourhoods respect direction, predicate and type filters on random graphs") {
  std::mt19937 rng(777);
  const char* types[] = {"country", "person", "other"};
  const char* predicates[] = {"meets", "criticizes", "supports"};
  for (int round = 0; round < 2; ++round) {
    GraphFixture f;
    const int n = 50;
    std::uniform_int_distribution<int> pick(0, n - 1);
    REQUIRE(f.store().db().Exec("BEGIN").ok());
    for (int v = 0; v < n; ++v) f.Entity("N" + std::to_string(v), types[v % 3]);
    std::set<std::tuple<int, int, int>> seen;
    for (int i = 0; i < 110; ++i) {
      int s = pick(rng), o = pick(rng), p = pick(rng) % 3;
      if (s == o || !seen.emplace(s, o, p).second) continue;
      // Every fifth triple negated: the searches must leave those out
      // unless the filter includes them (variant 3).
      f.Triple({"N" + std::to_string(s), predicates[p], "N" + std::to_string(o), "actor", 1, i % 5 == 0});
    }
    REQUIRE(f.store().db().Exec("COMMIT").ok());
    auto g = f.Load();
    SearchWorkspace ws(*g);
    for (Direction direction : {Direction::kBoth, Direction::kOut, Direction::kIn}) {
      for (int variant = 0; variant < 4; ++variant) {
        PathOptions options;
        options.max_hops = 5;
        options.limit = 1'000'000;
        options.filter.direction = direction;
        if (variant == 1) options.filter.predicates = {*g->FindPredicate("meets"), *g->FindPredicate("supports")};
        if (variant == 2) options.filter.types = {EntityType::kCountry, EntityType::kOther};
        if (variant == 3) options.filter.include_negated = true;
        for (VertexId s = 0; s < g->num_vertices(); ++s) {
          NeighbourhoodOptions near_options;
          near_options.filter = options.filter;
          near_options.depth = 3;
          auto near = Neighbourhood(*g, s, near_options, &ws);
          REQUIRE(near.ok());
          const std::vector<int> from_s = NaiveDistances(*g, s, kNoVertex, options.filter);
          CHECK(near->size() == static_cast<size_t>(std::count_if(from_s.begin(), from_s.end(),
                                                                  [](int d) { return d >= 1 && d <= 3; })));
          for (const ReachedVertex& r : *near) CHECK(r.distance == from_s[r.vertex]);
          for (VertexId t = 0; t < g->num_vertices(); ++t) {
            std::vector<int> d = NaiveDistances(*g, s, t, options.filter);
            const int expected = d[t] >= 0 && d[t] <= options.max_hops ? d[t] : -1;
            auto p = ShortestPath(*g, s, t, options, &ws);
            REQUIRE(p.ok());
            REQUIRE(static_cast<int>(p->has_value() ? (*p)->hops() : -1) == expected);
            if (expected <= 0) continue;
            CHECK(PathProblem(*g, **p, s, t, options.filter) == "");
            auto all = AllShortestPaths(*g, s, t, options, &ws);
            REQUIRE(all.ok());
            REQUIRE_FALSE(all->empty());
            bool has_it = false;
            for (const Path& q : *all) {
              CHECK(static_cast<int>(q.hops()) == expected);
              CHECK(PathProblem(*g, q, s, t, options.filter) == "");
              has_it = has_it || Names(*g, q) == Names(*g, **p);
            }
            CHECK(has_it);
          }
        }
      }
    }
  }
}

TEST_CASE("a shortest path through a hub is rebuilt over the allowed edge") {
  // A and B meet at a hub H that the search never expands: rebuilding
  // scans A's edges for H, not H's hundreds.
  GraphFixture f;
  REQUIRE(f.store().db().Exec("BEGIN").ok());
  f.Triple("A", "meets", "H");
  f.Triple("A", "supports", "H");
  for (int i = 0; i < 300; ++i) f.Triple("H", "meets", "L" + std::to_string(i));
  f.Triple("B", "supports", "H");
  f.Triple("L7", "supports", "B");
  REQUIRE(f.store().db().Exec("COMMIT").ok());
  auto g = f.Load();
  VertexId a = f.V(*g, "A"), b = f.V(*g, "B");
  PathOptions options;
  options.filter.predicates = {*g->FindPredicate("supports")};
  auto p = ShortestPath(*g, a, b, options);
  REQUIRE((p.ok() && p->has_value()));
  CHECK(Names(*g, **p) == "A>H<B");
  for (const PathStep& step : (*p)->steps) CHECK(g->predicate_of(step.edge).name == "supports");
  options.filter.direction = Direction::kOut;  // A -> H -> L7 -> B, but not all 'supports'
  p = ShortestPath(*g, a, b, options);
  REQUIRE(p.ok());
  CHECK_FALSE(p->has_value());
  options.filter.direction = Direction::kIn;  // against the edges: B <- L7 <- H <- A
  options.filter.predicates.clear();
  p = ShortestPath(*g, b, a, options);
  REQUIRE((p.ok() && p->has_value()));
  CHECK(Names(*g, **p) == "B<L7<H<A");
}
