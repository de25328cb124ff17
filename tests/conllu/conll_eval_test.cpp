// The CoNLL 2018 scorer: identical files, a wrong head, a wrong subtype, a
// different tokenization (figures worked out by hand in the comments), and
// the alignment cases of the official script's own tests.
#include <doctest/doctest.h>

#include <sstream>
#include <string>
#include <vector>

#include "ingest/conllu/conll_eval.h"
#include "tests/conllu/conllu_test_util.h"

using kg::ingest::ConllEvaluation;
using kg::ingest::ConllScore;
using kg::ingest::EvaluateConll;
using kg::ingest::SentencesOf;
using kg::test::ReadConlluData;

namespace {

ConllEvaluation Evaluate(const std::string& gold, const std::string& system) {
  auto g = ReadConlluData(gold), s = ReadConlluData(system);
  auto e = EvaluateConll(SentencesOf(g), SentencesOf(s));
  REQUIRE_MESSAGE(e.ok(), e.status().message());
  return *e;
}

void CheckCounts(const ConllScore& score, int64_t correct, int64_t gold, int64_t system) {
  CHECK(score.correct == correct);
  CHECK(score.gold == gold);
  CHECK(score.system == system);
}

// A sentence in the notation of conll18_ud_eval.py's tests: "abc a b c" is
// a multiword token "abc" of words a, b, c; "ab" alone is one word. Word 1
// is the root, every other word hangs on it.
kg::Sentence Words(const std::vector<std::string>& tokens) {
  kg::Sentence s;
  for (const std::string& token : tokens) {
    std::istringstream parts(token);
    std::vector<std::string> p;
    for (std::string part; parts >> part;) p.push_back(part);
    int first = static_cast<int>(s.tokens.size());
    for (size_t i = p.size() == 1 ? 0 : 1; i < p.size(); ++i) {
      kg::Token t;
      t.form = p[i];
      t.head = s.tokens.empty() ? kg::Token::kRoot : 0;
      s.tokens.push_back(t);
    }
    if (p.size() > 1) s.multiwords.push_back({first, static_cast<int>(s.tokens.size()) - 1, p[0]});
  }
  return s;
}

ConllScore AlignedWords(const std::vector<std::string>& gold, const std::vector<std::string>& system) {
  std::vector<kg::Sentence> g = {Words(gold)}, s = {Words(system)};
  auto e = EvaluateConll(SentencesOf(g), SentencesOf(s));
  REQUIRE_MESSAGE(e.ok(), e.status().message());
  return e->words;
}

}  // namespace

TEST_CASE("scorer: a file against itself scores 100 everywhere") {
  ConllEvaluation e = Evaluate("eval_gold.conllu", "eval_gold.conllu");
  CheckCounts(e.tokens, 9, 9, 9);  // "can't" is one token of two words
  CheckCounts(e.sentences, 2, 2, 2);
  CheckCounts(e.words, 10, 10, 10);
  for (const ConllScore* s : {&e.upos, &e.xpos, &e.ufeats, &e.all_tags, &e.lemmas, &e.uas, &e.las}) {
    CheckCounts(*s, 10, 10, 10);
    CHECK(s->F1() == 1.0);
    CHECK(s->AlignedAccuracy() == 1.0);
  }
  CheckCounts(e.clas, 6, 6, 6);  // det, aux and punct are not content relations
  CHECK(e.mlas.F1() == 1.0);
  CHECK(e.blex.F1() == 1.0);
  CHECK_FALSE(e.words.AlignedAccuracy().has_value());
}

TEST_CASE("scorer: a wrong head lowers UAS and LAS, not the tags") {
  ConllEvaluation e = Evaluate("eval_gold.conllu", "eval_wrong_head.conllu");
  CheckCounts(e.upos, 10, 10, 10);
  CheckCounts(e.uas, 9, 10, 10);
  CheckCounts(e.las, 9, 10, 10);
  CHECK(e.las.F1() == doctest::Approx(0.9));
  CheckCounts(e.clas, 5, 6, 6);  // "loudly" is advmod, a content relation
}

TEST_CASE("scorer: LAS compares the universal part of the relation") {
  ConllEvaluation e = Evaluate("eval_gold.conllu", "eval_subtype.conllu");
  CheckCounts(e.uas, 10, 10, 10);
  CheckCounts(e.las, 10, 10, 10);

  auto gold = ReadConlluData("eval_gold.conllu");
  auto system = gold;
  system[0].sentence.tokens[3].deprel = "obl";  // "loudly": advmod -> obl
  auto other = EvaluateConll(SentencesOf(gold), SentencesOf(system));
  REQUIRE(other.ok());
  CheckCounts(other->uas, 10, 10, 10);
  CheckCounts(other->las, 9, 10, 10);
}

