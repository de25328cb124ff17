#include "ingest/tagger/tagger_trainer.h"

#include <algorithm>
#include <map>

#include "ingest/syntax/averaged_perceptron.h"
#include "ingest/syntax/shuffle.h"
#include "ingest/tagger/tagger_features.h"

namespace kg::syntax {
namespace {

// The most frequent value of each key's counts, ties to the smallest value.
template <typename K, typename V>
std::map<K, V> MostFrequent(const std::map<K, std::map<V, int>>& counts) {
  std::map<K, V> out;
  for (const auto& [key, values] : counts) {
    auto best = std::max_element(values.begin(), values.end(),
                                 [](const auto& a, const auto& b) { return a.second < b.second; });
    out.emplace(key, best->first);
  }
  return out;
}

std::vector<int> GoldTags(const Sentence& s, const LabelSet& tags) {
  std::vector<int> gold;
  for (const Token& t : s.tokens) gold.push_back(tags.Id(Tagger::JointTag(t.upos, t.xpos)));
  return gold;
}

// The tag set, the tag dictionary and the feature tables from the data.
void BuildTables(const std::vector<Sentence>& train, const TaggerTrainingOptions& options, LabelSet& tags, std::unordered_map<std::string, int>& dictionary, LabelSet& feats,
                 std::unordered_map<std::string, int>& word_feats, std::vector<int>& tag_feats,
                 std::unordered_map<std::string, int>& likely) {
  std::map<std::string, std::map<int, int>> word_tags;
  std::map<std::string, std::map<std::string, int>> word_tag_feats;
  std::map<int, std::map<std::string, int>> tag_feat_counts;
  for (const Sentence& s : train) {
    for (const Token& t : s.tokens) {
      int tag = tags.Add(Tagger::JointTag(t.upos, t.xpos));
      std::string lower = LowerAscii(t.text);
      ++word_tags[lower][tag];
      ++word_tag_feats[lower + '\t' + std::to_string(tag)][t.feats];
      ++tag_feat_counts[tag][t.feats];
    }
  }
  for (const auto& [word, counts] : word_tags) {
    int total = 0, best = 0, best_tag = 0;
    for (const auto& [tag, n] : counts) {
      total += n;
      if (n > best) best = n, best_tag = tag;
    }
    if (total >= options.dictionary_min_count && best >= options.dictionary_min_share * total) {
      dictionary.emplace(word, best_tag);
    }
    if (total >= options.likely_min_count) likely.emplace(word, best_tag);
  }
  std::map<int, std::string> by_tag = MostFrequent(tag_feat_counts);
  tag_feats.assign(static_cast<size_t>(tags.size()), feats.Add(""));
  for (const auto& [tag, f] : by_tag) tag_feats[static_cast<size_t>(tag)] = feats.Add(f);
  for (const auto& [key, f] : MostFrequent(word_tag_feats)) {
    int tag = std::stoi(key.substr(key.find('\t') + 1));
    // Only where the word differs from its tag's usual features: the rest
    // is what the fallback gives anyway.
    if (f != feats.Name(tag_feats[static_cast<size_t>(tag)])) word_feats.emplace(key, feats.Add(f));
  }
}

}  // namespace

double TaggerTrainer::Accuracy(const Tagger& tagger, const std::vector<Sentence>& gold) {
  int64_t right = 0, total = 0;
  for (const Sentence& s : gold) {
    std::vector<int> predicted = tagger.Predict(s);
    std::vector<int> truth = GoldTags(s, tagger.tags());
    for (size_t i = 0; i < truth.size(); ++i) right += predicted[i] == truth[i], ++total;
  }
  return total ? static_cast<double>(right) / static_cast<double>(total) : 0;
}

Result<TaggerTrainingResult> TaggerTrainer::Train(const std::vector<Sentence>& train, const std::vector<Sentence>* dev,
                                          const TaggerTrainingOptions& options, std::ostream* log) {
  TaggerTrainingResult result;
  Tagger& tagger = result.tagger;
  BuildTables(train, options, tagger.tags_, tagger.dictionary_, tagger.feats_, tagger.word_feats_,
              tagger.tag_feats_, tagger.likely_);
  if (tagger.tags_.size() > FrozenWeights::kMaxClasses) {
    return Status::InvalidInput("the training data has " + std::to_string(tagger.tags_.size()) +
                                " distinct UPOS+XPOS pairs; a model holds at most " +
                                std::to_string(FrozenWeights::kMaxClasses));
  }
  AveragedPerceptron model(tagger.tags_.size());
  std::vector<size_t> order(train.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  SeededRandom random(options.seed);
  std::vector<FeatureKey> keys;
  std::vector<float> scores(static_cast<size_t>(model.classes()));
  double best = -1;
  FrozenWeights best_weights;
  for (int epoch = 1; epoch <= options.epochs; ++epoch) {
    SeededShuffle(order, random);
    int64_t right = 0, total = 0;
    for (size_t index : order) {
      const Sentence& s = train[index];
      std::vector<std::string> lowers = Tagger::Lowered(s);
      TaggerFeatures features = tagger.Features(s, lowers);
      std::vector<int> gold = GoldTags(s, tagger.tags_);
      std::vector<int> guessed(gold.size());
      for (int i = 0; i < features.size(); ++i) {
        auto known = tagger.dictionary_.find(lowers[static_cast<size_t>(i)]);
        int g;
        if (known != tagger.dictionary_.end()) {
          g = known->second;
        } else {
          features.Extract(i, i > 0 ? guessed[static_cast<size_t>(i - 1)] : -1,
                           i > 1 ? guessed[static_cast<size_t>(i - 2)] : -1, &keys);
          std::fill(scores.begin(), scores.end(), 0.0f);
          model.Score(keys, scores.data());
          g = static_cast<int>(std::max_element(scores.begin(), scores.end()) - scores.begin());
          model.Update(gold[static_cast<size_t>(i)], g, keys);
        }
        guessed[static_cast<size_t>(i)] = g;
        right += g == gold[static_cast<size_t>(i)];
        ++total;
      }
    }
    tagger.weights_ = model.Freeze(options.min_weight, options.min_updates);
    double accuracy = dev ? Accuracy(tagger, *dev) : 0;
    if (log) {
      *log << "tagger epoch " << epoch << ": train "
           << 100.0 * static_cast<double>(right) / static_cast<double>(std::max<int64_t>(total, 1));
      if (dev) *log << ", dev " << 100.0 * accuracy;
      *log << " (" << tagger.weights_.features() << " features)\n";
    }
    if (!dev || accuracy > best) {
      best = accuracy;
      result.best_epoch = epoch;
      result.dev_accuracy = accuracy;
      best_weights = tagger.weights_;
    }
  }
  tagger.weights_ = std::move(best_weights);
  return result;
}

}  // namespace kg::syntax
