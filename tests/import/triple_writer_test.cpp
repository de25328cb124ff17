// TripleWriter and BulkTripleLoader against a real store.
#include <doctest/doctest.h>

#include "schema/bulk_triple_loader.h"
#include "schema/triple_writer.h"
#include "tests/test_util.h"

using namespace kg;

namespace {

int64_t Count(Store& store, const char* sql) {
  auto stmt = store.db().Prepare(sql);
  REQUIRE(stmt.ok());
  REQUIRE(*stmt->Step());
  return stmt->ColumnInt(0);
}

std::unique_ptr<Store> OpenFresh(const kg::test::TempDir& dir) {
  auto store = Store::Open(dir.File("kg.db"), StoreOptions{});
  REQUIRE(store.ok());
  return std::move(store).value();
}

EntitySpec Named(const std::string& name, const std::string& type = "other") {
  EntitySpec spec;
  spec.name = name;
  spec.type = type;
  return spec;
}

PredicateSpec Pred(const std::string& name) {
  PredicateSpec spec;
  spec.name = name;
  return spec;
}

TripleRow Row(int64_t s, int64_t p, int64_t o, int64_t assertions) {
  TripleRow row;
  row.subject = s;
  row.predicate = p;
  row.object = o;
  row.assertions = assertions;
  return row;
}

}  // namespace

TEST_CASE("entities: get-or-create by exact name, details filled only when unset") {
  kg::test::TempDir dir;
  auto store = OpenFresh(dir);
  auto txn = Transaction::Begin(store->db());
  REQUIRE(txn.ok());
  auto writer = TripleWriter::Create(*store);
  REQUIRE(writer.ok());
  TripleWriter& w = **writer;

  EntitySpec israel = Named("Israel");
  int64_t id = *w.Entity(israel);
  CHECK(*w.Entity(israel) == id);
  israel.type = "country";
  israel.code = "ISR";
  israel.aliases = {"Jerusalem", "Jerusalem"};
  CHECK(*w.Entity(israel) == id);
  EntitySpec other = Named("israel", "organization");
  CHECK(*w.Entity(other) != id);  // names are case-sensitive
  israel.type = "person";         // a known type is never overwritten
  CHECK(*w.Entity(israel) == id);
  CHECK(Count(*store, "SELECT count(*) FROM entities WHERE type = 'country' AND code = 'ISR'") == 1);
  CHECK(Count(*store, "SELECT count(*) FROM aliases") == 1);
  CHECK(w.new_entities() == 2);

  CHECK_FALSE(w.Entity(Named("")).ok());
  CHECK_FALSE(w.Entity(Named("X", "planet")).ok());
}

TEST_CASE("triples: upsert counts assertions, widens dates, keeps the best confidence") {
  kg::test::TempDir dir;
  auto store = OpenFresh(dir);
  auto txn = Transaction::Begin(store->db());
  auto w = std::move(TripleWriter::Create(*store)).value();
  int64_t a = *w->Entity(Named("A"));
  int64_t b = *w->Entity(Named("B"));
  int64_t p = *w->Predicate([] { auto p = Pred("criticizes"); p.category = "DISAPPROVE"; return p; }());
  CHECK(*w->Predicate(Pred("criticizes")) == p);

  EvidenceSpec e;
  e.phrase = "criticised";
  e.rule = "import";
  e.source = "f:1";
  int64_t t = *w->Triple(a, p, b, "actor", false, 0.5, std::string("2024-05-01"), &e);
  CHECK(*w->Triple(a, p, b, "actor", false, 0.9, std::string("2024-01-01"), nullptr) == t);
  CHECK(*w->Triple(a, p, b, "actor", false, std::nullopt, std::nullopt, &e) == t);
  CHECK(*w->Triple(a, p, b, "actor", true, std::nullopt, std::nullopt, nullptr) != t);
  CHECK(*w->Triple(a, p, b, "mention", false, std::nullopt, std::nullopt, nullptr) != t);
  CHECK_FALSE(w->Triple(a, p, b, "rumour", false, std::nullopt, std::nullopt, nullptr).ok());

  auto row = store->db().Prepare(
      "SELECT evidence_count, confidence, first_date, last_date FROM triples WHERE id = ?1");
  row->Bind(1, t);
  REQUIRE(*row->Step());
  CHECK(row->ColumnInt(0) == 3);
  CHECK(row->ColumnDouble(1) == doctest::Approx(0.9));
  CHECK(row->ColumnText(2) == "2024-01-01");
  CHECK(row->ColumnText(3) == "2024-05-01");
  CHECK(Count(*store, "SELECT count(*) FROM evidence") == 2);
}