// The system made one sentence, kept "loudly." and "can't" whole, called
// "She" obj and lemmatised "dogs" as "dogs". Characters without spaces:
//   The[0,3) dogs[3,7) barked[7,13) loudly[13,19) .[19,20) She[20,23) can't[23,28) go[28,30) .[30,31)
// Tokens: gold 9, system 8, the same span for all but loudly/"loudly." and
// gold's first "." -> 7. Sentences: gold [0,20) [20,31), system [0,31) -> 0.
// Words: the multiword span "can't" aligns ca, n't with "can't" by LCS of
// forms: nothing; loudly and "." differ in span -> The dogs barked She go .
// = 6 of gold 10, system 8. UAS: "go" is the root in gold, under "barked" in
// the system -> 5; LAS also loses "She" -> 4; Lemmas lose "dogs" -> 5.
TEST_CASE("scorer: a different tokenization aligns by characters as the official script does") {
  ConllEvaluation e = Evaluate("eval_gold.conllu", "eval_tokenization.conllu");
  CheckCounts(e.tokens, 7, 9, 8);
  CheckCounts(e.sentences, 0, 2, 1);
  CheckCounts(e.words, 6, 10, 8);
  CheckCounts(e.upos, 6, 10, 8);
  CHECK(e.upos.aligned == 6);
  CheckCounts(e.uas, 5, 10, 8);
  CheckCounts(e.las, 4, 10, 8);
  CheckCounts(e.lemmas, 5, 10, 8);
  // Content words: gold dogs barked loudly She n't go, system dogs barked
  // "loudly." She go; aligned dogs barked She go, LAS-right dogs barked.
  CheckCounts(e.clas, 2, 6, 5);
  CHECK(e.clas.aligned == 4);
  CheckCounts(e.mlas, 2, 6, 5);  // "dogs" keeps its functional child "The"
  CheckCounts(e.blex, 1, 6, 5);

  std::string table = kg::ingest::FormatConllTable(e);
  CHECK(table.rfind("Metric     | Precision |    Recall |  F1 Score | AligndAcc\n"
                    "-----------+-----------+-----------+-----------+-----------\n"
                    "Tokens     |     87.50 |     77.78 |     82.35 |\n"
                    "Sentences  |      0.00 |      0.00 |      0.00 |\n"
                    "Words      |     75.00 |     60.00 |     66.67 |\n"
                    "UPOS       |     75.00 |     60.00 |     66.67 |    100.00\n",
                    0) == 0);
  CHECK(table.find("\nUAS        |     62.50 |     50.00 |     55.56 |     83.33\n") != std::string::npos);
  CHECK(table.find("\nLAS        |     50.00 |     40.00 |     44.44 |     66.67\n") != std::string::npos);
}

TEST_CASE("scorer: the alignment cases of conll18_ud_eval.py's tests") {
  struct Case {
    std::vector<std::string> gold, system;
    int64_t correct;
  };
  const Case cases[] = {
      {{"a"}, {"a"}, 1},
      {{"a", "b", "c"}, {"a", "b", "c"}, 3},
      {{"abc a b c"}, {"a", "b", "c"}, 3},
      {{"a", "bc b c", "d"}, {"a", "b", "c", "d"}, 4},
      {{"abcd a b c d"}, {"ab a b", "cd c d"}, 4},
      {{"abc a b c", "de d e"}, {"a", "bcd b c d", "e"}, 5},
      {{"abcd"}, {"a", "b", "c", "d"}, 0},
      {{"abc", "d"}, {"a", "b", "c", "d"}, 1},
      {{"a", "bc", "d"}, {"a", "b", "c", "d"}, 2},
      {{"a", "bc b c", "d"}, {"a", "b", "cd"}, 2},
      {{"abc a BX c", "def d EX f"}, {"ab a b", "cd c d", "ef e f"}, 4},
      {{"ab a b", "cd bc d"}, {"a", "bc", "d"}, 2},
      {{"a", "bc b c", "d"}, {"ab AX BX", "cd CX a"}, 1},
  };
  for (const Case& c : cases) {
    CAPTURE(c.gold.front());
    CHECK(AlignedWords(c.gold, c.system).correct == c.correct);
  }
}

TEST_CASE("scorer: refuses different characters, as the official script does") {
  std::vector<kg::Sentence> gold = {Words({"a"})}, system = {Words({"b"})};
  auto e = EvaluateConll(SentencesOf(gold), SentencesOf(system));
  REQUIRE_FALSE(e.ok());
  CHECK(e.status().message().find("gold \"a\", system \"b\"") != std::string::npos);

  std::vector<kg::Sentence> bad = {Words({"a", "b"})};
  bad[0].tokens[1].head = 7;
  auto out_of_range = EvaluateConll(SentencesOf(bad), SentencesOf(bad));
  REQUIRE_FALSE(out_of_range.ok());
  CHECK(out_of_range.status().message() == "gold sentence 1: word 2 has HEAD 8, outside the sentence");
}
