// Two writers at once, end to end: the second waits for the first as long
// as the busy timeout says, then succeeds or says in one sentence why not,
// never with SQLite's raw "UNIQUE constraint failed".
#include <doctest/doctest.h>

#include <chrono>
#include <string>
#include <thread>

#include "schema/database.h"
#include "tests/test_util.h"

using kg::test::RunKg;
using kg::test::RunResult;
using kg::test::SourcePath;
using kg::test::TempDir;

namespace {

bool Has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("two kg ingest of one article at once store it once, with no raw SQLite error") {
  const std::string article = SourcePath("samples/seed-article.txt");
  for (int round = 0; round < 3; ++round) {
    TempDir dir;
    const std::string db = dir.File("kg.db");
    RunResult first, second;
    std::thread a([&] { first = RunKg({"--db", db, "ingest", "-q", article}); });
    std::thread b([&] { second = RunKg({"--db", db, "ingest", "-q", article}); });
    a.join();
    b.join();
    for (const RunResult* r : {&first, &second}) {
      INFO(r->err);
      CHECK((r->exit_code == 0 || r->exit_code == 3));
      CHECK_FALSE(Has(r->err, "UNIQUE constraint"));
      if (r->exit_code == 3) CHECK(Has(r->err, "was stored meanwhile by another kg process"));
    }
    auto stats = RunKg({"--db", db, "stats", "--format", "json"});
    CHECK(Has(stats.out, "\"documents\": 1,"));
  }
}

TEST_CASE("kg ingest waits for another writer as long as --busy-timeout says") {
  TempDir dir;
  const std::string db = dir.File("kg.db");
  REQUIRE(RunKg({"--db", db, "import", "-q", SourcePath("samples/triples/world.tsv")}).exit_code == 0);
  auto holder = kg::Database::Open(db, kg::Database::Mode::kReadWrite, 1000);
  REQUIRE(holder.ok());
  REQUIRE((*holder)->Exec("BEGIN IMMEDIATE").ok());
  auto gave_up = RunKg({"--db", db, "ingest", "-q", "--busy-timeout", "200", SourcePath("samples/seed-article.txt")});
  CHECK(gave_up.exit_code != 0);
  CHECK(Has(gave_up.err, "locked by another writer"));
  // The lock goes after a second; a writer told to wait ten seconds gets in.
  std::thread release([&] {
    std::this_thread::sleep_for(std::chrono::seconds(1));
    REQUIRE((*holder)->Exec("ROLLBACK").ok());
  });
  auto waited = RunKg({"--db", db, "ingest", "-q", "--busy-timeout", "10000", SourcePath("samples/seed-article.txt")});
  release.join();
  INFO(waited.err);
  CHECK(waited.exit_code == 0);
}
