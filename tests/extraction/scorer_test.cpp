#include <doctest/doctest.h>

#include "ingest/eval/scorer.h"

using namespace kg::ingest::eval;

TEST_CASE("scorer: codes, one-to-one matching, null targets, actor pairs") {
  EvalRecord r{"R-0001", "text",
               {{"Israel", "ISR", "AGREE", "Palestinians", std::string("PSE")},
                {"Palestinians", "PSE", "AGREE", "Israel", std::string("ISR")},
                {"Japan", "JAP", "REJECT", "", std::nullopt}}};
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
  CHECK(RecordNumber("PLOVER-GSR01-AGREE-0006") == 6);
  CHECK(RecordNumber("PLOVER-GSR01-COERCE-0004.2") == 4);
  CHECK(RecordNumber("none") == -1);
}

TEST_CASE("scorer: a record with nothing extracted and an empty set") {
  EvalRecord r{"R-2", "t", {{"A", "USA", "FIGHT", "B", std::string("IRQ")}}};
  Score s = ScoreRecords({&r}, {});
  CHECK(s.overall.recall() == 0.0);
  CHECK(s.overall.precision() == 0.0);
  CHECK(s.overall.f1() == 0.0);
  Score empty = ScoreRecords({}, {});
  CHECK(empty.overall.expected == 0);
}
