// End to end: kg import on good files, every bad input of the issue, and
// two processes at once.
#include <doctest/doctest.h>
#include <sys/stat.h>

#include <string>

#include "schema/database.h"
#include "tests/test_util.h"

using kg::test::ReadFile;
using kg::test::RunKg;
using kg::test::RunResult;
using kg::test::SourcePath;
using kg::test::TempDir;
using kg::test::WriteFile;

namespace {

bool Contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

// Everything a database holds, as text: a change anywhere shows.
std::string Dump(const std::string& db) {
  RunResult r = kg::test::RunProgram(
      {"sqlite3", db,
       "SELECT * FROM entities; SELECT * FROM predicates; SELECT * FROM triples; "
       "SELECT * FROM evidence; SELECT * FROM aliases; SELECT name FROM sqlite_schema ORDER BY name;"});
  REQUIRE(r.exit_code == 0);
  return r.out;
}

std::string BigTsv(int lines, int bad_line) {
  std::string text = "subject\tpredicate\tobject\n";
  for (int i = 2; i <= lines; ++i) {
    if (i == bad_line) {
      text += "E" + std::to_string(i) + "\tbroken line with two columns\n";
    } else {
      text += "E" + std::to_string(i % 997) + "\trel" + std::to_string(i % 7) + "\tE" +
              std::to_string((i * 31) % 1009) + "\n";
    }
  }
  return text;
}

}  // namespace

TEST_CASE("the sample files import, and entities and predicates are shared across formats") {
  TempDir dir;
  std::string db = dir.File("kg.db");
  for (const char* file : {"world.tsv", "world.jsonl", "world.nt"}) {
    RunResult r = RunKg({"--db", db, "import", SourcePath(std::string("samples/triples/") + file)});
    CAPTURE(r.err);
    REQUIRE(r.exit_code == 0);
    CHECK(Contains(r.err, "triples/s"));
  }
  RunResult stats = RunKg({"--db", db, "stats", "--format", "json"});
  CHECK(Contains(stats.out, "\"entities\": 15"));
  CHECK(Contains(stats.out, "\"evidence\": 7"));
  // Israel criticizes Iran: once in each of the three files.
  RunResult count = kg::test::RunProgram(
      {"sqlite3", db,
       "SELECT evidence_count FROM triples t JOIN entities s ON s.id = t.subject_id "
       "JOIN predicates p ON p.id = t.predicate_id WHERE s.name = 'Israel' AND p.name = 'criticizes'"});
  CHECK(count.out == "3\n");
}

TEST_CASE("stdin with --format, quiet, and the level option") {
  TempDir dir;
  std::string db = dir.File("kg.db");
  RunResult r = RunKg({"--db", db, "--quiet", "import", "-", "--format", "tsv", "--level", "mention"},
                      "A\tmeets\tB\nA\tmeets\tB\n");
  REQUIRE(r.exit_code == 0);
  CHECK(r.err.empty());
  RunResult row = kg::test::RunProgram({"sqlite3", db, "SELECT level, evidence_count FROM triples"});
  CHECK(row.out == "mention|2\n");
  // Without --format, stdin content decides.
  r = RunKg({"--db", db, "import", "-"}, "{\"subject\":\"A\",\"predicate\":\"meets\",\"object\":\"C\"}\n");
  CHECK(r.exit_code == 0);
  CHECK(Contains(r.err, "(jsonl)"));
}

TEST_CASE("an empty file imports nothing and says so") {
  TempDir dir;
  WriteFile(dir.File("empty.tsv"), "");
  RunResult r = RunKg({"--db", dir.File("kg.db"), "import", dir.File("empty.tsv")});
  CHECK(r.exit_code == 0);
  CHECK(Contains(r.err, "no triples"));
}

TEST_CASE("a missing input file") {
  TempDir dir;
  RunResult r = RunKg({"--db", dir.File("kg.db"), "import", dir.File("nope.tsv")});
  CHECK(r.exit_code == 1);
  CHECK(Contains(r.err, "nope.tsv: no such file"));
}

