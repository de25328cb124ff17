// The three line parsers and the format guess, one line at a time.
#include <doctest/doctest.h>

#include "ingest/import/import_format.h"
#include "ingest/import/jsonl_parser.h"
#include "ingest/import/ntriples_parser.h"
#include "ingest/import/tsv_parser.h"
#include "ingest/import/utf8_check.h"

using namespace kg;
using namespace kg::ingest;

TEST_CASE("format names and extensions") {
  CHECK(ParseImportFormat("tsv") == ImportFormat::kTsv);
  CHECK(ParseImportFormat("ndjson") == ImportFormat::kJsonl);
  CHECK(!ParseImportFormat("csv"));
  CHECK(GuessImportFormat("a/b.nt") == ImportFormat::kNTriples);
  CHECK(GuessImportFormat("x.jsonl") == ImportFormat::kJsonl);
  CHECK(!GuessImportFormat("dir.tsv/file"));
  CHECK(!GuessImportFormat("-"));
}

TEST_CASE("TSV: header skipped, columns counted, empty names refused") {
  TsvParser p;
  ImportRecord r;
  CHECK_FALSE(*p.Parse("subject\trelation\tobject", r));
  REQUIRE(*p.Parse("Israel\tcriticizes\tIran", r));
  CHECK(r.subject == "Israel");
  CHECK(r.predicate == "criticizes");
  CHECK(r.object == "Iran");
  CHECK_FALSE(*p.Parse("", r));
  auto two = p.Parse("a\tb", r);
  REQUIRE_FALSE(two.ok());
  CHECK(two.status().message().find("found 2") != std::string::npos);
  CHECK_FALSE(p.Parse("a\tb\tc\td", r).ok());
  CHECK_FALSE(p.Parse("a\t\tc", r).ok());
  // A header after the first line is data.
  CHECK(*p.Parse("subject\tpredicate\tobject", r));
  // So is the first line of a part that starts in the middle of a file.
  TsvParser middle(/*at_file_start=*/false);
  CHECK(*middle.Parse("subject\tpredicate\tobject", r));
}

TEST_CASE("JSONL: required names, optional fields, bad JSON with a column") {
  JsonlParser p;
  ImportRecord r;
  REQUIRE(*p.Parse(R"({"subject":"A","predicate":"p","object":"B","date":"2024-01-02","negated":true,"confidence":0.5,"x":1})", r));
  CHECK(r.subject == "A");
  CHECK(r.date == "2024-01-02");
  CHECK(r.negated == true);
  CHECK(r.confidence == doctest::Approx(0.5));
  CHECK(r.has_evidence());
  auto bad = p.Parse(R"({"subject":"A",)", r);
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.status().message().find("bad JSON at column") != std::string::npos);
  CHECK_FALSE(p.Parse(R"({"subject":"A","predicate":"p"})", r).ok());
  CHECK_FALSE(p.Parse(R"({"subject":1,"predicate":"p","object":"B"})", r).ok());
  CHECK_FALSE(p.Parse(R"([1,2])", r).ok());
  CHECK_FALSE(p.Parse(R"({"subject":"A","predicate":"p","object":"B"} x)", r).ok());
}

