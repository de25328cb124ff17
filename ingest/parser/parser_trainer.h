// ParserTrainer: trains a Parser with the dynamic oracle.
//
// Training trees are projectivised (projectivize.h). The first epoch
// follows the oracle; later ones follow the parser's own move with
// probability `explore` (Goldberg and Nivre 2012), so it learns to recover
// from its mistakes. Each step updates towards the best-scoring zero-cost
// move. Sentences should carry predicted tags (jackknifed), so training
// sees the tags the parser will see. With a development set, the averaged
// weights of the epoch with the best LAS are kept.
#pragma once

#include <cstdint>
#include <ostream>
#include <vector>

#include "ingest/parser/parser.h"
#include "schema/sentence.h"
#include "schema/status.h"

namespace kg::syntax {

struct ParserTrainingOptions {
  int epochs = 20;
  uint64_t seed = 1;
  double explore = 0.9;
  float min_weight = 0.01f;
  int min_updates = 3;  // see AveragedPerceptron::Freeze; 3 keeps a quarter of the features at the same dev LAS
};

struct AttachmentScores {
  double uas = 0, las = 0;  // shares of words, punctuation included
};

struct ParserTrainingResult {
  Parser parser;
  int best_epoch = 0;
  AttachmentScores dev;
};

class ParserTrainer {
 public:
  // `train` and `dev` carry predicted tags and gold heads and relations.
  // InvalidInput when the treebank has more relations than a model holds.
  static Result<ParserTrainingResult> Train(const std::vector<Sentence>& train, const std::vector<Sentence>* dev,
                                    const LabelSet& tags, const ParserTrainingOptions& options, std::ostream* log);
  static AttachmentScores Score(const Parser& parser, const std::vector<Sentence>& gold);
};

}  // namespace kg::syntax
