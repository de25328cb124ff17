// UD_English-EWT from the shared data folder (not part of the project; the
// test skips without it): dev reads and writes back byte for byte and scores
// 100 against itself; train, 204,577 words, streams through.
#include <doctest/doctest.h>

#include <chrono>
#include <fstream>
#include <string>

#include "ingest/conllu/conll_eval.h"
#include "ingest/conllu/conllu_reader.h"
#include "ingest/conllu/conllu_writer.h"
#include "tests/test_util.h"

TEST_CASE("EWT dev: round trip byte for byte and 100 against itself") {
  std::string path = kg::test::SharedFileOrSkip("treebanks/UD_English-EWT/en_ewt-ud-dev.conllu");
  if (path.empty()) return;
  auto sentences = kg::ingest::ReadConlluFile(path);
  REQUIRE_MESSAGE(sentences.ok(), sentences.status().message());
  CHECK(sentences->size() == 2001);

  std::string written;
  for (const auto& s : *sentences) kg::ingest::AppendConllu(s, written);
  CHECK(written == kg::test::ReadFile(path));

  auto list = kg::ingest::SentencesOf(*sentences);
  auto e = kg::ingest::EvaluateConll(list, list);
  REQUIRE_MESSAGE(e.ok(), e.status().message());
  CHECK(e->words.gold == 25147);
  for (const kg::ingest::ConllScore* s : {&e->tokens, &e->sentences, &e->words, &e->upos, &e->xpos, &e->ufeats,
                                          &e->all_tags, &e->lemmas, &e->uas, &e->las, &e->clas, &e->mlas,
                                          &e->blex}) {
    CHECK(s->F1() == 1.0);
  }
}

TEST_CASE("EWT train: streams sentence by sentence") {
  std::string path = kg::test::SharedFileOrSkip("treebanks/UD_English-EWT/en_ewt-ud-train.conllu");
  if (path.empty()) return;
  std::ifstream in(path, std::ios::binary);
  kg::ingest::ConlluReader reader(in, path);
  kg::ingest::ConlluSentence sentence;
  long sentences = 0, words = 0;
  auto start = std::chrono::steady_clock::now();
  while (true) {
    auto more = reader.Next(sentence);
    REQUIRE_MESSAGE(more.ok(), more.status().message());
    if (!*more) break;
    ++sentences;
    words += static_cast<long>(sentence.sentence.tokens.size());
  }
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  MESSAGE(words << " words in " << seconds << " s");
  CHECK(sentences == 12544);
  CHECK(words == 204577);
}
