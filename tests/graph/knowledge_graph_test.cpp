// The snapshot: loading, name lookup, edge properties, staleness.
#include <doctest/doctest.h>

#include "graph/knowledge_graph.h"
#include "graph/name_index.h"
#include "tests/graph/graph_fixture.h"

using namespace kg::graph;
using kg::test::GraphFixture;

TEST_CASE("FoldCase folds non-ASCII letters and composes decomposed ones") {
  CHECK(FoldCase("ZOË") == FoldCase("zoë"));
  CHECK(FoldCase("ŁUKASZ") == "łukasz");
  CHECK(FoldCase("Zoe\xCC\x88") == FoldCase("Zoë"));  // e + combining diaeresis
  CHECK(FoldCase("O'Neill") == "o'neill");
}

TEST_CASE("names and aliases are found case-insensitively, and misses suggest near names") {
  GraphFixture f;
  f.Entity("Israel", "country", "ISR");
  f.Entity("Zoë Baird", "person");
  f.Entity("Łukasz", "person");
  f.Alias("Jerusalem", "Israel");
  f.Triple("Israel", "criticizes", "Łukasz");
  auto g = f.Load();
  CHECK(g->num_vertices() == 3);
  CHECK(g->Find("ISRAEL") == g->Find("israel"));
  CHECK(g->Find("jerusalem") == g->Find("Israel"));
  CHECK(g->Find("zoë baird").has_value());
  CHECK(g->Find("ZOË BAIRD").has_value());
  CHECK(g->Find("łukasz").has_value());
  CHECK_FALSE(g->Find("Isra").has_value());
  auto miss = g->Resolve("Israil");
  REQUIRE_FALSE(miss.ok());
  CHECK(miss.status().code() == kg::Status::Code::kNotFound);
  CHECK(miss.status().message().find("'Israel'") != std::string::npos);
  VertexId israel = f.V(*g, "Israel");
  CHECK(g->type(israel) == EntityType::kCountry);
  CHECK(g->code(israel) == "ISR");
  CHECK(g->sector(israel).empty());
}

TEST_CASE("one edge per triple, with its predicate, counts and dates, both directions indexed") {
  GraphFixture f;
  f.Predicate("criticizes", "DISAPPROVE");
  f.Triple({"A", "criticizes", "B", "actor", 3, true});
  f.Triple("A", "meets", "B");
  f.Triple("C", "meets", "A");
  f.Triple({"A", "mentions", "C", "mention"});
  auto g = f.Load();
  CHECK(g->num_edges() == 3);
  VertexId a = f.V(*g, "A"), b = f.V(*g, "B"), c = f.V(*g, "C");
  CHECK(g->out_degree(a) == 2);
  CHECK(g->in_degree(a) == 1);
  CHECK(g->degree(b) == 2);
  auto out = g->Incidences(a, Direction::kOut);
  REQUIRE(out.size() == 2);
  const EdgeInfo& first = g->edge(out[0].edge);
  CHECK(g->predicate(first.predicate).name == "criticizes");
  CHECK(g->predicate(first.predicate).stance == Stance::kConflict);
  CHECK(first.negated == 1);
  CHECK(first.evidence_count == 3);
  CHECK(first.first_day == 20240102);
  CHECK(first.last_day == 20240304);
  CHECK(g->source(out[0].edge) == a);
  CHECK(g->target(out[0].edge) == b);
  auto in = g->Incidences(a, Direction::kIn);
  REQUIRE(in.size() == 1);
  CHECK(in[0].neighbour == c);
  CHECK_FALSE(in[0].outgoing);
  CHECK(g->source(in[0].edge) == c);

  auto mention = f.Load(TripleLevel::kMention);
  CHECK(mention->num_edges() == 1);
}

TEST_CASE("a snapshot knows when the store was written after it was loaded") {
  GraphFixture f;
  f.Triple("A", "meets", "B");
  auto g = f.Load();
  auto stale = g->IsStale(f.store());
  REQUIRE(stale.ok());
  CHECK_FALSE(*stale);
  {
    auto other = kg::Store::Open(f.db_path(), kg::StoreOptions{});
    REQUIRE(other.ok());
    REQUIRE((*other)->db().Exec("INSERT INTO entities(name) VALUES ('Z')").ok());
  }
  stale = g->IsStale(f.store());
  REQUIRE(stale.ok());
  CHECK(*stale);
}

TEST_CASE("an empty store loads as an empty graph") {
  GraphFixture f;
  auto g = f.Load();
  CHECK(g->num_vertices() == 0);
  CHECK(g->num_edges() == 0);
  CHECK_FALSE(g->Resolve("anything").ok());
}
