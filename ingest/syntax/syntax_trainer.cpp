#include "ingest/syntax/syntax_trainer.h"

#include <algorithm>
#include <cstdio>
#include <thread>

namespace kg::syntax {
namespace {

std::string Percent(double share) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.2f", 100 * share);
  return buffer;
}

// Sentence i of `train` goes to fold i % folds.
std::vector<Sentence> JackknifedTags(const std::vector<Sentence>& train, const SyntaxTrainingOptions& options,
                                     int epochs, std::ostream* log) {
  std::vector<Sentence> tagged = train;
  const int folds = std::max(options.folds, 2);
  auto run_fold = [&](int fold) {
    std::vector<Sentence> rest;
    for (size_t i = 0; i < train.size(); ++i) {
      if (static_cast<int>(i % static_cast<size_t>(folds)) != fold) rest.push_back(train[i]);
    }
    TaggerTrainingOptions o = options.tagger;
    o.epochs = epochs;
    // The full training set trained without error, so a part of it does.
    Tagger tagger = std::move(TaggerTrainer::Train(rest, nullptr, o, nullptr).value().tagger);
    for (size_t i = static_cast<size_t>(fold); i < tagged.size(); i += static_cast<size_t>(folds)) {
      tagger.Tag(tagged[i]);
    }
  };
  const int threads = std::max(options.threads, 1);
  for (int first = 0; first < folds; first += threads) {
    std::vector<std::thread> running;
    for (int f = first; f < std::min(folds, first + threads); ++f) running.emplace_back(run_fold, f);
    for (std::thread& t : running) t.join();
  }
  if (log) *log << "jackknifed tags for the parser: " << folds << " folds of " << epochs << " epochs\n";
  return tagged;
}

}  // namespace

Result<SyntaxModel> TrainSyntaxModel(const std::vector<Sentence>& train, const std::vector<Sentence>& dev,
                                     const SyntaxTrainingOptions& options, std::ostream* log) {
  if (train.empty()) return Status::InvalidInput("no training sentences");
  SyntaxModel model;
  KG_ASSIGN_OR_RETURN(TaggerTrainingResult tagging,
                      TaggerTrainer::Train(train, dev.empty() ? nullptr : &dev, options.tagger, log));
  model.tagger = std::move(tagging.tagger);

  std::vector<Sentence> parser_train = JackknifedTags(train, options, tagging.best_epoch, log);
  std::vector<Sentence> parser_dev = dev;
  for (Sentence& s : parser_dev) model.tagger.Tag(s);

  KG_ASSIGN_OR_RETURN(WordNetLexicon wordnet, WordNetLexicon::Load(options.wordnet_dir));
  model.lemmatizer = Lemmatizer(std::move(wordnet));
  model.lemmatizer.Learn(train);

  KG_ASSIGN_OR_RETURN(ParserTrainingResult parsing,
                      ParserTrainer::Train(parser_train, parser_dev.empty() ? nullptr : &parser_dev,
                                           model.tagger.tags(), options.parser, log));
  model.parser = std::move(parsing.parser);

  model.info["trained_on"] = options.trained_on;
  model.info["tagger_epochs"] = std::to_string(tagging.best_epoch);
  model.info["parser_epochs"] = std::to_string(parsing.best_epoch);
  model.info["seed"] = std::to_string(options.tagger.seed);
  if (!dev.empty()) {
    model.info["dev_tags"] = Percent(tagging.dev_accuracy);
    model.info["dev_uas"] = Percent(parsing.dev.uas);
    model.info["dev_las"] = Percent(parsing.dev.las);
  }
  return model;
}

}  // namespace kg::syntax
