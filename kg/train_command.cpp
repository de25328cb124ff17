// kg train --train FILE.conllu --dev FILE.conllu --out MODEL: trains the
// tagger, lemmatizer and parser (ingest/syntax/syntax_trainer.h) on a UD
// treebank and writes the model file kg parse and kg ingest load.
#include <fmt/format.h>

#include <chrono>
#include <iostream>

#include "ingest/conllu/conllu_reader.h"
#include "ingest/syntax/syntax_trainer.h"
#include "kg/commands.h"

namespace kg::cli {
namespace {

struct TrainFlags {
  std::string train, dev, out;
  std::string wordnet = syntax::kDefaultWordNetDir;
  syntax::SyntaxTrainingOptions options;
};

Result<std::vector<Sentence>> ReadSentences(const std::string& path) {
  KG_ASSIGN_OR_RETURN(std::vector<ingest::ConlluSentence> read, ingest::ReadConlluFile(path));
  std::vector<Sentence> sentences;
  sentences.reserve(read.size());
  for (auto& s : read) sentences.push_back(std::move(s.sentence));
  return sentences;
}

Status Run(TrainFlags& flags, bool quiet) {
  auto started = std::chrono::steady_clock::now();
  KG_ASSIGN_OR_RETURN(std::vector<Sentence> train, ReadSentences(flags.train));
  std::vector<Sentence> dev;
  if (!flags.dev.empty()) {
    KG_ASSIGN_OR_RETURN(dev, ReadSentences(flags.dev));
  }
  flags.options.wordnet_dir = flags.wordnet;
  flags.options.parser.seed = flags.options.tagger.seed;
  if (flags.options.trained_on.empty()) flags.options.trained_on = flags.train;
  KG_ASSIGN_OR_RETURN(syntax::SyntaxModel model,
                      syntax::TrainSyntaxModel(train, dev, flags.options, quiet ? nullptr : &std::cerr));
  KG_RETURN_IF_ERROR(model.Save(flags.out));
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  if (!quiet) {
    fmt::print(stderr, "kg train: wrote {} in {:.0f} s ({} training sentences)\n", flags.out, seconds, train.size());
    for (const auto& [key, value] : model.info) fmt::print(stderr, "  {}: {}\n", key, value);
  }
  return Status::Ok();
}

}  // namespace

void RegisterTrainCommand(CLI::App& app, CommandContext& ctx) {
  auto flags = std::make_shared<TrainFlags>();
  auto* cmd = app.add_subcommand("train", "Trains the tagger, lemmatizer and parser on a CoNLL-U treebank");
  cmd->add_option("--train", flags->train, "Training sentences (CoNLL-U)")->required();
  cmd->add_option("--dev", flags->dev, "Development sentences for early stopping (CoNLL-U)");
  cmd->add_option("--out", flags->out, "The model file to write")->required();
  cmd->add_option("--seed", flags->options.tagger.seed, "Seed of the training order")->capture_default_str();
  cmd->add_option("--tagger-epochs", flags->options.tagger.epochs, "Tagger epochs at most")->capture_default_str();
  cmd->add_option("--parser-epochs", flags->options.parser.epochs, "Parser epochs at most")->capture_default_str();
  cmd->add_option("--parser-min-updates", flags->options.parser.min_updates,
                  "Drop parser features updated fewer times than this")
      ->capture_default_str();
  cmd->add_option("--tagger-min-updates", flags->options.tagger.min_updates,
                  "Drop tagger features updated fewer times than this")
      ->capture_default_str();
  cmd->add_option("--news-style-share", flags->options.news_style.share,
                  "Share of the sentences with a place for it copied into a wire-copy construction (0 = none)")
      ->check(CLI::Range(0.0, 1.0))
      ->capture_default_str();
  cmd->add_option("--folds", flags->options.folds, "Jackknife folds for the parser's tags")->capture_default_str();
  cmd->add_option("--threads", flags->options.threads, "Threads for the jackknife folds")->capture_default_str();
  cmd->add_option("--trained-on", flags->options.trained_on, "What to record as the training data");
  cmd->add_option("--wordnet", flags->wordnet, "WordNet dictionary folder (Debian wordnet-base)")
      ->capture_default_str();
  cmd->callback([&ctx, flags] { ctx.Report(Run(*flags, ctx.quiet)); });
}

}  // namespace kg::cli