TEST_CASE("N-Triples: IRIs, literals, escapes, blank nodes, comments") {
  NTriplesParser p;
  ImportRecord r;
  CHECK_FALSE(*p.Parse("# comment", r));
  CHECK_FALSE(*p.Parse("   ", r));
  REQUIRE(*p.Parse("<http://dbpedia.org/resource/Ban_Ki-moon> <http://ex.org/v#meets_with> "
                   "<http://ex.org/C%C3%B4te_d%27Ivoire> .", r));
  CHECK(r.subject == "Ban Ki-moon");
  CHECK(r.predicate == "meets_with");
  CHECK(r.object == "Côte d'Ivoire");
  REQUIRE(*p.Parse(R"(_:b1 <http://ex.org/name> "Zo\u00EB \"Z\"\t!"@en-GB . # trailing)", r));
  CHECK(r.subject == "_:b1");
  CHECK(r.object == "Zoë \"Z\"\t!");
  REQUIRE(*p.Parse(R"(<urn:x:a> <urn:x:p> "\U0001F600"^^<http://www.w3.org/2001/XMLSchema#string>.)", r));
  CHECK(r.subject == "a");
  CHECK(r.object == "\xF0\x9F\x98\x80");
  REQUIRE(*p.Parse("_:a <http://ex.org/p> _:b.", r));
  CHECK(r.object == "_:b");
  for (const char* bad : {"<a> <b> <c>", "<a> <b> .", "<a b> <p> <c> .", "<a> \"lit\" <c> .",
                          "\"lit\" <p> <c> .", "<a> <p> \"open .", "<a> <p> \"x\"@ .",
                          "<a> <p> \"\\uZZZZ\" .", "<a> <p> \"\\uD800\" .", "<a> <p> <c> . extra",
                          "<a> <p> <c> .. ", "<a> <p> \"\" ."}) {
    CAPTURE(bad);
    auto result = p.Parse(bad, r);
    CHECK_FALSE(result.ok());
  }
  auto bad = p.Parse("<a> <p> <c", r);
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.status().message().find("column 9") != std::string::npos);
}

TEST_CASE("IRI names: local part, percent-decoding, underscores for entities only") {
  CHECK(*NameFromIri("http://ex.org/a/b", true) == "b");
  CHECK(*NameFromIri("http://ex.org/a#x_y", true) == "x y");
  CHECK(*NameFromIri("http://ex.org/a#x_y", false) == "x_y");
  CHECK(*NameFromIri("http://ex.org/dir/", true) == "http://ex.org/dir/");
  CHECK_FALSE(NameFromIri("http://ex.org/%FF", true).ok());
}

TEST_CASE("UTF-8 check finds the first bad byte and NULs") {
  CHECK(!FindInvalidUtf8("plain ASCII text that is long enough"));
  CHECK(!FindInvalidUtf8("Zoë Łukasz"));
  CHECK(FindInvalidUtf8("abcdefghij\xC3(") == 10u);
  CHECK(FindInvalidUtf8(std::string_view("ab\0c", 4)) == 2u);
  CHECK(FindInvalidUtf8("\xED\xA0\x80") == 0u);  // a surrogate
}

TEST_CASE("N-Triples: rdfs:label and rdf:type describe the subject and relate nothing, not_p is negated p") {
  NTriplesParser p;
  ImportRecord r;
  REQUIRE(*p.Parse("<http://x.org/entity/New_York> <http://www.w3.org/2000/01/rdf-schema#label> \"New York\" .",
                   r));
  CHECK(r.describes_subject_only);
  CHECK(r.subject == "New York");
  CHECK(r.subject_type.empty());
  REQUIRE(*p.Parse("<http://x.org/entity/New_York> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> "
                   "<http://x.org/type/location> .",
                   r));
  CHECK(r.describes_subject_only);
  CHECK(r.subject_type == "location");
  // Another vocabulary's class is no kgraph entity type: no type, no edge.
  REQUIRE(*p.Parse("<http://dbpedia.org/resource/Ban_Ki-moon> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> "
                   "<http://dbpedia.org/ontology/Person> .",
                   r));
  CHECK(r.describes_subject_only);
  CHECK(r.subject_type.empty());
  REQUIRE(*p.Parse("<http://x.org/entity/A> <http://x.org/relation/not_supports> <http://x.org/entity/B> .", r));
  CHECK_FALSE(r.describes_subject_only);
  CHECK(r.predicate == "supports");
  CHECK(r.negated == std::optional<bool>(true));
  REQUIRE(*p.Parse("<http://x.org/entity/A> <http://x.org/relation/supports> <http://x.org/entity/B> .", r));
  CHECK_FALSE(r.negated.has_value());
}
