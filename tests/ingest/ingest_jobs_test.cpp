// kg ingest --jobs N: analysis on N threads, one writer in input order, so
// the database must be row for row what --jobs 1 stores, whatever the mix of
// new, duplicate, unreadable and replaced documents.
#include <doctest/doctest.h>

#include <sqlite3.h>

#include <filesystem>
#include <string>
#include <vector>

#include "tests/test_util.h"

using namespace kg::test;  // RunKg, SourcePath, TempDir, WriteFile

namespace {

// Every row of the tables an ingest writes, in rowid order (so ids count),
// one line a row. store_version is left out (its store id is random), and
// so is the time each document was stored.
std::string Dump(const std::string& db_path) {
  sqlite3* db = nullptr;
  REQUIRE(sqlite3_open_v2(db_path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
  std::string out;
  for (const char* table : {"documents", "document_sources", "sentences", "entities", "aliases", "mentions",
                            "predicates", "triples", "evidence"}) {
    out += std::string("== ") + table + "\n";
    sqlite3_stmt* stmt = nullptr;
    std::string sql = std::string("SELECT rowid, * FROM ") + table + " ORDER BY rowid";
    // A WITHOUT ROWID table has no rowid; it is read in its key's order.
    if (sqlite3_prepare_v2(db, sql.c_str(), -1, &stmt, nullptr) != SQLITE_OK) {
      sql = std::string("SELECT * FROM ") + table;
      REQUIRE(sqlite3_prepare_v2(db, sql.c_str(), -1, &stmt, nullptr) == SQLITE_OK);
    }
    while (sqlite3_step(stmt) == SQLITE_ROW) {
      for (int c = 0; c < sqlite3_column_count(stmt); ++c) {
        if (std::string(sqlite3_column_name(stmt, c)) == "ingested_at") continue;  // the clock's
        const unsigned char* text = sqlite3_column_text(stmt, c);
        out += text ? reinterpret_cast<const char*>(text) : "NULL";
        out += '\t';
      }
      out += '\n';
    }
    sqlite3_finalize(stmt);
  }
  sqlite3_close(db);
  return out;
}

// stderr without the timing of the summary line, which differs run to run.
std::string Messages(const std::string& err) {
  std::string out;
  size_t start = 0;
  while (start < err.size()) {
    size_t end = err.find('\n', start);
    if (end == std::string::npos) end = err.size();
    std::string line = err.substr(start, end - start);
    size_t timing = line.find(" words in ");
    if (line.rfind("kg: ingested", 0) == 0 && timing != std::string::npos) line.resize(timing);
    out += line + "\n";
    start = end + 1;
  }
  return out;
}

// A folder of small articles: new ones, a duplicate of another's text, the
// same JSON Lines id twice (once with other text), unreadable ones.
void WriteCorpus(const std::string& folder) {
  std::filesystem::create_directories(folder);
  WriteFile(folder + "/a.article",
            " date 2021-03-01 Paris, March 1 – France criticized Russia over the arrest of the journalist. "
            "Germany supported the French statement.\n\n"
            "The European Union condemned the attack on Monday. Russia rejected the accusation.\n");
  WriteFile(folder + "/b.txt",
            "Israel criticized Russia for its support of the resolution.\n\n"
            "The United States vetoed the resolution on Friday.\n");
  WriteFile(folder + "/c.txt",  // the text of b.txt again: unchanged
            "Israel criticized Russia for its support of the resolution.\n\n"
            "The United States vetoed the resolution on Friday.\n");
  WriteFile(folder + "/d.txt", "Iran \xff\xfe threatened Israel.\n");  // bad UTF-8: skipped
  WriteFile(folder + "/e.jsonl",
            "{\"id\": \"x1\", \"date\": \"2021-04-02\", \"text\": \"Iran threatened Israel with a strike.\"}\n"
            "{\"id\": \"x1\", \"text\": \"Iran praised Israel.\"}\n"  // same key, other text: skipped
            "{\"id\": \"x2\", \"date\": \"2021-02-30\", \"text\": \"China met with India.\"}\n"  // bad date
            "{\"id\": \"x3\", \"text\": \"China met with India in Beijing. India thanked China.\"}\n"
            "{\"id\": \"x4\", \"text\": \"Israel criticized Russia for its support of the resolution.\"}\n");
  WriteFile(folder + "/f.md", "  \n\n");  // blank: skipped
  WriteFile(folder + "/g.txt",
            "Turkey accused Syria of shelling the border town. Syria denied the report.\n\n"
            "NATO called for restraint.\n");
}

// The first line where two dumps differ, with its number; empty when equal.
std::string FirstDifference(const std::string& a, const std::string& b) {
  size_t line = 1, i = 0;
  while (i < a.size() && i < b.size() && a[i] == b[i]) {
    if (a[i] == '\n') ++line;
    ++i;
  }
  if (i == a.size() && i == b.size()) return "";
  auto line_at = [](const std::string& s, size_t at) {
    size_t begin = s.rfind('\n', at == 0 ? 0 : at - 1);
    begin = begin == std::string::npos || at == 0 ? 0 : begin + 1;
    return s.substr(begin, s.find('\n', begin) - begin);
  };
  return "line " + std::to_string(line) + ":\n  " + line_at(a, i) + "\n  " + line_at(b, i);
}

struct Run {
  int exit_code;
  std::string messages;
};

Run Ingest(const std::string& db, const std::string& jobs, const std::vector<std::string>& extra) {
  std::vector<std::string> args = {"--db", db, "ingest", "--jobs", jobs};
  args.insert(args.end(), extra.begin(), extra.end());
  auto r = RunKg(args);
  return {r.exit_code, Messages(r.err)};
}

}  // namespace

TEST_CASE("kg ingest --jobs 2 and 3 store the database --jobs 1 stores, run after run") {
  TempDir dir;
  const std::string corpus = dir.File("corpus");
  WriteCorpus(corpus);
  const std::string seed = SourcePath("samples/seed-article.txt");
  const std::vector<std::string> jobs = {"1", "2", "3"};
  auto db = [&](const std::string& j) { return dir.File("jobs" + j + ".db"); };

  // The first run: the seed article, the folder, and the seed article again.
  std::vector<Run> first;
  for (const std::string& j : jobs) first.push_back(Ingest(db(j), j, {seed, corpus, seed}));
  INFO(first[0].messages);
  CHECK(first[0].exit_code == 3);
  CHECK(first[0].messages.find("(2 unchanged, 4 skipped)") != std::string::npos);
  CHECK(first[0].messages.find("already stored with other text") != std::string::npos);
  const std::string expected = Dump(db("1"));
  CHECK(expected.find("Israel") != std::string::npos);
  for (size_t i = 1; i < jobs.size(); ++i) {
    CAPTURE(jobs[i]);
    CHECK(first[i].exit_code == first[0].exit_code);
    CHECK(first[i].messages == first[0].messages);
    CHECK(FirstDifference(Dump(db(jobs[i])), expected) == "");
  }

  // Again: everything is unchanged or skipped as before, nothing is written.
  for (const std::string& j : jobs) {
    CAPTURE(j);
    Run again = Ingest(db(j), j, {corpus});
    CHECK(again.exit_code == 3);
    CHECK(again.messages.find("ingested 0 documents (7 unchanged, 4 skipped)") != std::string::npos);
    CHECK(FirstDifference(Dump(db(j)), expected) == "");
  }

  // Changed texts with --replace: old rows go, new ones come, identically.
  WriteFile(corpus + "/b.txt", "Israel praised Russia for its support of the resolution.\n");
  WriteFile(corpus + "/g.txt", "Turkey accused Syria of shelling the border town.\n");
  std::vector<Run> replaced;
  for (const std::string& j : jobs) replaced.push_back(Ingest(db(j), j, {"--replace", corpus}));
  INFO(replaced[0].messages);
  CHECK(replaced[0].messages.find("replaced)") != std::string::npos);
  const std::string after = Dump(db("1"));
  CHECK(after != expected);
  for (size_t i = 1; i < jobs.size(); ++i) {
    CAPTURE(jobs[i]);
    CHECK(replaced[i].exit_code == replaced[0].exit_code);
    CHECK(replaced[i].messages == replaced[0].messages);
    CHECK(FirstDifference(Dump(db(jobs[i])), after) == "");
  }
}

TEST_CASE("kg ingest --jobs refuses what is not a positive number of threads") {
  TempDir dir;
  const std::string seed = SourcePath("samples/seed-article.txt");
  for (const char* bad : {"0", "-1", "two", "1.5"}) {
    CAPTURE(bad);
    auto r = RunKg({"--db", dir.File("kg.db"), "ingest", "--jobs", bad, seed});
    CHECK(r.exit_code == 2);
    CHECK_FALSE(std::filesystem::exists(dir.File("kg.db")));
  }
  auto r = RunKg({"--db", dir.File("kg.db"), "ingest", "-q", "--jobs", "4", seed});
  CHECK(r.exit_code == 0);
}
