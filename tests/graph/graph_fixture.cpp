#include "tests/graph/graph_fixture.h"

#include <doctest/doctest.h>

namespace kg::test {
namespace {

void Check(const Status& s) { REQUIRE_MESSAGE(s.ok(), s.message()); }

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

}  // namespace kg::test
