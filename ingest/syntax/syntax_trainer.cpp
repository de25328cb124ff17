#include "ingest/syntax/syntax_trainer.h"

#include <algorithm>
#include <cstdio>
#include <iterator>
#include <thread>

namespace kg::syntax {
namespace {

std::string Percent(double share) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.2f", 100 * share);
  return buffer;
}

// Sentence i of `train` goes to fold family[i] % folds, where family[i] is
// the index of the treebank sentence it was made from: a news-style copy is
// tagged by the tagger that did not see its original either.
std::vector<Sentence> JackknifedTags(const std::vector<Sentence>& train, const std::vector<size_t>& family,
                                     const SyntaxTrainingOptions& options, int epochs, std::ostream* log) {
  std::vector<Sentence> tagged = train;
  const size_t folds = static_cast<size_t>(std::max(options.folds, 2));
  auto run_fold = [&](size_t fold) {
    std::vector<Sentence> rest;
    for (size_t i = 0; i < train.size(); ++i) {
      if (family[i] % folds != fold) rest.push_back(train[i]);
    }
    TaggerTrainingOptions o = options.tagger;
    o.epochs = epochs;
    // The full training set trained without error, so a part of it does.
    Tagger tagger = std::move(TaggerTrainer::Train(rest, nullptr, o, nullptr).value().tagger);
    for (size_t i = 0; i < tagged.size(); ++i) {
      if (family[i] % folds == fold) tagger.Tag(tagged[i]);
    }
  };
  const size_t threads = static_cast<size_t>(std::max(options.threads, 1));
  for (size_t first = 0; first < folds; first += threads) {
    std::vector<std::thread> running;
    for (size_t f = first; f < std::min(folds, first + threads); ++f) running.emplace_back(run_fold, f);
    for (std::thread& t : running) t.join();
  }
  if (log) *log << "jackknifed tags for the parser: " << folds << " folds of " << epochs << " epochs\n";
  return tagged;
}

// What the tagger and the parser train on: the treebank itself, or, when
// news-style copies (news_style_copies.h) are made, the treebank followed by
// its copies, held in `storage`, so that the default run copies nothing.
// family[i] is the index of the treebank sentence sentence i was made from.
const std::vector<Sentence>& WithNewsStyleCopies(const std::vector<Sentence>& treebank,
                                                 const SyntaxTrainingOptions& options, std::vector<Sentence>& storage,
                                                 std::vector<size_t>& family, std::ostream* log) {
  NewsStyleOptions news = options.news_style;
  news.seed = options.tagger.seed;
  NewsStyleCopySet copies = NewsStyleCopies(treebank, news);
  family.resize(treebank.size());
  for (size_t i = 0; i < treebank.size(); ++i) family[i] = i;
  if (copies.copies.empty()) return treebank;
  if (log) *log << "news-style copies: " << copies.origin.size() << " of " << treebank.size() << " sentences\n";
  storage = treebank;
  storage.insert(storage.end(), std::make_move_iterator(copies.copies.begin()),
                 std::make_move_iterator(copies.copies.end()));
  family.insert(family.end(), copies.origin.begin(), copies.origin.end());
  return storage;
}

}  // namespace

Result<SyntaxModel> TrainSyntaxModel(const std::vector<Sentence>& treebank, const std::vector<Sentence>& dev,
                                     const SyntaxTrainingOptions& options, std::ostream* log) {
  if (treebank.empty()) return Status::InvalidInput("no training sentences");
  std::vector<Sentence> with_copies;
  std::vector<size_t> family;
  const std::vector<Sentence>& all = WithNewsStyleCopies(treebank, options, with_copies, family, log);
  SyntaxModel model;
  KG_ASSIGN_OR_RETURN(TaggerTrainingResult tagging,
                      TaggerTrainer::Train(all, dev.empty() ? nullptr : &dev, options.tagger, log));
  model.tagger = std::move(tagging.tagger);

  std::vector<Sentence> parser_train = JackknifedTags(all, family, options, tagging.best_epoch, log);
  std::vector<Sentence> parser_dev = dev;
  for (Sentence& s : parser_dev) model.tagger.Tag(s);

  KG_ASSIGN_OR_RETURN(WordNetLexicon wordnet, WordNetLexicon::Load(options.wordnet_dir));
  model.lemmatizer = Lemmatizer(std::move(wordnet));
  model.lemmatizer.Learn(treebank);

  KG_ASSIGN_OR_RETURN(ParserTrainingResult parsing,
                      ParserTrainer::Train(parser_train, parser_dev.empty() ? nullptr : &parser_dev,
                                           model.tagger.tags(), options.parser, log));
  model.parser = std::move(parsing.parser);

  model.info["trained_on"] = options.trained_on;
  model.info["tagger_epochs"] = std::to_string(tagging.best_epoch);
  model.info["parser_epochs"] = std::to_string(parsing.best_epoch);
  model.info["seed"] = std::to_string(options.tagger.seed);
  if (options.news_style.share > 0) model.info["news_style_share"] = Percent(options.news_style.share);
  if (!dev.empty()) {
    model.info["dev_tags"] = Percent(tagging.dev_accuracy);
    model.info["dev_uas"] = Percent(parsing.dev.uas);
    model.info["dev_las"] = Percent(parsing.dev.las);
  }
  return model;
}

}  // namespace kg::syntax
