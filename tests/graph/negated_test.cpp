// Negated triples are flagged edges of the snapshot, but not relations:
// every graph operation leaves them out unless asked, and every output
// that shows one says "not".
#include <doctest/doctest.h>

#include "graph/components.h"
#include "graph/knowledge_graph.h"
#include "graph/neighbourhood.h"
#include "graph/paths.h"
#include "graph/ranking.h"
#include "graph/subgraph.h"
#include "tests/graph/graph_fixture.h"

using namespace kg::graph;
using kg::test::GraphFixture;
using kg::test::RunKg;

namespace {

// "Iran does not support Israel": the only link between the two.
void Denial(GraphFixture& f) {
  f.Entity("Iran", "country", "IRN");
  f.Entity("Israel", "country", "ISR");
  f.Entity("Syria", "country", "SYR");
  f.Predicate("supports", "SUPPORT");
  int64_t denied = f.Triple({"Iran", "supports", "Israel", "actor", 3, true});
  f.Evidence(denied, "doc-1", "Iran does not support Israel.");
  f.Triple("Iran", "supports", "Syria");
}

}  // namespace

TEST_CASE("negated triples are left out of paths, neighbourhoods, ranking, components and exports by default") {
  GraphFixture f;
  Denial(f);
  auto g = f.Load();
  REQUIRE(g->num_edges() == 2);
  CHECK(g->num_negated_edges() == 1);
  const VertexId iran = *g->Find("Iran"), israel = *g->Find("Israel");

  PathOptions asserted, all;
  all.filter.include_negated = true;
  auto none = ShortestPath(*g, iran, israel, asserted);
  REQUIRE(none.ok());
  CHECK_FALSE(none->has_value());
  SearchWorkspace ws(*g);
  CHECK(ShortestPathLength(*g, iran, israel, 6, ws) == -1);
  auto simple = SimplePaths(*g, iran, israel, asserted);
  REQUIRE(simple.ok());
  CHECK(simple->empty());
  auto one = ShortestPath(*g, iran, israel, all);
  REQUIRE(one.ok());
  REQUIRE(one->has_value());
  CHECK(g->RelationLabel((*one)->steps[0].edge) == "not supports");

  NeighbourhoodOptions near;
  auto reached = Neighbourhood(*g, iran, near);
  REQUIRE(reached.ok());
  CHECK(reached->size() == 1);  // Syria only
  CHECK(CountWithinHops(*g, iran, 2, ws) == 1);
  CHECK(CountWithinHops(*g, iran, 3, ws) == 1);
  near.filter.include_negated = true;
  CHECK(Neighbourhood(*g, iran, near)->size() == 2);

  RankOptions rank;
  rank.top = 0;
  auto degree = Rank(*g, rank);
  REQUIRE(degree.ok());
  for (const RankedVertex& r : *degree) CHECK(r.score == (r.vertex == israel ? 0 : 1));
  rank.measure = RankMeasure::kPageRank;
  auto pagerank = Rank(*g, rank);
  REQUIRE(pagerank.ok());
  rank.include_negated = true;
  auto pagerank_all = Rank(*g, rank);
  REQUIRE(pagerank_all.ok());
  auto score_of = [&](const std::vector<RankedVertex>& ranked, VertexId v) {
    for (const RankedVertex& r : ranked) {
      if (r.vertex == v) return r.score;
    }
    return -1.0;
  };
  CHECK(score_of(*pagerank, israel) < score_of(*pagerank_all, israel));

  CHECK(WeakComponents(*g).members.size() == 2);
  CHECK(WeakComponents(*g, /*include_negated=*/true).members.size() == 1);
  CHECK(WholeGraph(*g).edges.size() == 1);
  CHECK(WholeGraph(*g, /*include_negated=*/true).edges.size() == 2);
  CHECK(InducedSubgraph(*g, {iran, israel}).edges.empty());
}

