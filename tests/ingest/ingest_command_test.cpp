// End to end: kg ingest on the seed article, re-ingest, --replace, bad
// inputs, stdin.
#include <doctest/doctest.h>

#include <rapidjson/document.h>

#include <filesystem>
#include <string>
#include <vector>

#include "schema/database.h"
#include "tests/test_util.h"

using kg::test::RunKg;
using kg::test::SourcePath;
using kg::test::TempDir;
using kg::test::WriteFile;

namespace {

// The counts of `kg stats --format json`.
rapidjson::Document Stats(const std::string& db) {
  auto r = RunKg({"--db", db, "stats", "--format", "json"});
  REQUIRE(r.exit_code == 0);
  rapidjson::Document json;
  json.Parse(r.out.c_str());
  REQUIRE(json.IsObject());
  return json;
}

int64_t Stat(const rapidjson::Document& stats, const char* name) { return stats[name].GetInt64(); }

}  // namespace

TEST_CASE("kg ingest the seed article, then kg stats") {
  TempDir dir;
  std::string db = dir.File("kg.db");
  auto r = RunKg({"--db", db, "ingest", SourcePath("samples/seed-article.txt")});
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  CHECK(r.err.find("kg: ingested 1 documents (0 unchanged, 0 skipped)") != std::string::npos);
  auto stats = Stats(db);
  CHECK(Stat(stats, "documents") == 1);
  // 10 body sentences and 4 FAQ answers; the questions are not stored.
  CHECK(Stat(stats, "sentences") == 14);
}

TEST_CASE("ingesting the same document again is a no-op, and --replace extracts it anew") {
  TempDir dir;
  std::string db = dir.File("kg.db");
  std::string article = SourcePath("samples/seed-article.txt");
  REQUIRE(RunKg({"--db", db, "ingest", "-q", article}).exit_code == 0);
  auto first = Stats(db);

  auto again = RunKg({"--db", db, "ingest", article});
  CHECK(again.exit_code == 0);
  CHECK(again.err.find("ingested 0 documents (1 unchanged") != std::string::npos);
  CHECK(Stat(Stats(db), "triples") == Stat(first, "triples"));
  CHECK(Stat(Stats(db), "evidence") == Stat(first, "evidence"));

  auto replaced = RunKg({"--db", db, "ingest", "--replace", article});
  INFO(replaced.err);
  CHECK(replaced.exit_code == 0);
  CHECK(replaced.err.find("ingested 1 documents (0 unchanged, 0 skipped, 1 replaced)") != std::string::npos);
  auto after = Stats(db);
  for (const char* row : {"documents", "sentences", "entities", "mentions", "triples", "evidence"}) {
    CHECK_MESSAGE(Stat(after, row) == Stat(first, row), row);
  }
}

TEST_CASE("a changed document under a stored key needs --replace") {
  TempDir dir;
  std::string db = dir.File("kg.db");
  std::string file = dir.File("a.txt");
  WriteFile(file, "Israel criticized Russia.");
  REQUIRE(RunKg({"--db", db, "ingest", "-q", file}).exit_code == 0);
  WriteFile(file, "Israel praised Russia.");
  auto r = RunKg({"--db", db, "ingest", file});
  CHECK(r.exit_code == 3);
  CHECK(r.err.find("already stored with other text; give --replace") != std::string::npos);
  CHECK(RunKg({"--db", db, "ingest", "--replace", file}).exit_code == 0);
  CHECK(Stat(Stats(db), "documents") == 1);
}

TEST_CASE("a file is one document whatever path names it: relative, absolute, with ./ or a link") {
  TempDir dir;
  std::string db = dir.File("kg.db");
  std::string file = dir.File("a.txt");
  WriteFile(file, "Israel criticized Russia.");
  const std::string relative = std::filesystem::relative(file).string();
  REQUIRE(relative != file);
  REQUIRE(RunKg({"--db", db, "ingest", "-q", relative}).exit_code == 0);
  CHECK(RunKg({"--db", db, "ingest", file}).err.find("1 unchanged") != std::string::npos);
  std::filesystem::create_symlink(file, dir.File("link.txt"));
  WriteFile(file, "Israel praised Russia.");
  for (const std::string& path : {file, dir.path() + "/./a.txt", dir.File("link.txt")}) {
    auto r = RunKg({"--db", db, "ingest", path});
    CAPTURE(path);
    CHECK(r.exit_code == 3);
    CHECK(r.err.find("already stored with other text; give --replace") != std::string::npos);
  }
  CHECK(Stat(Stats(db), "documents") == 1);
}

TEST_CASE("an empty or blank file is refused, not stored as an empty document") {
  TempDir dir;
  std::string db = dir.File("kg.db");
  WriteFile(dir.File("empty.txt"), "");
  WriteFile(dir.File("blank.txt"), "  \n\t\n\n");
  for (const char* name : {"empty.txt", "blank.txt"}) {
    auto r = RunKg({"--db", db, "ingest", dir.File(name)});
    CAPTURE(name);
    CHECK(r.exit_code == 3);
    CHECK(r.err.find(dir.File(name) + ": the file is empty or blank") != std::string::npos);
  }
  CHECK(RunKg({"--db", db, "ingest", "-"}, " \n").err.find("standard input: the file is empty") != std::string::npos);
  CHECK(Stat(Stats(db), "documents") == 0);
}

