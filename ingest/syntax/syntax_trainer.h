// TrainSyntaxModel: the whole training recipe, from gold treebank sentences
// to a SyntaxModel.
//
//   0. When asked, news-style copies of some training sentences (news_style_copies.h)
//      join the treebank for the tagger and the parser (the lemmatizer
//      learns from the treebank alone). Copies for the parser only were
//      tried: worse on every figure (docs/syntax.md).
//   1. The tagger, with early stopping on dev.
//   2. Jackknifed tags for the parser's training data: the training set is
//      cut into `folds` parts and each part tagged by a tagger trained on
//      the others, for the epochs step 1 chose, so the parser trains on
//      tags as wrong as the ones it will see (the folds run on `threads`
//      threads; each fold is independent, so the result does not depend
//      on the number of threads).
//   3. The lemmatizer: WordNet plus the training data's exceptions.
//   4. The parser on the jackknifed tags, with early stopping on dev
//      (tagged by the final tagger).
// Deterministic: the same data, options and seed give the same model bytes.
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "ingest/parser/parser_trainer.h"
#include "ingest/syntax/news_style_copies.h"
#include "ingest/syntax/syntax_model.h"
#include "ingest/tagger/tagger_trainer.h"
#include "schema/sentence.h"

namespace kg::syntax {

struct SyntaxTrainingOptions {
  TaggerTrainingOptions tagger;
  ParserTrainingOptions parser;
  // Off by default, as the committed model was trained: docs/syntax.md
  // gives what 0.15 bought and cost. Its seed is tagger.seed.
  NewsStyleOptions news_style{.share = 0.0};
  int folds = 4;
  int threads = 2;
  std::string wordnet_dir = kDefaultWordNetDir;
  std::string trained_on;  // what the info section says the data was
};

Result<SyntaxModel> TrainSyntaxModel(const std::vector<Sentence>& treebank, const std::vector<Sentence>& dev,
                                     const SyntaxTrainingOptions& options, std::ostream* log);

}  // namespace kg::syntax
