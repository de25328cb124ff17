// ActorScorer: how well actor recognition finds and codes the political
// actors annotated in eval records (wikinews-dev's "actors"), by the rules of
// ../shared/eval/README.md: the mentions of the record's sentence(s); a gold
// actor is found when a mention has the same surface or one contains the
// other (case-insensitive, at least 3 characters); code accuracy is over the
// found actors whose gold code is not null, on the first three letters.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "ingest/eval/eval_set.h"

namespace kg::ingest::eval {

// One stored mention of a record's sentence.
struct FoundMention {
  std::string surface;
  std::string entity, type, code;
};

struct ActorResult {
  const EvalRecord* record = nullptr;
  const ExpectedActor* gold = nullptr;
  const FoundMention* found = nullptr;  // nullptr: missed
  bool code_right = false;
};

struct ActorScore {
  long gold = 0, found = 0;         // recall = found / gold
  long coded = 0, coded_right = 0;  // code accuracy = coded_right / coded
  std::vector<ActorResult> results;
  double recall() const { return gold ? double(found) / gold : 0.0; }
  double code_accuracy() const { return coded ? double(coded_right) / coded : 0.0; }
};

// `mentions` by record id. Results point into `records` and `mentions`.
ActorScore ScoreActors(const std::vector<const EvalRecord*>& records,
                       const std::map<std::string, std::vector<FoundMention>>& mentions);

}  // namespace kg::ingest::eval
