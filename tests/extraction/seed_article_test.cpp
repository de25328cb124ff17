// End to end: `kg ingest` the seed article and compare the stored
// actor-level events with samples/seed-article.expected.tsv; `kg eval` on
// ../shared/eval/plover-dev.jsonl stays above its measured floor (skipped
// when the shared data folder is absent).
#include <doctest/doctest.h>

#include <algorithm>
#include <set>
#include <sstream>

#include "schema/document_triples_reader.h"
#include "schema/store.h"
#include "tests/test_util.h"

namespace {

using kg::test::RunKg;
using kg::test::SourcePath;

std::set<std::string> ExpectedSeedTriples() {
  std::istringstream in(kg::test::ReadFile(SourcePath("samples/seed-article.expected.tsv")));
  std::set<std::string> out;
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    std::istringstream fields(line);
    std::string subject, predicate, object;
    std::getline(fields, subject, '\t');
    std::getline(fields, predicate, '\t');
    std::getline(fields, object, '\t');
    out.insert(subject + " -" + predicate + "-> " + object);
  }
  return out;
}

std::string Listing(const std::set<std::string>& items) {
  std::string out;
  for (const auto& i : items) out += "  " + i + "\n";
  return out.empty() ? "  (none)\n" : out;
}

// The figure after `label` on the line starting with `row` of kg eval's table.
double Figure(const std::string& report, const std::string& row, int column) {
  std::istringstream in(report);
  for (std::string line; std::getline(in, line);) {
    if (line.rfind(row, 0) != 0) continue;
    std::istringstream fields(line.substr(row.size()));
    double value = 0;
    for (int c = 0; c <= column; ++c) fields >> value;
    return value;
  }
  return -1;
}

}  // namespace

TEST_CASE("seed article: the stored actor-level events are exactly the expected ones") {
  kg::test::TempDir dir;
  std::string db = dir.File("seed.db");
  auto ingest = RunKg({"--db", db, "--quiet", "ingest", SourcePath("samples/seed-article.txt")});
  REQUIRE_MESSAGE(ingest.exit_code == 0, ingest.err);

  auto store = kg::Store::Open(db, kg::StoreOptions{true});
  REQUIRE(store.ok());
  auto triples = kg::ReadDocumentTriples(**store, "actor");
  REQUIRE(triples.ok());
  std::set<std::string> found;
  bool has_evidence = true;
  for (const auto& t : *triples) {
    if (t.category.empty()) continue;  // role triples
    CHECK_MESSAGE(!t.negated, t.subject, " -", t.predicate, "-> ", t.object, " is negated");
    found.insert(t.subject + " -" + t.predicate + "-> " + t.object);
    has_evidence = has_evidence && !t.phrase.empty() && !t.rule.empty();
  }
  auto expected = ExpectedSeedTriples();
  std::set<std::string> missing, extra;
  std::set_difference(expected.begin(), expected.end(), found.begin(), found.end(),
                      std::inserter(missing, missing.end()));
  std::set_difference(found.begin(), found.end(), expected.begin(), expected.end(),
                      std::inserter(extra, extra.end()));
  CHECK_MESSAGE(missing.empty(), "missing from the extraction:\n", Listing(missing));
  CHECK_MESSAGE(extra.empty(), "extracted but not in seed-article.expected.tsv:\n", Listing(extra));
  CHECK(has_evidence);
  CHECK(found.count("Israel -criticizes-> Russia"));
  CHECK(found.count("Russia -cooperates_with-> Iran"));
  CHECK(found.count("United States -vetoes-> resolution"));
}

TEST_CASE("kg eval: plover-dev stays above its measured floor") {
  std::string plover = kg::test::SharedFileOrSkip("eval/plover-dev.jsonl");
  if (plover.empty()) return;
  auto run = RunKg({"--quiet", "eval", plover});
  REQUIRE_MESSAGE(run.exit_code == 0, run.err);
  // Columns: expected extracted matched precision recall F1.
  double precision = Figure(run.out, "categories", 3), recall = Figure(run.out, "categories", 4);
  INFO(run.out);
  // A regression guard at the figures measured when this was written
  // (docs/extraction.md), not the project's targets (0.75 / 0.60).
  CHECK(precision >= 0.55);
  CHECK(recall >= 0.20);
  CHECK(Figure(run.out, "actor pairs", 3) >= precision);
}

TEST_CASE("kg eval: bad input is reported with its place") {
  kg::test::TempDir dir;
  kg::test::WriteFile(dir.File("bad.jsonl"), "{\"id\": \"a\", \"text\": \"x\", \"expected\": []}\n{oops\n");
  auto run = RunKg({"eval", dir.File("bad.jsonl")});
  CHECK(run.exit_code == 1);
  CHECK(run.err.find("bad.jsonl:2:") != std::string::npos);
  auto missing = RunKg({"eval", dir.File("none.jsonl")});
  CHECK(missing.exit_code == 1);
  CHECK(missing.err.find("none.jsonl") != std::string::npos);
  auto usage = RunKg({"eval", dir.File("bad.jsonl"), "--half", "third"});
  CHECK(usage.exit_code == 2);
}

TEST_CASE("kg eval --diff lists misses and false events with their sentence") {
  kg::test::TempDir dir;
  kg::test::WriteFile(dir.File("two.jsonl"),
                      R"({"id": "X-0001", "text": "Israel criticized Russia on Monday.", "expected": [{"source": "Israel", "source_code": "ISR", "relation": "DISAPPROVE", "target": "Russia", "target_code": "RUS"}]})"
                      "\n"
                      R"({"id": "X-0002", "text": "France met Germany.", "expected": [{"source": "Germany", "source_code": "DEU", "relation": "AGREE", "target": "France", "target_code": "FRA"}]})"
                      "\n");
  auto run = RunKg({"--quiet", "eval", dir.File("two.jsonl"), "--diff"});
  REQUIRE_MESSAGE(run.exit_code == 0, run.err);
  INFO(run.out);
  CHECK(Figure(run.out, "categories", 0) == 2);  // expected
  CHECK(Figure(run.out, "categories", 2) == 1);  // matched
  CHECK(run.out.find("X-0002: France met Germany.") != std::string::npos);
  CHECK(run.out.find("missed  DEU AGREE FRA") != std::string::npos);
  CHECK(run.out.find("false   FRA CONSULT DEU") != std::string::npos);
  CHECK(run.out.find("X-0001:") == std::string::npos);  // nothing to show
}
