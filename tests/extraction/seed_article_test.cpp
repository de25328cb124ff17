// End to end: `kg ingest` the seed article and compare the stored
// actor-level events with samples/seed-article.expected.tsv.
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

