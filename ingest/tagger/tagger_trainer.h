// TaggerTrainer: trains a Tagger on gold-tagged sentences.
//
// Each epoch visits the sentences in a seeded order and tags them left to
// right with the model's own previous tags, updating on every mistake.
// With a development set, the averaged weights of the epoch that tags it
// best are kept (early stopping); without one, those of the last epoch.
#pragma once

#include <cstdint>
#include <ostream>
#include <vector>

#include "ingest/tagger/tagger.h"
#include "schema/sentence.h"
#include "schema/status.h"

namespace kg::syntax {

struct TaggerTrainingOptions {
  int epochs = 12;
  uint64_t seed = 1;
  // A word seen at least this often with one tag at least this share of the
  // time goes into the tag dictionary.
  int dictionary_min_count = 20;
  double dictionary_min_share = 0.97;
  // A word seen at least this often has a likely tag, a feature of the
  // words before it (Tagger::Features).
  int likely_min_count = 2;
  float min_weight = 0.005f;  // averaged weights below this are dropped
  int min_updates = 1;         // see AveragedPerceptron::Freeze
};

struct TaggerTrainingResult {
  Tagger tagger;
  int best_epoch = 0;
  double dev_accuracy = 0;  // joint UPOS+XPOS accuracy on dev, 0 without dev
};

class TaggerTrainer {
 public:
  // `log` (may be null) gets one line per epoch.
  // InvalidInput when the training data has more tags than a model holds.
  static Result<TaggerTrainingResult> Train(const std::vector<Sentence>& train, const std::vector<Sentence>* dev,
                                    const TaggerTrainingOptions& options, std::ostream* log);
  // Share of tokens whose joint tag `tagger` gets right.
  static double Accuracy(const Tagger& tagger, const std::vector<Sentence>& gold);
};

}  // namespace kg::syntax
