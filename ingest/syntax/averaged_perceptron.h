// AveragedPerceptron: the trainer's multi-class linear model (Collins 2002).
//
// Weights are sparse per feature: a perceptron only changes the weights of
// the true and the guessed class, so each feature's row holds the few
// classes it was ever updated for. Averaging uses the usual lazy totals (a
// weight's running sum is brought up to date when it changes), so an
// update costs the features it touches, not the size of the model.
// Freeze() gives the averaged weights as the run-time FrozenWeights.
#pragma once

#include <cstdint>
#include <unordered_map>
#include <vector>

#include "ingest/syntax/feature_hash.h"
#include "ingest/syntax/frozen_weights.h"

namespace kg::syntax {

class AveragedPerceptron {
 public:
  explicit AveragedPerceptron(int classes) : classes_(classes) {}

  int classes() const { return classes_; }

  // Adds each feature's current (not averaged) weights into `scores`,
  // which must hold classes() values.
  void Score(const std::vector<FeatureKey>& features, float* scores) const;

  // One training step: +1 for `truth`, -1 for `guess` on every feature.
  // Counts as one instance for averaging even when truth == guess.
  void Update(int truth, int guess, const std::vector<FeatureKey>& features);

  // Marks the end of one training instance without an update.
  void Tick() { ++instances_; }

  // The averaged weights. Entries whose magnitude is below `min_weight` are
  // dropped (they change no decision and only cost space), and so are
  // features updated fewer than `min_updates` times: seen in one or two
  // mistakes of a whole training run, a feature is mostly noise, and such
  // features are most of the model.
  FrozenWeights Freeze(float min_weight, int min_updates) const;

 private:
  struct Entry {
    int32_t cls;
    float weight;
    double total;      // sum of the weight over all instances up to `stamp`
    int64_t stamp;
  };

  int classes_;
  int64_t instances_ = 0;
  struct Row {
    std::vector<Entry> entries;
    int32_t updates = 0;
  };
  Row& RowFor(FeatureKey key);
  void Add(std::vector<Entry>& row, int cls, float delta);

  std::unordered_map<FeatureKey, uint32_t> index_;
  std::vector<Row> rows_;
};

}  // namespace kg::syntax
