// CsrBuilder and the parallel load: the same graph as Boost's own
// constructor and as a load on one connection, whatever the edge order.
#include <doctest/doctest.h>

#include <random>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "graph/csr_builder.h"
#include "graph/knowledge_graph.h"
#include "tests/graph/graph_fixture.h"

using namespace kg::graph;
using kg::test::GraphFixture;

namespace {

struct Edge {
  VertexId source, target;
  EdgeInfo info;
};

std::vector<Edge> RandomEdges(VertexId n, size_t m, bool sorted, unsigned seed) {
  std::mt19937 rng(seed);
  std::uniform_int_distribution<VertexId> vertex(0, n - 1);
  std::vector<Edge> edges;
  for (size_t i = 0; i < m; ++i) {
    EdgeInfo info;
    info.triple_id = static_cast<int64_t>(i) + 1;
    info.predicate = static_cast<uint32_t>(i % 7);
    edges.push_back(Edge{vertex(rng), vertex(rng), info});
  }
  if (sorted) {
    std::stable_sort(edges.begin(), edges.end(), [](const Edge& a, const Edge& b) { return a.source < b.source; });
  }
  return edges;
}

// Every array of the two graphs, in and out, with the edge properties.
void CheckSameGraph(const CsrGraph& a, const CsrGraph& b) {
  CHECK(a.m_forward.m_rowstart == b.m_forward.m_rowstart);
  CHECK(a.m_forward.m_column == b.m_forward.m_column);
  CHECK(a.m_backward.m_rowstart == b.m_backward.m_rowstart);
  CHECK(a.m_backward.m_column == b.m_backward.m_column);
  CHECK(a.m_backward.m_edge_properties == b.m_backward.m_edge_properties);
  REQUIRE(a.m_forward.m_edge_properties.size() == b.m_forward.m_edge_properties.size());
  for (size_t e = 0; e < a.m_forward.m_edge_properties.size(); ++e) {
    CHECK(a.m_forward.m_edge_properties[e].triple_id == b.m_forward.m_edge_properties[e].triple_id);
  }
}

}  // namespace

TEST_CASE("CsrBuilder builds the graph Boost builds, from sorted or unsorted edges, in one or two parts") {
  const VertexId n = 50;
  for (bool sorted : {true, false}) {
    for (size_t split : {size_t{0}, size_t{1}, size_t{137}, size_t{400}}) {
      CAPTURE(sorted);
      CAPTURE(split);
      std::vector<Edge> edges = RandomEdges(n, 400, sorted, 7);
      std::vector<std::pair<VertexId, VertexId>> endpoints;
      std::vector<EdgeInfo> infos;
      for (const Edge& e : edges) {
        endpoints.emplace_back(e.source, e.target);
        infos.push_back(e.info);
      }
      CsrGraph expected(boost::edges_are_unsorted_multi_pass, endpoints.begin(), endpoints.end(), infos.begin(), n);

      CsrBuilder first(n, 10), second(n, 10);
      for (size_t i = 0; i < edges.size(); ++i) {
        (i < split ? first : second).Add(edges[i].source, edges[i].target, edges[i].info);
      }
      first.Append(std::move(second));
      CHECK(second.size() == 0);
      REQUIRE(first.size() == edges.size());
      CsrGraph built;
      first.BuildInto(built);
      CheckSameGraph(built, expected);
      CHECK(boost::num_edges(built) == edges.size());
    }
  }
}

TEST_CASE("CsrBuilder: a graph without edges has empty rows") {
  CsrBuilder builder(3, 0);
  CsrGraph g;
  builder.BuildInto(g);
  CHECK(boost::num_vertices(g) == 3);
  CHECK(boost::num_edges(g) == 0);
  CHECK(boost::out_degree(VertexId{2}, g) == 0);
  CHECK(boost::in_degree(VertexId{2}, g) == 0);
}

TEST_CASE("a load on two connections gives the same graph as a load on one") {
  GraphFixture f;
  // Triple ids out of subject order (as documents ingested one by one give),
  // both levels, so that every part of the load has work to do.
  const char* names[] = {"E", "A", "D", "B", "C", "F"};
  std::set<std::string> stored;
  for (int i = 0; i < 60; ++i) {
    kg::test::TestTriple t{names[(i * 5) % 6], i % 3 ? "meets" : "criticizes", names[(i * 7 + 1) % 6],
                           i % 4 ? "actor" : "mention", 1 + i % 5, i % 2 == 0};
    if (t.subject == t.object || !stored.insert(t.subject + t.predicate + t.object + t.level + (t.negated ? "-" : "+")).second) {
      continue;
    }
    f.Triple(t);
  }
  for (TripleLevel level : {TripleLevel::kActor, TripleLevel::kMention}) {
    LoadOptions one;
    one.level = level;
    one.threads = 1;
    LoadOptions two = one;
    two.threads = 2;
    two.min_triples_per_thread = 1;
    auto a = KnowledgeGraph::Load(f.store(), one);
    auto b = KnowledgeGraph::Load(f.store(), two);
    REQUIRE(a.ok());
    REQUIRE(b.ok());
    CHECK((*a)->num_edges() > 0);
    kg::test::CheckSameGraph(**a, **b);
    CHECK((*a)->data_version() == (*b)->data_version());
    for (EdgeId e = 0; e < (*a)->num_edges(); ++e) {
      CHECK((*a)->edge(e).evidence_count == (*b)->edge(e).evidence_count);
      CHECK((*a)->edge(e).negated == (*b)->edge(e).negated);
      CHECK((*a)->predicate_of(e).name == (*b)->predicate_of(e).name);
    }
    auto stale = (*b)->IsStale(f.store());
    REQUIRE(stale.ok());
    CHECK_FALSE(*stale);
  }
}