TEST_CASE("kg graph commands take --include-negated and then show the triple as negated") {
  GraphFixture f;
  Denial(f);
  auto path = RunKg({"--db", f.db_path(), "path", "Iran", "Israel"});
  CHECK(path.exit_code == 1);
  CHECK(path.err.find("no path between 'Iran' and 'Israel'") != std::string::npos);
  auto shown = RunKg({"--db", f.db_path(), "path", "Iran", "Israel", "--include-negated"});
  CHECK(shown.exit_code == 0);
  CHECK(shown.out.find("Iran -[not supports]-> Israel") != std::string::npos);
  auto json = RunKg({"--db", f.db_path(), "path", "Iran", "Israel", "--include-negated", "--format", "json"});
  CHECK(json.out.find("\"negated\":true") != std::string::npos);

  auto near = RunKg({"--db", f.db_path(), "neighbours", "Iran"});
  CHECK(near.exit_code == 0);
  CHECK(near.out.find("Israel") == std::string::npos);
  CHECK(RunKg({"--db", f.db_path(), "neighbours", "Iran", "--include-negated"}).out.find("Israel") !=
        std::string::npos);

  auto components = RunKg({"--db", f.db_path(), "components"});
  CHECK(components.out.rfind("2 components of 3 entities", 0) == 0);
  auto joined = RunKg({"--db", f.db_path(), "components", "--include-negated"});
  CHECK(joined.out.rfind("1 components of 3 entities", 0) == 0);

  auto rank = RunKg({"--db", f.db_path(), "rank", "--top", "0"});
  CHECK(rank.out.find("\t0\tIsrael\t") != std::string::npos);
  CHECK(RunKg({"--db", f.db_path(), "rank", "--include-negated"}).out.find("\t1\tIsrael\t") != std::string::npos);

  auto dot = RunKg({"--db", f.db_path(), "export", "--format", "dot"});
  CHECK(dot.exit_code == 0);
  CHECK(dot.out.find("not supports") == std::string::npos);
  auto dashed = RunKg({"--db", f.db_path(), "export", "--format", "dot", "--include-negated"});
  CHECK(dashed.out.find("label=\"not supports\"") != std::string::npos);
  CHECK(dashed.out.find("style=dashed") != std::string::npos);
}

TEST_CASE("query patterns match negated triples only when they ask with {negated: ...}") {
  GraphFixture f;
  Denial(f);
  auto plain = RunKg({"--db", f.db_path(), "query", "--format", "csv",
                      "MATCH (a)-[:supports]->(b {name: 'Israel'}) RETURN a.name"});
  CHECK(plain.exit_code == 0);
  CHECK(plain.out == "a.name\n");
  auto asked = RunKg({"--db", f.db_path(), "query", "--format", "csv",
                      "MATCH (a)-[r:supports {negated: true}]->(b) RETURN r"});
  CHECK(asked.out == "r\n(Iran)-[:not supports]->(Israel)\n");
  auto table = RunKg({"--db", f.db_path(), "query", "MATCH p = (a)-[*1..2 {negated: true}]-(b {name: 'Israel'}) RETURN p"});
  CHECK(table.out.find("(Iran)-[:not supports]->(Israel)") != std::string::npos);
  auto json = RunKg({"--db", f.db_path(), "query", "--format", "json",
                     "MATCH (a)-[r {negated: true}]->(b) RETURN r"});
  CHECK(json.out.find("\"negated\":true") != std::string::npos);
  auto shortest = RunKg({"--db", f.db_path(), "query", "--format", "csv",
                         "MATCH p = shortestPath((a {name: 'Iran'})-[*]-(b {name: 'Israel'})) RETURN p"});
  CHECK(shortest.out == "p\n");
}

TEST_CASE("the REPL's :path and :neighbours leave negated triples out, :evidence shows them as negated") {
  GraphFixture f;
  Denial(f);
  auto r = RunKg({"--db", f.db_path(), "repl"}, ":path Iran Israel\n:neighbours Iran\n:evidence Iran supports Israel\n");
  // The words of `kg path Iran Israel`, whose lookup it shares.
  CHECK(r.out.find("no path between 'Iran' and 'Israel' of at most 6 hops") != std::string::npos);
  CHECK(r.out.find("Syria") != std::string::npos);
  CHECK(r.out.find("(Iran)-[:not supports]->(Israel)") != std::string::npos);
}
