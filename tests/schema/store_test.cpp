#include <doctest/doctest.h>
#include <sys/stat.h>

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

  auto store = Store::Open(path, StoreOptions{});
  REQUIRE(store.ok());
  kg::Database& db = (*store)->db();
  CHECK(*kg::SchemaVersion(db) == kg::LatestSchemaVersion());
  CHECK(*db.QueryInt("SELECT count(*) FROM sqlite_schema WHERE name = 'triples_object'") == 0);
  CHECK(*db.QueryInt("SELECT count(*) FROM sqlite_schema WHERE name = 'triples_spo'") == 1);
  CHECK(*db.QueryInt("SELECT evidence_count FROM triples WHERE subject_id = 1 AND object_id = 2") == 3);
}
