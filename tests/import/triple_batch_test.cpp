// TripleBatch::Append: a file parsed in parts gives the batch one pass gives.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "ingest/import/triple_batch.h"

using namespace kg;
using namespace kg::ingest;

namespace {

ImportRecord Line(std::string_view s, std::string_view p, std::string_view o, std::string_view s_type = {},
                  std::string_view date = {}, std::string_view category = {}) {
  ImportRecord r;
  r.subject = s;
  r.predicate = p;
  r.object = o;
  r.subject_type = s_type;
  r.date = date;
  r.category = category;
  return r;
}

// The batch's content by name, so batches numbered differently compare.
std::vector<std::string> Describe(TripleBatch& batch) {
  std::vector<std::string> out;
  for (const BatchEntity& e : batch.entities()) {
    out.push_back("entity " + std::string(e.name) + " " + std::string(e.type));
  }
  for (const BatchPredicate& p : batch.predicates()) {
    out.push_back("predicate " + std::string(p.name) + " " + std::string(p.category));
  }
  for (const BatchAssertion& a : batch.assertions()) {
    std::string line = "triple " + std::string(batch.entities()[a.subject].name) + " " +
                       std::string(batch.predicates()[a.predicate].name) + " " +
                       std::string(batch.entities()[a.object].name);
    if (a.details >= 0) {
      const AssertionDetails& d = batch.details()[static_cast<size_t>(a.details)];
      line += " date=" + std::string(d.date);
      if (d.evidence) line += " source=" + d.evidence->source.value_or("");
    }
    out.push_back(line);
  }
  return out;
}

}  // namespace

TEST_CASE("triple batch: appending a later part equals adding its lines in order") {
  const std::vector<ImportRecord> lines = {
      Line("A", "p", "B"),
      Line("B", "q", "C", "", "2024-01-02"),
      Line("C", "p", "A", "country", "", "DISAPPROVE"),
      // second part: a known name gains no new number, the first type wins,
      // a type for an untyped name fills it, dates and sources move along
      Line("A", "q", "D", "person", "", "CONSULT"),
      Line("C", "r", "B", "person", "2023-05-06"),
      Line("E", "p", "A", "", "", "CONSULT"),  // p keeps DISAPPROVE
  };
  TripleBatch whole(false), first(false), second(false);
  for (size_t i = 0; i < lines.size(); ++i) {
    REQUIRE(whole.Add(lines[i], "f.tsv", static_cast<int64_t>(i + 1)).ok());
    TripleBatch& part = i < 3 ? first : second;
    REQUIRE(part.Add(lines[i], "f.tsv", static_cast<int64_t>(i + 1)).ok());
  }
  REQUIRE(first.Append(second).ok());
  CHECK(Describe(first) == Describe(whole));
  CHECK(first.entities()[0].type == "person");  // A: typed first in the second part
  CHECK(first.entities()[2].type == "country");  // C: the first part's type stays
  CHECK(first.predicates()[0].category == "DISAPPROVE");
  CHECK(first.predicates()[1].category == "CONSULT");  // q: said first in the second part
}