TEST_CASE("bad documents are skipped with FILE: reason, exit code 3, the rest stored") {
  TempDir dir;
  std::string db = dir.File("kg.db");
  std::filesystem::create_directories(dir.File("in"));
  WriteFile(dir.File("in/good.txt"), "Russia backed the resolution.");
  WriteFile(dir.File("in/bad-utf8.txt"), "caf\xE9 au lait");
  WriteFile(dir.File("in/binary.txt"), std::string("\x7f" "ELF\0\0\0", 7));
  WriteFile(dir.File("in/lines.jsonl"), "{\"id\": \"j1\", \"text\": \"Iran met Russia.\"}\n{\"id\": \n");
  auto r = RunKg({"--db", db, "ingest", dir.File("in")});
  INFO(r.err);
  CHECK(r.exit_code == 3);
  CHECK(r.err.find(dir.File("in/bad-utf8.txt") + ": invalid UTF-8 at line 1, byte 3") != std::string::npos);
  CHECK(r.err.find(dir.File("in/binary.txt") + ": binary data") != std::string::npos);
  CHECK(r.err.find(dir.File("in/lines.jsonl") + ":2: invalid JSON") != std::string::npos);
  CHECK(r.err.find("2 documents (0 unchanged, 3 skipped)") != std::string::npos);
  CHECK(Stat(Stats(db), "documents") == 2);
}

TEST_CASE("kg ingest reads stdin and refuses unknown formats and missing paths") {
  TempDir dir;
  std::string db = dir.File("kg.db");
  auto r = RunKg({"--db", db, "ingest", "-", "--format", "jsonl"},
                 "{\"id\": \"x1\", \"date\": \"2020-01-02\", \"text\": \"Iran met Russia.\"}\n");
  INFO(r.err);
  CHECK(r.exit_code == 0);
  CHECK(Stat(Stats(db), "documents") == 1);
  CHECK(RunKg({"--db", db, "ingest", "-", "--format", "xml"}).exit_code == 2);
  auto missing = RunKg({"--db", db, "ingest", dir.File("missing.txt")});
  CHECK(missing.exit_code == 1);
  CHECK(missing.err.find(dir.File("missing.txt") + ": no such file or folder") != std::string::npos);
  // Only missing paths: an error, and no empty database is left behind.
  CHECK(RunKg({"--db", dir.File("new.db"), "ingest", dir.File("missing.txt")}).exit_code == 1);
  CHECK_FALSE(std::filesystem::exists(dir.File("new.db")));
  // One missing among others: the rest is ingested, exit 3.
  WriteFile(dir.File("b.txt"), "Iran met Russia.");
  CHECK(RunKg({"--db", db, "ingest", dir.File("missing.txt"), dir.File("b.txt")}).exit_code == 3);
}

TEST_CASE("--quiet prints nothing on success") {
  TempDir dir;
  auto r = RunKg({"--db", dir.File("kg.db"), "ingest", "--quiet", SourcePath("samples/seed-article.txt")});
  CHECK(r.exit_code == 0);
  CHECK(r.err.empty());
  CHECK(r.out.empty());
}

namespace {

// first_date and last_date of the actor-level triples, "first..last" each.
std::vector<std::string> TripleDates(const std::string& db_path) {
  auto db = kg::Database::Open(db_path, kg::Database::Mode::kReadOnly, 1000);
  REQUIRE(db.ok());
  auto stmt = (*db)->Prepare(
      "SELECT coalesce(first_date, '') || '..' || coalesce(last_date, '') FROM triples "
      "WHERE level = 'actor' ORDER BY id");
  REQUIRE(stmt.ok());
  std::vector<std::string> dates;
  while (true) {
    auto row = stmt->Step();
    REQUIRE(row.ok());
    if (!*row) break;
    dates.push_back(stmt->ColumnText(0));
  }
  return dates;
}

}  // namespace

TEST_CASE("--replace recomputes a triple's first and last dates from the evidence left") {
  TempDir dir;
  std::string db = dir.File("kg.db");
  std::string file = dir.File("news.jsonl");
  WriteFile(file,
            "{\"id\": \"a\", \"date\": \"2020-01-01\", \"text\": \"Israel criticized Russia.\"}\n"
            "{\"id\": \"b\", \"date\": \"2021-01-01\", \"text\": \"Israel criticized Russia again.\"}\n");
  REQUIRE(RunKg({"--db", db, "ingest", "-q", file}).exit_code == 0);
  CHECK(TripleDates(db) == std::vector<std::string>{"2020-01-01..2021-01-01"});

  // b is now dated earlier: the triple no longer reaches 2021.
  WriteFile(file,
            "{\"id\": \"a\", \"date\": \"2020-01-01\", \"text\": \"Israel criticized Russia.\"}\n"
            "{\"id\": \"b\", \"date\": \"2020-06-01\", \"text\": \"Israel criticized Russia again.\"}\n");
  auto r = RunKg({"--db", db, "ingest", "--replace", file});
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  CHECK(TripleDates(db) == std::vector<std::string>{"2020-01-01..2020-06-01"});

  // a is replaced by text without the event: only b's date is left.
  WriteFile(file,
            "{\"id\": \"a\", \"date\": \"2020-01-01\", \"text\": \"Israel was quiet.\"}\n"
            "{\"id\": \"b\", \"date\": \"2020-06-01\", \"text\": \"Israel criticized Russia again.\"}\n");
  REQUIRE(RunKg({"--db", db, "ingest", "-q", "--replace", file}).exit_code == 0);
  CHECK(TripleDates(db) == std::vector<std::string>{"2020-06-01..2020-06-01"});
}
