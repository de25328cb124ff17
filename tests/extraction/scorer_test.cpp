#include <doctest/doctest.h>

#include "ingest/eval/actor_scorer.h"
#include "ingest/eval/corpus_articles.h"
#include "ingest/eval/scorer.h"

using namespace kg::ingest::eval;

TEST_CASE("scorer: codes, one-to-one matching, null targets, actor pairs") {
  EvalRecord r{"R-0001", "text",
               {{"Israel", "ISR", "AGREE", "Palestinians", std::string("PSE")},
                {"Palestinians", "PSE", "AGREE", "Israel", std::string("ISR")},
                {"Japan", "JAP", "REJECT", "", std::nullopt}},
               "",
               {}};
  std::map<std::string, std::vector<ExtractedEvent>> extracted;
  extracted["R-0001"] = {
      {"Israel", "ISR", "agrees_with", "AGREE", "Palestine", "PSE", "", ""},
      {"Israel", "ISR", "agrees_with", "AGREE", "Palestine", "PSE", "", ""},  // a duplicate matches once
      {"Japan", "JPN", "rejects", "REJECT", "plan", "", "", ""},              // null target: any object
      {"Palestine", "PSE", "consults", "CONSULT", "Israel", "ISR", "", ""},   // wrong category
  };
  Score s = ScoreRecords({&r}, extracted);
  CHECK(s.overall.expected == 3);
  CHECK(s.overall.extracted == 4);
  CHECK(s.overall.matched == 2);
  CHECK(s.overall.precision() == doctest::Approx(0.5));
  CHECK(s.overall.recall() == doctest::Approx(2.0 / 3));
  CHECK(s.pairs.matched == 3);  // the CONSULT pair counts when the category is ignored
  CHECK(s.by_category["AGREE"].matched == 1);
  CHECK(s.by_category["AGREE"].expected == 2);
  CHECK(s.by_category["CONSULT"].extracted == 1);
  REQUIRE(s.records.size() == 1);
  CHECK(s.records[0].missed.size() == 1);
  CHECK(s.records[0].wrong.size() == 2);
  CHECK(NormalizeCode("ITL") == "ITA");
  CHECK(NormalizeCode("CVLalb") == "CVL");
}

TEST_CASE("scorer: a record with nothing extracted and an empty set") {
  EvalRecord r{"R-2", "t", {{"A", "USA", "FIGHT", "B", std::string("IRQ")}}, "", {}};
  Score s = ScoreRecords({&r}, {});
  CHECK(s.overall.recall() == 0.0);
  CHECK(s.overall.precision() == 0.0);
  CHECK(s.overall.f1() == 0.0);
  Score empty = ScoreRecords({}, {});
  CHECK(empty.overall.expected == 0);
}

TEST_CASE("actor scorer: found by text or containment, codes on three letters") {
  EvalRecord r{"W-1", "t", {}, "doc", {}};
  r.actors = {{"the Wisconsin Supreme Court", std::string("USA"), "organization"},
              {"Evers", std::string("USA"), "person"},
              {"Pakistan", std::string("PAK"), "location"},
              {"Hamas", std::nullopt, "group"},
              {"EU", std::string("IGO"), "organization"}};
  std::map<std::string, std::vector<FoundMention>> found;
  found["W-1"] = {{"Wisconsin Supreme Court", "Wisconsin Supreme Court", "organization", "USAJUD"},
                  {"Evers", "Tony Evers", "person", ""},
                  {"Hamas", "Hamas", "organization", "IMG"},
                  {"Europe", "Europe", "location", ""}};  // "EU" is too short to match by containment
  ActorScore s = ScoreActors({&r}, found);
  CHECK(s.gold == 5);
  CHECK(s.found == 3);
  CHECK(s.coded == 2);        // Hamas has no gold code
  CHECK(s.coded_right == 1);  // the court (USAJUD -> USA); Evers is uncoded
  CHECK(s.recall() == doctest::Approx(0.6));
  CHECK(s.code_accuracy() == doctest::Approx(0.5));
}

TEST_CASE("same sentence: containment once white space is squeezed") {
  CHECK(SameSentence("Police  arrested\nthe man.", "Police arrested the man."));
  CHECK(SameSentence("He said: \"Police arrested the man.\"", "Police arrested the man."));
  CHECK(SameSentence("Police arrested", "Police arrested the man. Then he left."));
  CHECK_FALSE(SameSentence("Police arrested a woman.", "Police arrested the man."));
  CHECK_FALSE(SameSentence("", "x"));
}
