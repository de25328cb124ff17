#include <doctest/doctest.h>
#include <sys/stat.h>

#include "schema/document_mentions_reader.h"
#include "schema/migrator.h"
#include "schema/stats_reader.h"
#include "schema/store.h"
#include "tests/schema/version1_store.h"
#include "tests/test_util.h"

using kg::Status;
using kg::Store;
using kg::StoreOptions;
using kg::test::TempDir;

TEST_CASE("a new store is created at the latest schema version") {
  TempDir dir;
  auto store = Store::Open(dir.File("kg.db"), StoreOptions{});
  REQUIRE(store.ok());
  auto version = kg::SchemaVersion((*store)->db());
  REQUIRE(version.ok());
  CHECK(*version == kg::LatestSchemaVersion());
  auto stats = kg::ReadStats(**store);
  REQUIRE(stats.ok());
  CHECK(stats->triples == 0);
  CHECK(stats->schema_version == kg::LatestSchemaVersion());
  CHECK(*(*store)->db().QueryInt("PRAGMA page_size") == 16384);
}

TEST_CASE("opening read-only never creates a file") {
  TempDir dir;
  StoreOptions ro;
  ro.read_only = true;
  auto store = Store::Open(dir.File("missing.db"), ro);
  CHECK_FALSE(store.ok());
  CHECK(store.status().code() == Status::Code::kNotFound);
  CHECK(store.status().message().find("missing.db") != std::string::npos);
}

TEST_CASE("a folder is refused as a database") {
  TempDir dir;
  auto store = Store::Open(dir.path(), StoreOptions{});
  REQUIRE_FALSE(store.ok());
  CHECK(store.status().message().find("is a folder") != std::string::npos);
}

TEST_CASE("a file that is not SQLite is refused") {
  TempDir dir;
  kg::test::WriteFile(dir.File("notes.db"), "these are not the bytes of a database, just some text\n");
  auto store = Store::Open(dir.File("notes.db"), StoreOptions{});
  REQUIRE_FALSE(store.ok());
  CHECK(store.status().message().find("not a SQLite database") != std::string::npos);
  CHECK(kg::test::ReadFile(dir.File("notes.db")).find("these are not") == 0);
}

TEST_CASE("another program's SQLite file is refused") {
  TempDir dir;
  {
    auto db = kg::Database::Open(dir.File("other.db"), kg::Database::Mode::kReadWrite, 1000);
    REQUIRE(db.ok());
    REQUIRE((*db)->Exec("CREATE TABLE accounts(id INTEGER)").ok());
  }
  auto store = Store::Open(dir.File("other.db"), StoreOptions{});
  REQUIRE_FALSE(store.ok());
  CHECK(store.status().message().find("not a kgraph database") != std::string::npos);
}

TEST_CASE("another program's SQLite file is refused unchanged: not switched to WAL first") {
  TempDir dir;
  const std::string other = dir.File("other.db");
  {
    auto db = kg::Database::Open(other, kg::Database::Mode::kReadWrite, 1000);
    REQUIRE(db.ok());
    REQUIRE((*db)->Exec("CREATE TABLE accounts(id INTEGER); INSERT INTO accounts VALUES (1)").ok());
  }
  const std::string before = kg::test::ReadFile(other);
  REQUIRE(before.size() > 100);
  CHECK(before[18] == 1);  // rollback journal: file format versions 1, not 2 (WAL)
  kg::test::WriteFile(dir.File("a.txt"), "Iran criticized Israel on Monday.\n");
  kg::test::WriteFile(dir.File("t.tsv"), "Iran\tcriticizes\tIsrael\n");
  const std::vector<std::vector<std::string>> commands = {
      {"ingest", dir.File("a.txt")}, {"import", dir.File("t.tsv")}, {"migrate"}, {"repl"}, {"stats"}};
  for (const auto& command : commands) {
    std::vector<std::string> args = {"--db", other};
    args.insert(args.end(), command.begin(), command.end());
    auto r = kg::test::RunKg(args, "RETURN 1;\n");
    CAPTURE(command[0]);
    CHECK(r.exit_code != 0);
    CHECK(r.err.find("not a kgraph database") != std::string::npos);
    CHECK(kg::test::ReadFile(other) == before);
  }
}

TEST_CASE("a database from a newer schema is refused, read-only or not") {
  TempDir dir;
  std::string path = dir.File("new.db");
  {
    auto store = Store::Open(path, StoreOptions{});
    REQUIRE(store.ok());
    REQUIRE((*store)->db().Exec("PRAGMA user_version = 999").ok());
  }
  for (bool read_only : {false, true}) {
    StoreOptions options;
    options.read_only = read_only;
    auto store = Store::Open(path, options);
    REQUIRE_FALSE(store.ok());
    CHECK(store.status().code() == Status::Code::kUnsupported);
    CHECK(store.status().message().find("newer kgraph") != std::string::npos);
  }
}

