// The tokenizer against UD English EWT dev (from the shared data folder, not
// part of the project; the test skips without it): each sentence's "# text"
// is segmented and its words scored against the treebank's as the CoNLL
// 2018 evaluation does. A floor, not a target: the rules were written from
// English and EWT's guidelines, never tuned on the test set.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "ingest/conllu/conll_eval.h"
#include "ingest/conllu/conllu_reader.h"
#include "ingest/segmenter.h"
#include "tests/test_util.h"

TEST_CASE("EWT dev: the segmenter's words are the treebank's") {
  std::string path = kg::test::SharedFileOrSkip("treebanks/UD_English-EWT/en_ewt-ud-dev.conllu");
  if (path.empty()) return;
  auto gold = kg::ingest::ReadConlluFile(path);
  REQUIRE_MESSAGE(gold.ok(), gold.status().message());
  auto segmenter = kg::ingest::Segmenter::Create(kg::test::SourcePath("ingest/lexicons"));
  REQUIRE_MESSAGE(segmenter.ok(), segmenter.status().message());

  std::vector<kg::Sentence> system;
  for (const auto& sentence : *gold) {
    for (kg::Sentence& s : (*segmenter)->SegmentText(sentence.text)) system.push_back(std::move(s));
  }
  auto e = kg::ingest::EvaluateConll(kg::ingest::SentencesOf(*gold), kg::ingest::SentencesOf(system));
  REQUIRE_MESSAGE(e.ok(), e.status().message());
  MESSAGE("EWT dev: tokens F1 " << 100 * e->tokens.F1() << ", words F1 " << 100 * e->words.F1());
  CHECK(e->tokens.F1() >= 0.99);
  CHECK(e->words.F1() >= 0.99);
}
