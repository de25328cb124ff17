#include "ingest/syntax/averaged_perceptron.h"

#include <algorithm>
#include <cmath>

namespace kg::syntax {

void AveragedPerceptron::Score(const std::vector<FeatureKey>& features, float* scores) const {
  for (FeatureKey f : features) {
    auto it = index_.find(f);
    if (it == index_.end()) continue;
    for (const Entry& e : rows_[it->second].entries) scores[e.cls] += e.weight;
  }
}

AveragedPerceptron::Row& AveragedPerceptron::RowFor(FeatureKey key) {
  auto [it, added] = index_.try_emplace(key, static_cast<uint32_t>(rows_.size()));
  if (added) rows_.emplace_back();
  return rows_[it->second];
}

void AveragedPerceptron::Add(std::vector<Entry>& row, int cls, float delta) {
  for (Entry& e : row) {
    if (e.cls != cls) continue;
    e.total += static_cast<double>(instances_ - e.stamp) * e.weight;
    e.stamp = instances_;
    e.weight += delta;
    return;
  }
  row.push_back({cls, delta, 0.0, instances_});
}

void AveragedPerceptron::Update(int truth, int guess, const std::vector<FeatureKey>& features) {
  ++instances_;
  if (truth == guess) return;
  for (FeatureKey f : features) {
    Row& row = RowFor(f);
    ++row.updates;
    Add(row.entries, truth, 1.0f);
    Add(row.entries, guess, -1.0f);
  }
}

FrozenWeights AveragedPerceptron::Freeze(float min_weight, int min_updates) const {
  std::vector<FrozenWeights::Row> rows;
  rows.reserve(index_.size());
  const double n = std::max<int64_t>(instances_, 1);
  for (const auto& [key, r] : index_) {
    if (rows_[r].updates < min_updates) continue;
    FrozenWeights::Row row{key, {}};
    for (const Entry& e : rows_[r].entries) {
      double total = e.total + static_cast<double>(instances_ - e.stamp) * e.weight;
      float avg = static_cast<float>(total / n);
      if (std::fabs(avg) >= min_weight && avg != 0.0f) row.entries.push_back({e.cls, avg});
    }
    if (!row.entries.empty()) rows.push_back(std::move(row));
  }
  return FrozenWeights(classes_, std::move(rows));
}

}  // namespace kg::syntax