TEST_CASE("a read-only database file is refused for writing but opens for reading") {
  TempDir dir;
  std::string path = dir.File("ro.db");
  {
    auto store = Store::Open(path, StoreOptions{});
    REQUIRE(store.ok());
    REQUIRE((*store)->db().Exec("PRAGMA journal_mode = DELETE").ok());
  }
  REQUIRE(::chmod(path.c_str(), 0444) == 0);
  auto writer = Store::Open(path, StoreOptions{});
  REQUIRE_FALSE(writer.ok());
  CHECK(writer.status().message().find("read-only") != std::string::npos);
  StoreOptions ro;
  ro.read_only = true;
  CHECK(Store::Open(path, ro).ok());
}

TEST_CASE("a failed transaction leaves the database as it was") {
  TempDir dir;
  auto store = Store::Open(dir.File("kg.db"), StoreOptions{});
  REQUIRE(store.ok());
  kg::Database& db = (*store)->db();
  {
    auto txn = kg::Transaction::Begin(db);
    REQUIRE(txn.ok());
    REQUIRE(db.Exec("INSERT INTO entities(name, type) VALUES ('Israel', 'country')").ok());
    // destroyed without Commit: rolled back
  }
  auto stats = kg::ReadStats(**store);
  REQUIRE(stats.ok());
  CHECK(stats->entities == 0);
}

TEST_CASE("the database path comes from --db, then $KG_DB, then kg.db") {
  CHECK(Store::ResolvePath(std::string("x.db")) == "x.db");
  ::setenv("KG_DB", "env.db", 1);
  CHECK(Store::ResolvePath(std::nullopt) == "env.db");
  ::unsetenv("KG_DB");
  CHECK(Store::ResolvePath(std::nullopt) == "kg.db");
}

namespace {

// The store at `path`, opened for writing, which migrates it to the latest version.
std::unique_ptr<Store> OpenMigrated(const std::string& path) {
  auto store = Store::Open(path, StoreOptions{});
  REQUIRE(store.ok());
  CHECK(*kg::SchemaVersion((*store)->db()) == kg::LatestSchemaVersion());
  return std::move(store).value();
}

}  // namespace

TEST_CASE("a version 1 database is migrated when opened for writing, its rows kept") {
  TempDir dir;
  std::string path = dir.File("v1.db");
  kg::test::MakeVersion1Store(path);
  // Reading alone never migrates: it says how to.
  StoreOptions read_only;
  read_only.read_only = true;
  auto reader = Store::Open(path, read_only);
  REQUIRE_FALSE(reader.ok());
  CHECK(reader.status().message().find("needs migrating") != std::string::npos);

  auto store = OpenMigrated(path);
  kg::Database& db = store->db();
  CHECK(*db.QueryInt("SELECT count(*) FROM sqlite_schema WHERE name = 'triples_object'") == 0);
  CHECK(*db.QueryInt("SELECT count(*) FROM sqlite_schema WHERE name = 'triples_spo'") == 1);
  CHECK(*db.QueryInt("SELECT evidence_count FROM triples WHERE subject_id = 1 AND object_id = 2") == 3);
}

TEST_CASE("a version 4 database gains how each mention was coded, its old mentions read as unknown") {
  TempDir dir;
  std::string path = dir.File("v4.db");
  {
    auto db = kg::Database::Open(path, kg::Database::Mode::kReadWrite, 1000);
    REQUIRE(db.ok());
    REQUIRE(kg::Migrate(**db, 4).ok());
    REQUIRE((*db)->Exec("INSERT INTO documents(id, doc_key, format, content_hash, text, date) "
                        "VALUES (1, 'old.txt', 'text', 'h1', 'Israeli troops left.', '2020-01-02');"
                        "INSERT INTO sentences(id, document_id, idx, start, end) VALUES (1, 1, 0, 0, 20);"
                        "INSERT INTO entities(id, name, type, code, sector) "
                        "VALUES (1, 'Israeli troops', 'organization', 'ISR', 'MIL');"
                        "INSERT INTO mentions(entity_id, sentence_id, start, end, surface) "
                        "VALUES (1, 1, 0, 14, 'Israeli troops');")
                .ok());
    CHECK(*kg::SchemaVersion(**db) == 4);
    CHECK(*(*db)->QueryInt("SELECT count(*) FROM pragma_table_info('mentions') WHERE name = 'coded_by'") == 0);
  }
  auto store = OpenMigrated(path);
  kg::Database& db = store->db();
  CHECK(*db.QueryInt("SELECT count(*) FROM pragma_table_info('mentions') WHERE name IN ('coded_by', 'sector')") == 2);
  CHECK(*db.QueryInt("SELECT count(*) FROM mentions WHERE coded_by IS NULL AND sector IS NULL") == 1);
  auto mentions = kg::ReadDocumentMentions(*store);
  REQUIRE(mentions.ok());
  REQUIRE(mentions->size() == 1);
  const kg::DocumentMention& m = mentions->front();
  CHECK(m.doc_key == "old.txt");
  CHECK(m.sentence == "Israeli troops left.");
  CHECK(m.surface == "Israeli troops");
  CHECK(m.code == "ISR");
  CHECK(m.coded_by == "unknown");
  CHECK(m.sector == "MIL");  // the entity's, as the mention has none of its own
}
