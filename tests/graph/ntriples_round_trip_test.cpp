// N-Triples export then import is a round trip: one name mapping
// (schema/rdf_names.h) serves both directions, rdfs:label and rdf:type
// lines describe entities and never come back as relations, and a negated
// triple comes back negated.
#include <doctest/doctest.h>

#include <algorithm>
#include <sstream>
#include <string>
#include <vector>

#include "graph/exporters.h"
#include "graph/subgraph.h"
#include "ingest/import/ntriples_parser.h"
#include "schema/rdf_names.h"
#include "tests/graph/graph_fixture.h"

using namespace kg::graph;
using kg::IriLocalPart;
using kg::IriNameKind;
using kg::LocalPartOf;
using kg::NameOfLocalPart;
using kg::test::GraphFixture;
using kg::test::Has;
using kg::test::ReadFile;
using kg::test::RunKg;
using kg::test::TempDir;

namespace {

// Names that an accidental mapping loses: a space, a '_' of the name, a
// quote, a non-ASCII letter, a '%', a '/' (the IRI's own separator).
void World(GraphFixture& f) {
  f.Entity("New York", "location");
  f.Entity("kg_test", "organization");
  f.Entity("Zoë \"Z\" Baird", "person");
  f.Entity("50% AC/DC", "other");
  f.Predicate("cooperates_with", "COOPERATE");
  f.Predicate("criticizes", "DISAPPROVE");
  f.Triple({"New York", "cooperates_with", "kg_test", "actor", 2});
  f.Triple("Zoë \"Z\" Baird", "criticizes", "New York");
  f.Triple({"50% AC/DC", "criticizes", "kg_test", "actor", 1, true});
}

std::vector<std::string> SortedLines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  std::sort(lines.begin(), lines.end());
  return lines;
}

}  // namespace

TEST_CASE("one IRI mapping: spaces are '_', a name's own '_' is %5F, and reading undoes it") {
  CHECK(IriLocalPart("New York", IriNameKind::kEntity) == "New_York");
  CHECK(IriLocalPart("kg_test", IriNameKind::kEntity) == "kg%5Ftest");
  CHECK(IriLocalPart("cooperates_with", IriNameKind::kPredicate) == "cooperates_with");
  CHECK(IriLocalPart("Zoë \"Z\"", IriNameKind::kEntity) == "Zo%C3%AB_%22Z%22");
  CHECK(IriLocalPart("AC/DC", IriNameKind::kEntity) == "AC%2FDC");
  for (const char* name : {"New York", "kg_test", "Zoë \"Z\" Baird", "50% AC/DC", "a  b_ _c", "~x.y-z"}) {
    CAPTURE(name);
    for (IriNameKind kind : {IriNameKind::kEntity, IriNameKind::kPredicate}) {
      std::string iri = "http://example.org/kg/entity/" + IriLocalPart(name, kind);
      CHECK(NameOfLocalPart(LocalPartOf(iri), kind) == name);
    }
  }
  // DBpedia's convention, which the mapping keeps.
  CHECK(NameOfLocalPart("Ban_Ki-moon", IriNameKind::kEntity) == "Ban Ki-moon");
  CHECK(LocalPartOf("http://ex.org/a#b/c") == "b/c");
  CHECK(LocalPartOf("http://ex.org/dir/") == "http://ex.org/dir/");
}

TEST_CASE("the N-Triples the export writes parse back as its relations only, with the same names") {
  GraphFixture f;
  World(f);
  auto g = f.Load();
  std::ostringstream out;
  WriteNtriples(*g, WholeGraph(*g, /*include_negated=*/true), "http://x.org/", out);
  kg::ingest::NTriplesParser parser;
  std::istringstream lines(out.str());
  std::vector<std::string> relations, described;
  size_t negated = 0;
  for (std::string line; std::getline(lines, line);) {
    kg::ingest::ImportRecord record;
    auto parsed = parser.Parse(line, record);
    REQUIRE_MESSAGE(parsed.ok(), line);
    REQUIRE(*parsed);
    if (record.describes_subject_only) {
      described.emplace_back(std::string(record.subject) + " " + std::string(record.subject_type));
      continue;
    }
    relations.push_back(std::string(record.subject) + " " + std::string(record.predicate) + " " +
                        std::string(record.object));
    if (record.negated.value_or(false)) ++negated;
  }
  std::sort(relations.begin(), relations.end());
  CHECK(relations == std::vector<std::string>{"50% AC/DC criticizes kg_test", "New York cooperates_with kg_test",
                                              "Zoë \"Z\" Baird criticizes New York"});
  CHECK(negated == 1);
  // A label line and a type line per entity; the type line types it.
  CHECK(described.size() == 2 * g->num_vertices());
  CHECK(std::count(described.begin(), described.end(), "New York location") == 1);
  CHECK(std::count(described.begin(), described.end(), "kg_test organization") == 1);
  CHECK(std::count(described.begin(), described.end(), "New York ") == 1);  // its label
}

TEST_CASE("kg export --format ntriples then kg import: 3 triples stay 3, names and types intact") {
  GraphFixture f;
  World(f);
  TempDir dir;
  const std::string nt = dir.File("world.nt");
  auto exported = RunKg({"--db", f.db_path(), "export", "--format", "ntriples", "--include-negated", "--out", nt});
  REQUIRE(exported.exit_code == 0);
  CHECK(Has(ReadFile(nt), "<http://example.org/kg/entity/New_York>"));
  CHECK(Has(ReadFile(nt), "<http://example.org/kg/entity/kg%5Ftest>"));

  const std::string copy = dir.File("copy.db");
  auto imported = RunKg({"--db", copy, "import", nt});
  REQUIRE_MESSAGE(imported.exit_code == 0, imported.err);
  auto stats = RunKg({"--db", copy, "stats", "--format", "json"});
  REQUIRE(stats.exit_code == 0);
  CHECK(Has(stats.out, "\"triples\": 3,"));
  CHECK(Has(stats.out, "\"entities\": 4,"));

  // The copy exports the same statements: names, types, relations, negation.
  auto again = RunKg({"--db", copy, "export", "--format", "ntriples", "--include-negated"});
  REQUIRE(again.exit_code == 0);
  CHECK(SortedLines(again.out) == SortedLines(ReadFile(nt)));
  auto neighbours = RunKg({"--db", copy, "neighbours", "New York", "--format", "list-json"});
  CHECK(Has(neighbours.out, "kg_test"));
  CHECK(Has(neighbours.out, "Zoë \\\"Z\\\" Baird"));
}