TEST_CASE("an unknown --format is a usage error") {
  TempDir dir;
  RunResult r = RunKg({"--db", dir.File("kg.db"), "import", SourcePath("samples/triples/world.tsv"),
                       "--format", "csv"});
  CHECK(r.exit_code == 2);
  CHECK(Contains(r.err, "csv"));
}

TEST_CASE("bad databases: a folder, not SQLite, read-only, newer schema") {
  TempDir dir;
  std::string input = SourcePath("samples/triples/world.tsv");

  RunResult folder = RunKg({"--db", dir.path(), "import", input});
  CHECK(folder.exit_code == 1);
  CHECK(Contains(folder.err, "is a folder"));

  WriteFile(dir.File("text.db"), "this is not a database, just some words in a file\n");
  RunResult text = RunKg({"--db", dir.File("text.db"), "import", input});
  CHECK(text.exit_code == 1);
  CHECK(Contains(text.err, "not a SQLite database"));
  CHECK(ReadFile(dir.File("text.db")) == "this is not a database, just some words in a file\n");

  std::string ro = dir.File("ro.db");
  REQUIRE(RunKg({"--db", ro, "import", input}).exit_code == 0);
  std::string before = Dump(ro);
  REQUIRE(::chmod(ro.c_str(), 0444) == 0);
  RunResult readonly = RunKg({"--db", ro, "import", SourcePath("samples/triples/world.nt")});
  CHECK(readonly.exit_code == 1);
  CHECK(Contains(readonly.err, "read-only"));
  CHECK(Dump(ro) == before);

  std::string newer = dir.File("newer.db");
  REQUIRE(RunKg({"--db", newer, "import", input}).exit_code == 0);
  REQUIRE(kg::test::RunProgram({"sqlite3", newer, "PRAGMA user_version = 999"}).exit_code == 0);
  RunResult future = RunKg({"--db", newer, "import", input});
  CHECK(future.exit_code == 1);
  CHECK(Contains(future.err, "newer"));
}

TEST_CASE("a malformed line in the middle of a large import leaves the database unchanged") {
  TempDir dir;
  std::string db = dir.File("kg.db");
  REQUIRE(RunKg({"--db", db, "import", SourcePath("samples/triples/world.jsonl")}).exit_code == 0);
  std::string before = Dump(db);

  WriteFile(dir.File("big.tsv"), BigTsv(50000, 25000));
  RunResult r = RunKg({"--db", db, "import", dir.File("big.tsv")});
  CHECK(r.exit_code == 1);
  CHECK(Contains(r.err, dir.File("big.tsv") + ":25000: expected 3 tab-separated columns"));
  CHECK(Dump(db) == before);

  // The same file without the bad line goes in whole.
  WriteFile(dir.File("good.tsv"), BigTsv(50000, -1));
  REQUIRE(RunKg({"--db", db, "import", dir.File("good.tsv")}).exit_code == 0);
  CHECK(Dump(db) != before);
}

TEST_CASE("a file large enough to be parsed in parallel parts: line numbers, errors, whole import") {
  TempDir dir;
  const int lines = 300000;  // about 5 MB: above the size parsed by one thread
  std::string db = dir.File("kg.db");
  REQUIRE(RunKg({"--db", db, "import", SourcePath("samples/triples/world.jsonl")}).exit_code == 0);
  std::string before = Dump(db);

  // A bad line near the end is in the last part: its number counts the
  // lines of the parts before it.
  WriteFile(dir.File("big.tsv"), BigTsv(lines, lines - 10));
  REQUIRE(ReadFile(dir.File("big.tsv")).size() > (4u << 20));
  RunResult bad = RunKg({"--db", db, "import", dir.File("big.tsv")});
  CHECK(bad.exit_code == 1);
  CHECK(Contains(bad.err, dir.File("big.tsv") + ":" + std::to_string(lines - 10) + ": expected 3"));
  CHECK(Dump(db) == before);

  WriteFile(dir.File("good.tsv"), BigTsv(lines, -1));
  std::string fresh = dir.File("fresh.db");
  RunResult good = RunKg({"--db", fresh, "import", dir.File("good.tsv")});
  REQUIRE(good.exit_code == 0);
  CHECK(Contains(good.err, std::to_string(lines) + " lines, " + std::to_string(lines - 1) + " triples"));
  RunResult counts = kg::test::RunProgram(
      {"sqlite3", fresh, "SELECT count(*), (SELECT sum(evidence_count) FROM triples) FROM entities"});
  CHECK(counts.out == "1009|" + std::to_string(lines - 1) + "\n");  // E0 .. E1008, every line counted
}

