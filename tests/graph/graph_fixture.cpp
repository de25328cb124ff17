#include "tests/graph/graph_fixture.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <span>

namespace kg::test {
namespace {

void Check(const Status& s) { REQUIRE_MESSAGE(s.ok(), s.message()); }

template <typename T>
void CheckSameSpan(std::span<const T> a, std::span<const T> b, const char* what) {
  CAPTURE(what);
  REQUIRE(a.size() == b.size());
  CHECK(std::equal(a.begin(), a.end(), b.begin()));
}

void CheckSamePool(const graph::StringPoolView& a, const graph::StringPoolView& b, const char* what) {
  CheckSameSpan(a.offsets(), b.offsets(), what);
  CHECK(a.bytes() == b.bytes());
}

}  // namespace

GraphFixture::GraphFixture() : db_path_(dir_.File("kg.db")) {
  auto store = Store::Open(db_path_, StoreOptions{});
  REQUIRE_MESSAGE(store.ok(), store.status().message());
  store_ = std::move(store).value();
}

int64_t GraphFixture::EntityId(const std::string& name) {
  auto find = store_->db().Prepare("SELECT id FROM entities WHERE name = ?1");
  REQUIRE(find.ok());
  find->Bind(1, name);
  auto row = find->Step();
  REQUIRE(row.ok());
  if (*row) return find->ColumnInt(0);
  Entity(name, "other");
  return store_->db().LastInsertRowId();
}

void GraphFixture::Entity(const std::string& name, const std::string& type, const std::string& code) {
  auto insert = store_->db().Prepare("INSERT INTO entities(name, type, code) VALUES (?1, ?2, ?3)");
  REQUIRE(insert.ok());
  insert->Bind(1, name).Bind(2, type);
  if (code.empty()) insert->BindNull(3); else insert->Bind(3, code);
  Check(insert->Run());
}

void GraphFixture::Alias(const std::string& alias, const std::string& entity) {
  int64_t id = EntityId(entity);
  auto insert = store_->db().Prepare("INSERT INTO aliases(alias, entity_id) VALUES (?1, ?2)");
  REQUIRE(insert.ok());
  insert->Bind(1, alias).Bind(2, id);
  Check(insert->Run());
}

void GraphFixture::Predicate(const std::string& name, const std::string& category) {
  auto insert = store_->db().Prepare("INSERT INTO predicates(name, category) VALUES (?1, ?2)");
  REQUIRE(insert.ok());
  insert->Bind(1, name).Bind(2, category);
  Check(insert->Run());
}

int64_t GraphFixture::PredicateId(const std::string& name) {
  auto find = store_->db().Prepare("SELECT id FROM predicates WHERE name = ?1");
  REQUIRE(find.ok());
  find->Bind(1, name);
  auto row = find->Step();
  REQUIRE(row.ok());
  if (*row) return find->ColumnInt(0);
  Predicate(name, "");
  return store_->db().LastInsertRowId();
}

int64_t GraphFixture::Triple(const TestTriple& t) {
  int64_t s = EntityId(t.subject), p = PredicateId(t.predicate), o = EntityId(t.object);
  auto insert = store_->db().Prepare(
      "INSERT INTO triples(subject_id, predicate_id, object_id, level, negated, evidence_count, first_date, "
      "last_date) VALUES (?1, ?2, ?3, ?4, ?5, ?6, '2024-01-02', '2024-03-04')");
  REQUIRE(insert.ok());
  insert->Bind(1, s).Bind(2, p).Bind(3, o).Bind(4, t.level).Bind(5, t.negated ? 1 : 0).Bind(6, t.evidence_count);
  Check(insert->Run());
  return store_->db().LastInsertRowId();
}

void GraphFixture::Evidence(int64_t triple_id, const std::string& doc_key, const std::string& text) {
  auto doc = store_->db().Prepare(
      "INSERT INTO documents(doc_key, format, content_hash, text, date) VALUES (?1, 'text', ?1, ?2, '2024-01-02')");
  REQUIRE(doc.ok());
  doc->Bind(1, doc_key).Bind(2, "Intro. " + text);
  Check(doc->Run());
  int64_t doc_id = store_->db().LastInsertRowId();
  auto sentence = store_->db().Prepare("INSERT INTO sentences(document_id, idx, start, end) VALUES (?1, 1, 7, ?2)");
  REQUIRE(sentence.ok());
  sentence->Bind(1, doc_id).Bind(2, static_cast<int64_t>(7 + text.size()));
  Check(sentence->Run());
  int64_t sentence_id = store_->db().LastInsertRowId();
  auto evidence = store_->db().Prepare(
      "INSERT INTO evidence(triple_id, document_id, sentence_id, rule, date) VALUES (?1, ?2, ?3, 'test', '2024-01-02')");
  REQUIRE(evidence.ok());
  evidence->Bind(1, triple_id).Bind(2, doc_id).Bind(3, sentence_id);
  Check(evidence->Run());
}

std::unique_ptr<graph::KnowledgeGraph> GraphFixture::Load(graph::TripleLevel level) {
  auto g = graph::KnowledgeGraph::Load(*store_, graph::LoadOptions{level});
  REQUIRE_MESSAGE(g.ok(), g.status().message());
  return std::move(g).value();
}

graph::VertexId GraphFixture::V(const graph::KnowledgeGraph& g, const std::string& name) {
  auto v = g.Find(name);
  REQUIRE_MESSAGE(v.has_value(), name);
  return *v;
}

void CheckSameGraph(const graph::KnowledgeGraph& a, const graph::KnowledgeGraph& b) {
  const graph::GraphArrays& x = a.arrays();
  const graph::GraphArrays& y = b.arrays();
  CHECK(a.level() == b.level());
  CHECK(a.num_negated_edges() == b.num_negated_edges());
  CheckSameSpan(x.out_row, y.out_row, "out_row");
  CheckSameSpan(x.out_target, y.out_target, "out_target");
  CheckSameSpan(x.in_row, y.in_row, "in_row");
  CheckSameSpan(x.in_source, y.in_source, "in_source");
  CheckSameSpan(x.in_edge, y.in_edge, "in_edge");
  CheckSameSpan(x.all_row, y.all_row, "all_row");
  CheckSameSpan(x.all_neighbour, y.all_neighbour, "all_neighbour");
  REQUIRE(x.edge_info.size() == y.edge_info.size());
  for (size_t e = 0; e < x.edge_info.size(); ++e) {
    const graph::EdgeInfo &p = x.edge_info[e], &q = y.edge_info[e];
    CHECK(p.triple_id == q.triple_id);
    CHECK(p.predicate == q.predicate);
    CHECK(p.negated == q.negated);
    CHECK(p.evidence_count == q.evidence_count);
    CHECK(p.first_day == q.first_day);
    CHECK(p.last_day == q.last_day);
  }
  CheckSameSpan(x.entity_ids, y.entity_ids, "entity_ids");
  CheckSameSpan(x.types, y.types, "types");
  CheckSameSpan(x.code_ids, y.code_ids, "code_ids");
  CheckSameSpan(x.sector_ids, y.sector_ids, "sector_ids");
  CheckSamePool(x.names, y.names, "names");
  CheckSamePool(x.codes, y.codes, "codes");
  CHECK(x.min_entity_id == y.min_entity_id);
  CHECK(x.contiguous_ids == y.contiguous_ids);
  CheckSameSpan(x.vertex_of_dense_id, y.vertex_of_dense_id, "vertex_of_dense_id");
  CheckSamePool(x.name_index.folded, y.name_index.folded, "folded names");
  CheckSameSpan(x.name_index.slots, y.name_index.slots, "name slots");
  CheckSamePool(x.name_index.alias_keys, y.name_index.alias_keys, "alias keys");
  CheckSameSpan(x.name_index.alias_vertices, y.name_index.alias_vertices, "alias vertices");
  REQUIRE(a.num_predicates() == b.num_predicates());
  for (uint32_t i = 0; i < a.num_predicates(); ++i) {
    CHECK(a.predicate(i).id == b.predicate(i).id);
    CHECK(a.predicate(i).name == b.predicate(i).name);
    CHECK(a.predicate(i).category == b.predicate(i).category);
    CHECK(a.predicate(i).cameo == b.predicate(i).cameo);
    CHECK(a.predicate(i).stance == b.predicate(i).stance);
  }
}

bool HaveGraphviz() { return RunProgram({"sh", "-c", "command -v dot"}).exit_code == 0; }

}  // namespace kg::test
