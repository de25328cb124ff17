#include "ingest/parser/parser_trainer.h"

#include <algorithm>
#include <limits>

#include "ingest/parser/dynamic_oracle.h"
#include "ingest/parser/projectivize.h"
#include "ingest/syntax/averaged_perceptron.h"
#include "ingest/syntax/shuffle.h"

namespace kg::syntax {
namespace {

// The gold tree of `s` in the state's terms (root = n), made projective.
GoldTree ProjectiveGold(const Sentence& s, const LabelSet& labels) {
  GoldTree gold;
  const int n = static_cast<int>(s.tokens.size());
  for (const Token& t : s.tokens) {
    gold.heads.push_back(t.head == Token::kRoot ? n : t.head);
    gold.labels.push_back(labels.Id(t.deprel));
  }
  Projectivize(gold.heads);
  return gold;
}

// A sentence the oracle can follow: every head in range, one root.
bool Trainable(const Sentence& s) {
  int roots = 0;
  const int n = static_cast<int>(s.tokens.size());
  for (const Token& t : s.tokens) {
    if (t.head == Token::kRoot) ++roots;
    else if (t.head < 0 || t.head >= n) return false;
  }
  return roots == 1;
}

int BestOf(const std::vector<float>& scores, const std::vector<bool>& allowed) {
  int best = -1;
  for (size_t c = 0; c < scores.size(); ++c) {
    if (allowed[c] && (best < 0 || scores[c] > scores[static_cast<size_t>(best)])) best = static_cast<int>(c);
  }
  return best;
}

struct Epoch {
  const Parser& shape;  // tags and labels, for the features
  const LabelSet& labels;
  int root_label;
  AveragedPerceptron& model;
  SeededRandom& random;
  bool follow_oracle;
  double explore;
  int64_t moves = 0, right = 0;

  void Learn(const kg::Sentence& s) {
    GoldTree gold = ProjectiveGold(s, labels);
    ParserWords words = shape.Words(s);
    ParseState state(static_cast<int>(s.tokens.size()));
    std::vector<FeatureKey> keys;
    std::vector<float> scores(static_cast<size_t>(model.classes()));
    std::vector<bool> zero_cost;
    while (!state.Terminal()) {
      ExtractParserFeatures(state, words, &keys);
      std::fill(scores.begin(), scores.end(), 0.0f);
      model.Score(keys, scores.data());
      int guess = BestValidClass(state, scores.data(), model.classes(), root_label);
      ZeroCostMoves(state, gold, labels.size(), &zero_cost);
      for (size_t c = 0; c < zero_cost.size(); ++c) {
        if (zero_cost[c] && !ClassAllowed(state, static_cast<int>(c), root_label)) zero_cost[c] = false;
      }
      int best = BestOf(scores, zero_cost);
      if (best < 0) best = guess;  // nothing left to lose: learn nothing here
      model.Update(best, guess, keys);
      ++moves;
      right += guess == best;
      bool follow_guess = !follow_oracle && static_cast<double>(random.Below(1u << 20)) < explore * (1u << 20);
      int next = follow_guess ? guess : best;
      state.Apply(ClassMove(next), ClassLabel(next));
    }
  }
};

}  // namespace

AttachmentScores ParserTrainer::Score(const Parser& parser, const std::vector<kg::Sentence>& gold) {
  int64_t words = 0, heads = 0, labelled = 0;
  std::vector<int> h, l;
  for (const kg::Sentence& s : gold) {
    parser.Predict(s, &h, &l);
    const int n = static_cast<int>(s.tokens.size());
    for (int i = 0; i < n; ++i) {
      const Token& t = s.tokens[static_cast<size_t>(i)];
      int gold_head = t.head == Token::kRoot ? n : t.head;
      ++words;
      if (h[static_cast<size_t>(i)] != gold_head) continue;
      ++heads;
      std::string_view predicted = parser.labels().Name(l[static_cast<size_t>(i)]);
      labelled += predicted.substr(0, predicted.find(':')) == t.UniversalRelation();
    }
  }
  AttachmentScores scores;
  if (words) {
    scores.uas = static_cast<double>(heads) / static_cast<double>(words);
    scores.las = static_cast<double>(labelled) / static_cast<double>(words);
  }
  return scores;
}

Result<ParserTrainingResult> ParserTrainer::Train(const std::vector<kg::Sentence>& train, const std::vector<kg::Sentence>* dev,
                                          const LabelSet& tags, const ParserTrainingOptions& options,
                                          std::ostream* log) {
  LabelSet labels;
  std::vector<size_t> order;
  for (size_t i = 0; i < train.size(); ++i) {
    if (!Trainable(train[i])) continue;
    order.push_back(i);
    for (const Token& t : train[i].tokens) labels.Add(t.deprel);
  }
  if (MoveClasses(labels.size()) > FrozenWeights::kMaxClasses) {
    return Status::InvalidInput("the training data has " + std::to_string(labels.size()) +
                                " relations; a model holds at most " +
                                std::to_string((FrozenWeights::kMaxClasses - 1) / 2));
  }
  const Parser shape(tags, labels, FrozenWeights());
  AveragedPerceptron model(MoveClasses(labels.size()));
  SeededRandom random(options.seed);
  ParserTrainingResult result;
  double best_las = -1;
  for (int e = 1; e <= options.epochs; ++e) {
    SeededShuffle(order, random);
    Epoch epoch{shape, labels, labels.Id("root"), model, random, e == 1, options.explore};
    for (size_t i : order) epoch.Learn(train[i]);
    Parser parser(tags, labels, model.Freeze(options.min_weight, options.min_updates));
    AttachmentScores scores = dev ? Score(parser, *dev) : AttachmentScores{};
    if (log) {
      *log << "parser epoch " << e << ": train moves "
           << 100.0 * static_cast<double>(epoch.right) / static_cast<double>(std::max<int64_t>(epoch.moves, 1));
      if (dev) *log << ", dev UAS " << 100 * scores.uas << " LAS " << 100 * scores.las;
      *log << " (" << parser.weights().features() << " features, " << parser.weights().entries() << " weights)\n";
      log->flush();
    }
    if (!dev || scores.las > best_las) {
      best_las = scores.las;
      result.best_epoch = e;
      result.dev = scores;
      result.parser = std::move(parser);
    }
  }
  return result;
}

}  // namespace kg::syntax