TEST_CASE("each bad line names FILE:LINE") {
  TempDir dir;
  struct Case {
    const char* name;
    std::string content;
    const char* message;
  };
  const Case cases[] = {
      {"a.tsv", "A\tp\tB\nA\xFF\tp\tB\n", ":2: invalid UTF-8"},
      {"b.jsonl", "{\"subject\":\"A\",\"predicate\":\"p\",\"object\":\"B\"}\n{oops}\n", ":2: bad JSON"},
      {"c.jsonl", "{\"subject\":\"A\",\"predicate\":\"p\",\"object\":\"B\",\"date\":\"May 1\"}\n",
       ":1: date 'May 1' is not a date YYYY-MM-DD"},
      {"c2.jsonl", "{\"subject\":\"A\",\"predicate\":\"p\",\"object\":\"B\",\"date\":\"2020-02-30\"}\n",
       ":1: date '2020-02-30' is not a date YYYY-MM-DD"},
      {"d.jsonl", "{\"subject\":\"A\",\"subject_type\":\"planet\",\"predicate\":\"p\",\"object\":\"B\"}\n",
       ":1: subject_type 'planet'"},
      {"e.nt", "<a> <p> <b> .\n\n<a> <p> .\n", ":3: bad N-Triples"},
      {"f.tsv", "A\tp\t \n", ":1: empty object"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.name);
    WriteFile(dir.File(c.name), c.content);
    RunResult r = RunKg({"--db", dir.File("kg.db"), "import", dir.File(c.name)});
    CHECK(r.exit_code == 1);
    CHECK(Contains(r.err, dir.File(c.name) + c.message));
  }
  // Nothing was imported, so no database was even created.
  struct stat st;
  CHECK(::stat(dir.File("kg.db").c_str(), &st) != 0);
}

TEST_CASE("two processes: a reader works during a write, a second writer times out cleanly") {
  TempDir dir;
  std::string db = dir.File("kg.db");
  REQUIRE(RunKg({"--db", db, "import", SourcePath("samples/triples/world.tsv")}).exit_code == 0);
  std::string before = Dump(db);

  // This test process is the other writer: it holds the write lock with
  // uncommitted rows while kg runs.
  auto holder = kg::Database::Open(db, kg::Database::Mode::kReadWrite, 1000);
  REQUIRE(holder.ok());
  REQUIRE((*holder)->Exec("BEGIN IMMEDIATE").ok());
  REQUIRE((*holder)->Exec("INSERT INTO entities(name) VALUES ('uncommitted')").ok());

  RunResult stats = RunKg({"--db", db, "stats", "--format", "json"});
  CHECK(stats.exit_code == 0);
  CHECK(Contains(stats.out, "\"entities\": 9"));  // the committed state only

  RunResult writer = RunKg({"--db", db, "import", "--busy-timeout", "200",
                            SourcePath("samples/triples/world.nt")});
  CHECK(writer.exit_code == 1);
  CHECK(Contains(writer.err, "locked by another writer"));

  REQUIRE((*holder)->Exec("ROLLBACK").ok());
  CHECK(Dump(db) == before);
  // Once the lock is gone the same import succeeds.
  CHECK(RunKg({"--db", db, "import", SourcePath("samples/triples/world.nt")}).exit_code == 0);
}
