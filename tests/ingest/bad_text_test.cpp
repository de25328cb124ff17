// End to end: text that is not English prose, a very long sentence and a
// malformed lexicon file (issue 14, "Bad input"): a warning and no
// entities or triples, bounded work, and FILE:LINE with the database left
// as it was.
#include <doctest/doctest.h>

#include <filesystem>
#include <string>

#include "tests/test_util.h"

using kg::test::ReadFile;
using kg::test::RunKg;
using kg::test::SourcePath;
using kg::test::TempDir;
using kg::test::WriteFile;

namespace {

int64_t Count(const std::string& db, const std::string& sql) {
  auto r = RunKg({"--db", db, "query", "--format", "csv", sql});
  REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  return std::stoll(r.out.substr(r.out.find('\n') + 1));
}

}  // namespace

TEST_CASE("kg ingest warns of text that is not English prose and extracts nothing from it") {
  TempDir dir;
  const std::string db = dir.File("kg.db");
  std::string blob;
  for (int i = 0; i < 40; ++i) blob += "QmVsZ3JhZGUgU2FyYWpldm8g" + std::to_string(i * 7919) + "ZWFzdCBMb25kb24= ";
  WriteFile(dir.File("blob.txt"), blob + "\n");
  WriteFile(dir.File("german.txt"),
            "Die Regierung in Berlin kritisierte am Montag die Entscheidung aus Warschau scharf. Der Kanzler "
            "sagte, man werde die Verhandlungen mit Polen und Frankreich fortsetzen, obwohl die Gespräche "
            "zuletzt ins Stocken geraten seien.\n");
  WriteFile(dir.File("english.txt"), "Chile condemned Bolivia on Monday over the border closure.\n");
  auto r = RunKg({"--db", db, "ingest", dir.File("blob.txt"), dir.File("german.txt"), dir.File("english.txt")});
  INFO(r.err);
  CHECK(r.exit_code == 0);
  CHECK(r.err.find("kg: warning: " + dir.File("blob.txt") + ": does not read as English prose") != std::string::npos);
  CHECK(r.err.find("kg: warning: " + dir.File("german.txt") + ": does not read as English prose") != std::string::npos);
  CHECK(r.err.find("english.txt: does not read") == std::string::npos);
  CHECK(r.err.find("ingested 3 documents") != std::string::npos);
  // Only the English article names actors and events.
  CHECK(Count(db, "MATCH (a)-[r]->(b) RETURN count(r)") > 0);
  CHECK(Count(db, "MATCH (a)-[r]->(b) WHERE a.name = 'Berlin' OR b.name = 'Berlin' RETURN count(r)") == 0);
  CHECK(Count(db, "MATCH (a {name: 'Chile'})-[r]->(b {name: 'Bolivia'}) RETURN count(r)") == 1);
}

TEST_CASE("kg ingest: a 10,000-word sentence is read in bounded time and stored") {
  TempDir dir;
  const std::string db = dir.File("kg.db");
  std::string text;
  const char* words[] = {"Chile", "criticized", "Bolivia", "and", "the", "talks", "of", "Peru", "with", "officials"};
  for (int i = 0; i < 10000; ++i) text += std::string(words[(i * 7) % 10]) + " ";
  WriteFile(dir.File("long.txt"), text + ".\n");
  auto r = RunKg({"--db", db, "ingest", dir.File("long.txt")});
  INFO(r.err);
  CHECK(r.exit_code == 0);
  CHECK(r.err.find("10001 words") != std::string::npos);
}

TEST_CASE("kg ingest with a malformed lexicon file names FILE:LINE, exits 1 and leaves the database as it was") {
  TempDir dir;
  const std::string db = dir.File("kg.db");
  REQUIRE(RunKg({"--db", db, "ingest", "-q", SourcePath("samples/seed-article.txt")}).exit_code == 0);
  const std::string before = ReadFile(db);
  std::filesystem::copy(SourcePath("ingest/lexicons"), dir.File("lexicons"));
  WriteFile(dir.File("lexicons/zz-mine.json"), "{\"kind\": \"organizations\", \"entries\": [\n {\"name\": \"Foo\",\n");
  WriteFile(dir.File("english.txt"), "Chile condemned Bolivia on Monday over the border closure.\n");
  auto r = RunKg({"--db", db, "ingest", "--lexicons", dir.File("lexicons"), dir.File("english.txt")});
  CHECK(r.exit_code == 1);
  CHECK(r.err.find("zz-mine.json:3:") != std::string::npos);
  CHECK(ReadFile(db) == before);
}
