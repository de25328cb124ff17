// kg ingest refuses triple files and tables by their content.
#include <doctest/doctest.h>

#include "ingest/readers/triple_file_check.h"
#include "tests/test_util.h"

using kg::ingest::TripleFileKind;
using kg::test::RunKg;
using kg::test::TempDir;

TEST_CASE("triple files and tables are told from prose by their content") {
  CHECK(TripleFileKind("# comment\n<http://x/a> <http://x/p> <http://x/b> .\n") == "N-Triples");
  CHECK(TripleFileKind("{\"subject\": \"Iran\", \"predicate\": \"threatens\", \"object\": \"Israel\"}\n") ==
        "JSON Lines triples");
  CHECK(TripleFileKind("subject\tpredicate\tobject\nIsrael\tcriticizes\tIran\nIran\tthreatens\tIsrael\n") ==
        "a tab-separated table");
  CHECK(TripleFileKind("a,b,c\n1,2,3\n4,5,6\n") == "a comma-separated table");
  // Prose, articles and documents as JSON lines stay ingestible.
  CHECK(TripleFileKind("Israel criticised Iran on Tuesday, officials said.\nThe talks, held in Oman, failed.\n") == "");
  CHECK(TripleFileKind("Title: Talks\nDate: 2025-01-02\n\nIran and Israel met.\n") == "");
  CHECK(TripleFileKind("{\"id\": \"d1\", \"text\": \"Iran threatens Israel.\"}\n") == "");
  CHECK(TripleFileKind("Red, green, blue.\nOne, two, three.\nSun, moon, stars.\n") == "");
  CHECK(TripleFileKind("") == "");
}

TEST_CASE("kg ingest refuses a triples file, naming kg import, and stores nothing") {
  TempDir dir;
  const std::string db = dir.File("kg.db");
  for (const char* sample : {"world.tsv", "world.nt", "world.jsonl"}) {
    const std::string file = std::string(KG_SOURCE_DIR) + "/samples/triples/" + sample;
    auto r = RunKg({"--db", db, "ingest", file});
    INFO(r.err);
    CHECK(r.exit_code == 3);
    CHECK(r.err.find(file + ": this is ") != std::string::npos);
    CHECK(r.err.find("kg import " + file) != std::string::npos);
  }
  auto stats = RunKg({"--db", db, "query", "--format", "csv", "MATCH ()-[r]->() RETURN count(r) AS n"});
  CHECK(stats.out == "n\n0\n");
  // --format text is the user's word: the check steps aside.
  kg::test::WriteFile(dir.File("t.tsv"), "Iran\tthreatens\tIsrael\nIsrael\tcriticizes\tIran\n");
  CHECK(RunKg({"--db", db, "ingest", "--format", "text", dir.File("t.tsv")}).err.find("kg import") ==
        std::string::npos);
}
