// Degree, PageRank, betweenness and components on graphs small enough to
// work out by hand.
#include <doctest/doctest.h>

#include <atomic>
#include <utility>
#include <vector>

#include "graph/components.h"
#include "graph/ranking.h"
#include "tests/graph/graph_fixture.h"

using namespace kg::graph;
using kg::test::GraphFixture;

TEST_CASE("the hub of a star ranks first by every measure") {
  GraphFixture f;
  for (const char* leaf : {"L1", "L2", "L3", "L4"}) f.Triple(leaf, "supports", "Hub");
  f.Triple("L1", "meets", "L5");
  auto g = f.Load();
  for (RankMeasure m : {RankMeasure::kDegree, RankMeasure::kPageRank, RankMeasure::kBetweenness}) {
    RankOptions options;
    options.measure = m;
    options.top = 3;
    auto ranked = Rank(*g, options);
    REQUIRE(ranked.ok());
    REQUIRE(ranked->size() == 3);
    CHECK(g->name((*ranked)[0].vertex) == "Hub");
  }
  RankOptions degree;
  degree.top = 0;
  auto all = Rank(*g, degree);
  REQUIRE(all.ok());
  CHECK(all->size() == 6);
  CHECK((*all)[0].score == 4);
  CHECK(g->name((*all)[1].vertex) == "L1");  // degree 2
  // Undirected betweenness of the hub: the 6 pairs of L2..L4 and L1 among
  // themselves (L1..L4: 6 pairs) plus L5 with L2..L4 (3) = 9 of C(4,2)=10 pairs... normalised.
  RankOptions between;
  between.measure = RankMeasure::kBetweenness;
  auto b = Rank(*g, between);
  REQUIRE(b.ok());
  CHECK((*b)[0].score == doctest::Approx(9.0 / 10.0));
  between.max_betweenness_work = 1;
  CHECK(Rank(*g, between).status().code() == kg::Status::Code::kLimitExceeded);
}

TEST_CASE("PageRank scores sum to one even with dangling vertices") {
  GraphFixture f;
  f.Triple("A", "meets", "B");
  f.Triple("B", "meets", "C");
  f.Triple("C", "meets", "A");
  f.Triple("C", "meets", "D");
  auto g = f.Load();
  RankOptions options;
  options.measure = RankMeasure::kPageRank;
  options.top = 0;
  auto ranked = Rank(*g, options);
  REQUIRE(ranked.ok());
  double sum = 0;
  for (const RankedVertex& r : *ranked) sum += r.score;
  CHECK(sum == doctest::Approx(1.0));
}

TEST_CASE("weak components ignore direction and keep isolated entities") {
  GraphFixture f;
  f.Triple("A", "meets", "B");
  f.Triple("C", "meets", "B");
  f.Triple("D", "meets", "E");
  f.Entity("Lonely", "person");
  auto g = f.Load();
  Components c = WeakComponents(*g);
  REQUIRE(c.members.size() == 3);
  CHECK(c.members[0].size() == 3);
  CHECK(c.members[1].size() == 2);
  CHECK(c.members[2].size() == 1);
  CHECK(c.component_of[f.V(*g, "A")] == c.component_of[f.V(*g, "C")]);
  CHECK(c.component_of[f.V(*g, "Lonely")] == 2);
}

TEST_CASE("weak components stop at the budget's deadline or on Ctrl-C, and report progress of both passes") {
  GraphFixture f;
  f.Triple("A", "meets", "B");
  f.Triple("C", "meets", "D");
  auto g = f.Load();
  WorkBudget budget;
  std::vector<std::pair<size_t, size_t>> reports;
  budget.progress = [&](size_t done, size_t total) { reports.emplace_back(done, total); };
  auto done = WeakComponents(*g, false, &budget);
  REQUIRE(done.ok());
  CHECK(done->members.size() == 2);
  REQUIRE_FALSE(reports.empty());
  CHECK(reports.front() == std::pair<size_t, size_t>(0, 2 * g->num_vertices()));

  std::atomic<bool> cancel{true};
  budget.cancel = &cancel;
  auto cancelled = WeakComponents(*g, false, &budget);
  REQUIRE_FALSE(cancelled.ok());
  CHECK(cancelled.status().message() == "components cancelled (Ctrl-C)");

  cancel = false;
  budget.deadline = WorkBudget::Clock::now();
  auto late = WeakComponents(*g, false, &budget);
  REQUIRE_FALSE(late.ok());
  CHECK(late.status().code() == kg::Status::Code::kLimitExceeded);
}
