// Training end to end on a treebank written for the test
// (tests/syntax/data/tiny.conllu): the model learns it, saving and loading
// keeps it, and training twice gives the same bytes.
#include <doctest/doctest.h>

#include "ingest/conllu/conllu_reader.h"
#include "ingest/syntax/syntax_trainer.h"
#include "ingest/syntax/treebank_evaluation.h"
#include "tests/test_util.h"

using namespace kg::syntax;

namespace {

std::vector<kg::Sentence> Tiny() {
  auto read = kg::ingest::ReadConlluFile(kg::test::SourcePath("tests/syntax/data/tiny.conllu"));
  REQUIRE(read.ok());
  std::vector<kg::Sentence> out;
  for (auto& s : *read) out.push_back(std::move(s.sentence));
  return out;
}

SyntaxTrainingOptions Options() {
  SyntaxTrainingOptions o;
  o.tagger.epochs = 8;
  o.tagger.dictionary_min_count = 1000;  // the classifier must learn every word
  o.parser.epochs = 12;
  o.parser.min_updates = 1;  // eight sentences: every feature counts
  o.folds = 2;
  return o;
}

}  // namespace

TEST_CASE("a tiny treebank trains end to end and its sentences parse back") {
  std::vector<kg::Sentence> tiny = Tiny();
  auto model = TrainSyntaxModel(tiny, tiny, Options(), nullptr);
  REQUIRE_MESSAGE(model.ok(), model.status().message());
  int words = 0, tags = 0, heads = 0, lemmas = 0;
  for (const kg::Sentence& gold : tiny) {
    kg::Sentence s = Unannotated(gold);
    model->Annotate(s);
    for (size_t i = 0; i < s.tokens.size(); ++i) {
      ++words;
      tags += s.tokens[i].upos == gold.tokens[i].upos && s.tokens[i].xpos == gold.tokens[i].xpos;
      heads += s.tokens[i].head == gold.tokens[i].head && s.tokens[i].deprel == gold.tokens[i].deprel;
      lemmas += s.tokens[i].lemma == gold.tokens[i].lemma;
    }
  }
  // Its own training data: the tagger fits it all but a word; the parser,
  // trained on jackknifed tags of four sentences a fold, most of it (an
  // untrained parser gets under a third of the heads and relations right).
  CHECK(tags >= words - 1);
  CHECK(heads >= words * 8 / 10);
  CHECK(lemmas >= words - 1);
  CHECK(model->info.at("tagger_epochs") != "0");
}

TEST_CASE("training twice gives identical model bytes, and they load back") {
  std::vector<kg::Sentence> tiny = Tiny();
  auto first = TrainSyntaxModel(tiny, tiny, Options(), nullptr);
  auto second = TrainSyntaxModel(tiny, tiny, Options(), nullptr);
  REQUIRE(first.ok());
  REQUIRE(second.ok());
  std::string bytes = first->ToFile().Serialize();
  CHECK(bytes == second->ToFile().Serialize());
  auto file = ModelFile::Parse(bytes, "tiny");
  REQUIRE(file.ok());
  auto loaded = SyntaxModel::FromFile(*file);
  REQUIRE(loaded.ok());
  CHECK(loaded->ToFile().Serialize() == bytes);
  // The number of threads does not change the model.
  SyntaxTrainingOptions one_thread = Options();
  one_thread.threads = 1;
  CHECK(TrainSyntaxModel(tiny, tiny, one_thread, nullptr)->ToFile().Serialize() == bytes);
}

TEST_CASE("a damaged section is refused, not read as weights") {
  std::vector<kg::Sentence> tiny = Tiny();
  auto model = TrainSyntaxModel(tiny, {}, Options(), nullptr);
  REQUIRE(model.ok());
  ModelFile file = model->ToFile();
  std::string parser(*file.Get("parser"));
  file.Put("parser", parser.substr(0, parser.size() / 2));  // checksummed anew, but short
  auto loaded = SyntaxModel::FromFile(file);
  REQUIRE(!loaded.ok());
  CHECK(loaded.status().message().find("parser section") != std::string::npos);
}

TEST_CASE("a 1,000-word sentence parses into one tree") {
  std::vector<kg::Sentence> tiny = Tiny();
  auto model = TrainSyntaxModel(tiny, {}, Options(), nullptr);
  REQUIRE(model.ok());
  kg::Sentence longest;
  for (int i = 0; i < 1000; ++i) {
    kg::Token t;
    t.text = t.form = i % 7 == 6 ? "," : "word";
    longest.tokens.push_back(t);
  }
  model->Annotate(longest);
  int roots = 0;
  for (const kg::Token& t : longest.tokens) {
    roots += t.head == kg::Token::kRoot;
    CHECK((t.head == kg::Token::kRoot || (t.head >= 0 && t.head < 1000)));
  }
  CHECK(roots == 1);
}
