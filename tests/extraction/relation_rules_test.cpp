// The construction rules, case by case, from tests/extraction/data/relation_rules.txt:
// a marked sentence, then "=> triple" lines (none: nothing may be found).
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
  std::string line, sentence;
  std::vector<std::string> expected;
  int line_number = 0, sentence_line = 0, cases = 0;
  auto check = [&] {
    if (sentence.empty()) return;
    std::sort(expected.begin(), expected.end());
    auto found = kg::test::ActorTriples(ShippedLexicon(), sentence);
    ++cases;
    CHECK_MESSAGE(found == expected, "relation_rules.txt:", sentence_line, ": ", sentence,
                  "\nexpected:\n", Join(expected), "found:\n", Join(found));
    sentence.clear();
    expected.clear();
  };
  while (std::getline(in, line)) {
    ++line_number;
    if (line.empty() || line[0] == '#') continue;
    if (line.rfind("=> ", 0) == 0) {
      expected.push_back(line.substr(3));
      continue;
    }
    check();
    sentence = line;
    sentence_line = line_number;
  }
  check();
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
