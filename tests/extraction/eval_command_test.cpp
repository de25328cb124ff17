// `kg eval` end to end: bad input with its place, --diff, records read in
// their article (--corpus) and actor scoring (--actors) on data written
// here, and the development sets of ../shared/eval kept above floors a
// little below the figures measured (skipped when ../shared is absent).
#include <doctest/doctest.h>

#include <sstream>
#include <string>

#include "tests/test_util.h"

namespace {

using kg::test::RunKg;

// The figure in `column` of the line of kg eval's table that starts with `row`.
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

TEST_CASE("kg eval: bad input is reported with its place") {
  kg::test::TempDir dir;
  kg::test::WriteFile(dir.File("bad.jsonl"), "{\"id\": \"a\", \"text\": \"x\", \"expected\": []}\n{oops\n");
  auto run = RunKg({"eval", dir.File("bad.jsonl")});
  CHECK(run.exit_code == 1);
  CHECK(run.err.find("bad.jsonl:2:") != std::string::npos);
  auto missing = RunKg({"eval", dir.File("none.jsonl")});
  CHECK(missing.exit_code == 1);
  CHECK(missing.err.find("none.jsonl") != std::string::npos);
  kg::test::WriteFile(dir.File("one.jsonl"), "{\"id\": \"a\", \"text\": \"x\", \"doc_id\": \"d\", \"expected\": []}\n");
  auto no_corpus = RunKg({"eval", dir.File("one.jsonl"), "--corpus", dir.File("nowhere")});
  CHECK(no_corpus.exit_code == 1);
  CHECK(no_corpus.err.find("nowhere") != std::string::npos);
  kg::test::WriteFile(dir.File("corpus/a.jsonl"), "{\"id\": \"d\", \"text\": \"x\"}\nnot json\n");
  auto bad_corpus = RunKg({"eval", dir.File("one.jsonl"), "--corpus", dir.File("corpus")});
  CHECK(bad_corpus.exit_code == 1);
  CHECK(bad_corpus.err.find("a.jsonl:2:") != std::string::npos);
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

TEST_CASE("kg eval --corpus reads a record in its article and --actors scores the mentions") {
  kg::test::TempDir dir;
  // The second sentence names its actor by surname only: read alone it has
  // no actor-level event; in its article, the surname is the Polish prime
  // minister introduced in the first sentence.
  kg::test::WriteFile(dir.File("corpus/news.jsonl"),
                      R"({"id": "art-1", "date": "2024-05-02", "text": "Polish Prime Minister Marek Nowak arrived in Kyiv on Monday.\n\nNowak praised Ukraine for its courage."})"
                      "\n"
                      R"({"id": "art-2", "text": "Unrelated text about the weather."})"
                      "\n");
  kg::test::WriteFile(dir.File("records.jsonl"),
                      R"({"id": "art-1:1", "doc_id": "art-1", "text": "Nowak praised Ukraine for its courage.", "actors": [{"text": "Nowak", "code": "POL", "type": "person"}, {"text": "Ukraine", "code": "UKR", "type": "country"}, {"text": "Brussels", "code": "BEL", "type": "location"}], "expected": [{"source": "Nowak", "source_code": "POL", "relation": "SUPPORT", "target": "Ukraine", "target_code": "UKR"}]})"
                      "\n");
  auto alone = RunKg({"--quiet", "eval", dir.File("records.jsonl"), "--actors"});
  REQUIRE_MESSAGE(alone.exit_code == 0, alone.err);
  CHECK(Figure(alone.out, "categories", 2) == 0);
  auto in_context = RunKg({"--quiet", "eval", dir.File("records.jsonl"), "--corpus", dir.File("corpus"),
                           "--actors", "--diff"});
  REQUIRE_MESSAGE(in_context.exit_code == 0, in_context.err);
  INFO(in_context.out);
  CHECK(in_context.out.find("1 read in their article") != std::string::npos);
  CHECK(Figure(in_context.out, "categories", 2) == 1);  // Poland praised Ukraine
  CHECK(Figure(in_context.out, "categories", 1) == 1);  // and nothing from the first sentence
  CHECK(Figure(in_context.out, "recognised", 0) == 3);
  CHECK(Figure(in_context.out, "recognised", 1) == 2);  // Brussels is not in the sentence
  CHECK(Figure(in_context.out, "coded", 1) == 2);
  CHECK(in_context.out.find("missed  Brussels BEL") != std::string::npos);
}

// Development figures: both sets are tuned on, so these floors guard
// against regressions; they are not the product's held-out figures.
TEST_CASE("kg eval: plover-dev stays above its measured floor") {
  std::string plover = kg::test::SharedFileOrSkip("eval/plover-dev.jsonl");
  if (plover.empty()) return;
  auto run = RunKg({"--quiet", "eval", plover});
  REQUIRE_MESSAGE(run.exit_code == 0, run.err);
  INFO(run.out);
  CHECK(Figure(run.out, "categories", 3) >= 0.66);
  CHECK(Figure(run.out, "categories", 4) >= 0.35);
}

TEST_CASE("kg eval: wikinews-dev, read in its articles, stays above its measured floor") {
  std::string wikinews = kg::test::SharedFileOrSkip("eval/wikinews-dev.jsonl");
  if (wikinews.empty()) return;
  std::string corpus = kg::test::SharedFileOrSkip("corpus/wikinews");
  if (corpus.empty()) return;
  auto run = RunKg({"--quiet", "eval", wikinews, "--corpus", corpus, "--actors"});
  REQUIRE_MESSAGE(run.exit_code == 0, run.err);
  INFO(run.out);
  // Measured 2026-12-05: P 0.581 R 0.207, actors recognised 0.954, coded 0.917.
  CHECK(Figure(run.out, "categories", 3) >= 0.51);
  CHECK(Figure(run.out, "categories", 4) >= 0.17);
  CHECK(Figure(run.out, "recognised", 2) >= 0.94);
  CHECK(Figure(run.out, "coded", 2) >= 0.89);
}
