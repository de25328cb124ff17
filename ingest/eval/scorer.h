// Scorer: precision, recall and F1 of extracted actor-level events against
// annotated ones, by the rules of the PLOVER evaluation (docs/extraction.md):
// a triple matches an expected tuple when the subject's code is the source
// code, its category the relation, and the object's code the target code
// (or the tuple has no target); codes compare on their first three letters;
// each tuple and each triple match at most once; counts are summed over
// records (micro average). The "actor pairs" variant ignores the category.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "ingest/eval/eval_set.h"

namespace kg::ingest::eval {

struct ExtractedEvent {
  std::string subject, subject_code;
  std::string predicate, category;
  std::string object, object_code;
  std::string phrase, rule;
};

struct Counts {
  long expected = 0, extracted = 0, matched = 0;
  double precision() const { return extracted ? double(matched) / extracted : 0.0; }
  double recall() const { return expected ? double(matched) / expected : 0.0; }
  double f1() const {
    double p = precision(), r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
  }
};

struct RecordResult {
  const EvalRecord* record = nullptr;
  std::vector<const ExpectedEvent*> missed;
  std::vector<const ExtractedEvent*> wrong;  // extracted, matching nothing
};

struct Score {
  Counts overall;                        // category level
  Counts pairs;                          // category ignored
  std::map<std::string, Counts> by_category;
  std::vector<RecordResult> records;     // category level, for --diff
};

// Codes as the annotations write them, normalised: "JAP" -> "JPN", "ITL" -> "ITA".
std::string NormalizeCode(const std::string& code);

// `extracted` is indexed by record id; records missing from it extracted nothing.
Score ScoreRecords(const std::vector<const EvalRecord*>& records,
                   const std::map<std::string, std::vector<ExtractedEvent>>& extracted);

}  // namespace kg::ingest::eval