TEST_CASE("bulk loader: rebuilds the indexes on an empty table, upserts otherwise") {
  kg::test::TempDir dir;
  auto store = OpenFresh(dir);
  REQUIRE(store->db().Exec("CREATE INDEX triples_last_date ON triples(last_date)").ok());
  {
    auto txn = std::move(Transaction::Begin(store->db())).value();
    auto w = std::move(TripleWriter::Create(*store)).value();
    int64_t a = *w->Entity(Named("A")), b = *w->Entity(Named("B"));
    int64_t p = *w->Predicate(Pred("p"));
    auto loader = std::move(BulkTripleLoader::Begin(*store, *w)).value();
    CHECK(loader->rebuilds_indexes());
    // The index in the rows' order stays; any other (here one a user made)
    // is rebuilt at Finish.
    CHECK(Count(*store, "SELECT count(*) FROM sqlite_schema WHERE name = 'triples_spo'") == 1);
    CHECK(Count(*store, "SELECT count(*) FROM sqlite_schema WHERE name = 'triples_last_date'") == 0);
    REQUIRE(loader->Add(Row(a, p, b, 2)).ok());
    REQUIRE(loader->Finish().ok());
    REQUIRE(txn.Commit().ok());
  }
  CHECK(Count(*store, "SELECT count(*) FROM sqlite_schema WHERE name IN ('triples_spo', 'triples_last_date')") == 2);
  {
    auto txn = std::move(Transaction::Begin(store->db())).value();
    auto w = std::move(TripleWriter::Create(*store)).value();
    int64_t a = *w->Entity(Named("A")), b = *w->Entity(Named("B"));
    int64_t p = *w->Predicate(Pred("p"));
    auto loader = std::move(BulkTripleLoader::Begin(*store, *w)).value();
    CHECK_FALSE(loader->rebuilds_indexes());
    REQUIRE(loader->Add(Row(a, p, b, 3)).ok());
    REQUIRE(loader->Finish().ok());
    REQUIRE(txn.Commit().ok());
  }
  CHECK(Count(*store, "SELECT evidence_count FROM triples") == 5);
}

TEST_CASE("bulk loader: a failure before Finish rolls the dropped indexes back") {
  kg::test::TempDir dir;
  auto store = OpenFresh(dir);
  REQUIRE(store->db().Exec("CREATE INDEX triples_last_date ON triples(last_date)").ok());
  {
    auto txn = std::move(Transaction::Begin(store->db())).value();
    auto w = std::move(TripleWriter::Create(*store)).value();
    auto loader = std::move(BulkTripleLoader::Begin(*store, *w)).value();
    CHECK(loader->rebuilds_indexes());
  }  // no Finish, no Commit
  CHECK(Count(*store, "SELECT count(*) FROM sqlite_schema WHERE name IN ('triples_spo', 'triples_last_date')") == 2);
}

TEST_CASE("bulk loader: entities resolve against stored names, and many rows go out in multi-row batches") {
  kg::test::TempDir dir;
  auto store = OpenFresh(dir);
  REQUIRE(store->db().Exec("CREATE INDEX triples_last_date ON triples(last_date)").ok());
  int64_t stored_a = 0;
  {
    auto txn = std::move(Transaction::Begin(store->db())).value();
    auto w = std::move(TripleWriter::Create(*store)).value();
    stored_a = *w->Entity(Named("A"));
    REQUIRE(txn.Commit().ok());
  }
  std::vector<std::string> names = {"A"};
  for (int i = 0; i < 600; ++i) names.push_back("E" + std::to_string(i));  // 2 full batches + a tail
  std::vector<EntityName> entities;
  for (const std::string& n : names) entities.push_back({n, n == "A" ? "country" : ""});
  {
    auto fk_off = std::move(ForeignKeyChecksOff::Begin(store->db())).value();
    auto txn = std::move(Transaction::Begin(store->db())).value();
    auto w = std::move(TripleWriter::Create(*store)).value();
    auto loader = std::move(BulkTripleLoader::Begin(*store, *w)).value();
    auto ids = std::move(loader->ResolveEntities(entities)).value();
    REQUIRE(ids.size() == names.size());
    CHECK(ids[0] == stored_a);
    CHECK(loader->new_entities() == 600);
    int64_t p = *w->Predicate(Pred("p"));
    for (size_t i = 1; i + 1 < ids.size(); ++i) REQUIRE(loader->Add(Row(ids[i], p, ids[i + 1], 1)).ok());
    REQUIRE(loader->Finish().ok());
    REQUIRE(txn.Commit().ok());
  }
  CHECK(Count(*store, "SELECT count(*) FROM entities") == 601);
  CHECK(Count(*store, "SELECT count(DISTINCT name) FROM entities") == 601);
  CHECK(Count(*store, "SELECT count(*) FROM entities WHERE name = 'A' AND type = 'country'") == 1);
  CHECK(Count(*store, "SELECT count(*) FROM triples") == 599);
  // Every reference the bulk path wrote without checks holds, and the
  // checks are back on.
  CHECK(Count(*store, "SELECT count(*) FROM pragma_foreign_key_check") == 0);
  CHECK(Count(*store, "PRAGMA foreign_keys") == 1);
  CHECK(Count(*store, "SELECT count(*) FROM sqlite_schema WHERE name IN ('triples_spo', 'triples_last_date')") == 2);
  // The ids Add() returned are the rows' ids (SQLite numbers them).
  CHECK(Count(*store, "SELECT min(id) FROM triples") == 1);
  CHECK(Count(*store, "SELECT max(id) FROM triples") == 599);
  // The CHECK constraints the load skipped hold, and are evaluated again.
  CHECK(Count(*store, "SELECT count(*) FROM triples WHERE level NOT IN ('actor', 'mention')") == 0);
  CHECK(Count(*store, "PRAGMA ignore_check_constraints") == 0);
}

TEST_CASE("bulk loader: a type that is not an entity type is refused, as the table's CHECK would") {
  kg::test::TempDir dir;
  auto store = OpenFresh(dir);
  auto txn = std::move(Transaction::Begin(store->db())).value();
  auto w = std::move(TripleWriter::Create(*store)).value();
  auto loader = std::move(BulkTripleLoader::Begin(*store, *w)).value();
  auto ids = loader->ResolveEntities({{"A", "planet"}});
  REQUIRE_FALSE(ids.ok());
  CHECK(ids.status().message() == "unknown entity type 'planet'");
}
