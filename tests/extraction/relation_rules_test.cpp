// The construction rules, case by case, from tests/extraction/data/relation_rules.txt:
// a marked sentence, then "=> triple" lines (none: nothing may be found).
// A line "# known-failure: why" before a case marks it as a known failure: it is
// counted and printed, not an error, and it fails the test once it passes, so
// that the marker is removed.
#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>
#include <sstream>

#include "ingest/lexicon/lexicons.h"
#include "ingest/relations/predicate_lexicon.h"
#include "tests/extraction/relation_test_util.h"
#include "tests/test_util.h"

namespace {

using kg::ingest::relations::PredicateLexicon;

const PredicateLexicon& ShippedLexicon() {
  static const PredicateLexicon* lexicon = [] {
    auto lexicons = kg::ingest::Lexicons::Load(kg::test::SourcePath("ingest/lexicons"));
    REQUIRE(lexicons.ok());
    auto loaded = PredicateLexicon::Load(*lexicons);
    REQUIRE_MESSAGE(loaded.ok(), loaded.status().message());
    return new PredicateLexicon(std::move(*loaded));
  }();
  return *lexicon;
}

std::string Join(const std::vector<std::string>& lines) {
  std::string out;
  for (const auto& l : lines) out += "  " + l + "\n";
  return out.empty() ? "  (none)\n" : out;
}

}  // namespace

TEST_CASE("relation rules: every case of relation_rules.txt") {
  std::ifstream in(kg::test::SourcePath("tests/extraction/data/relation_rules.txt"));
  REQUIRE(in);
  const std::string marker = "# known-failure:";
  std::string line, sentence, known_failure, pending_known_failure;
  std::vector<std::string> expected;
  int line_number = 0, sentence_line = 0, marker_line = 0, cases = 0, passing = 0, known_failures = 0;
  auto check = [&] {
    if (sentence.empty()) return;
    std::sort(expected.begin(), expected.end());
    auto found = kg::test::ActorTriples(ShippedLexicon(), sentence);
    ++cases;
    if (known_failure.empty()) {
      if (found == expected) ++passing;
      CHECK_MESSAGE(found == expected, "relation_rules.txt:", sentence_line, ": ", sentence,
                    "\nexpected:\n", Join(expected), "found:\n", Join(found));
    } else if (found == expected) {
      ++passing;
      FAIL_CHECK("relation_rules.txt:", sentence_line, ": a known failure now passes, remove its marker (",
                 known_failure, "): ", sentence);
    } else {
      ++known_failures;
      MESSAGE("known failure, relation_rules.txt:", sentence_line, " (", known_failure, "): ", sentence,
              "\nexpected:\n", Join(expected), "found:\n", Join(found));
    }
    sentence.clear();
    expected.clear();
    known_failure.clear();
  };
  while (std::getline(in, line)) {
    ++line_number;
    if (line.rfind(marker, 0) == 0) {
      CHECK_MESSAGE(pending_known_failure.empty(), "relation_rules.txt:", line_number,
                    ": a second known-failure marker for the same case");
      pending_known_failure = line.substr(marker.size());
      pending_known_failure.erase(0, pending_known_failure.find_first_not_of(' '));
      CHECK_MESSAGE(!pending_known_failure.empty(), "relation_rules.txt:", line_number,
                    ": a known-failure marker must say why");
      if (pending_known_failure.empty()) pending_known_failure = "no reason given";
      marker_line = line_number;
      continue;
    }
    if (line.empty() || line[0] == '#') continue;
    if (line.rfind("=> ", 0) == 0) {
      expected.push_back(line.substr(3));
      continue;
    }
    check();
    sentence = line;
    sentence_line = line_number;
    known_failure = std::move(pending_known_failure);
    pending_known_failure.clear();
  }
  check();
  CHECK_MESSAGE(pending_known_failure.empty(), "relation_rules.txt:", marker_line,
                ": a known-failure marker with no case after it");
  MESSAGE("relation_rules.txt: ", cases, " cases, ", passing, " passing, ", known_failures, " known failures");
  CHECK(cases >= 20);
}

TEST_CASE("predicate lexicon: forms, senses, phrases and errors") {
  const auto& lexicon = ShippedLexicon();
  REQUIRE(lexicon.AnalyzeVerb("vetoed") != nullptr);
  CHECK(lexicon.AnalyzeVerb("vetoed")->lemma == "veto");
  CHECK(lexicon.AnalyzeVerb("vetoes")->form == kg::ingest::relations::VerbForm::kThirdPerson);
  CHECK(lexicon.AnalyzeVerb("met")->lemma == "meet");  // irregular, from verb_forms.json
  CHECK(lexicon.AnalyzeVerb("criticising")->lemma == "criticise");
  CHECK(lexicon.AnalyzeVerb("banned")->lemma == "ban");
  int criticizes = lexicon.FindPredicate("criticizes");
  REQUIRE(criticizes >= 0);
  CHECK(lexicon.predicate(criticizes).category == "DISAPPROVE");
  CHECK(lexicon.predicate(criticizes).cameo == "11");
  CHECK(lexicon.predicate(lexicon.FindPredicate("vetoes")).category == "REJECT");
  CHECK(lexicon.predicate(lexicon.FindPredicate("cooperates_with")).symmetric);
  CHECK(lexicon.Phrase("hold", "talk") == lexicon.FindPredicate("meets_with"));
  CHECK(lexicon.IsObjectNoun("resolutions"));

  auto bad = PredicateLexicon::Parse(R"({"predicates": [{"category": "X"}]})", "mine.json");
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.status().message() == "mine.json: predicates[0]: \"name\" is missing");
  auto bad_verbs = PredicateLexicon::Parse(R"({"predicates": [{"name": "p", "verbs": "x"}]})", "m.json");
  REQUIRE_FALSE(bad_verbs.ok());
  CHECK(bad_verbs.status().message().find("\"verbs\" must be an array") != std::string::npos);
  auto bad_phrase = PredicateLexicon::Parse(
      R"({"predicates": [{"name": "p"}], "phrases": [{"verb": "a", "noun": "b", "predicate": "q"}]})", "m.json");
  REQUIRE_FALSE(bad_phrase.ok());
  CHECK(bad_phrase.status().message().find("phrases[0]") != std::string::npos);
}
