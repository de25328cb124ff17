// ConlluWriter: byte-identical round trips, and the form of a sentence the
// pipeline made from a document.
#include <doctest/doctest.h>

#include <sstream>
#include <string>

#include "ingest/conllu/conllu_reader.h"
#include "ingest/conllu/conllu_writer.h"
#include "tests/conllu/conllu_test_util.h"

using kg::ingest::AppendConllu;
using kg::ingest::ConlluSentence;
using kg::test::ConlluData;
using kg::test::ReadConlluData;

namespace {

std::string WriteAll(const std::vector<ConlluSentence>& sentences) {
  std::string out;
  for (const ConlluSentence& s : sentences) AppendConllu(s, out);
  return out;
}

kg::Token MakeToken(const std::string& form, size_t begin, int64_t start, bool space_after) {
  kg::Token t;
  t.form = form;
  t.text = form;
  t.bytes = {begin, begin + form.size()};
  t.chars = {start, start + static_cast<int64_t>(form.size())};
  t.space_after = space_after;
  return t;
}

}  // namespace

TEST_CASE("writer: comments, multiword tokens, empty nodes, DEPS and MISC round-trip byte for byte") {
  std::string file = kg::test::ReadFile(ConlluData("roundtrip.conllu"));
  CHECK(WriteAll(ReadConlluData("roundtrip.conllu")) == file);
}

TEST_CASE("writer: a file without its final blank line gets one") {
  std::string file = kg::test::ReadFile(ConlluData("no_final_blank.conllu"));
  CHECK(WriteAll(ReadConlluData("no_final_blank.conllu")) == file + "\n");
}

TEST_CASE("writer: a re-tagged sentence writes its new annotation, raw DEPS and MISC kept") {
  auto sentences = ReadConlluData("no_final_blank.conllu");
  ConlluSentence& s = sentences[0];
  s.sentence.tokens[1].upos = "PRON";
  s.sentence.tokens[1].head = kg::Token::kNoHead;
  s.sentence.tokens[1].deprel.clear();
  std::ostringstream out;
  kg::ingest::WriteConllu(s, out);
  CHECK(out.str() ==
        "# text = Hi there\n"
        "1\tHi\thi\tINTJ\tUH\t_\t0\troot\t0:root\t_\n"
        "2\tthere\tthere\tPRON\tRB\t_\t_\t_\t1:advmod\t_\n\n");
}

TEST_CASE("writer: a sentence built in code takes SpaceAfter from its tokens, and no field breaks a line") {
  ConlluSentence s;
  s.comments = {"sent_id = x", "text = a\nb"};
  s.sentence.tokens = {MakeToken("a\tb", 0, 0, false), MakeToken(".", 3, 3, true)};
  s.sentence.tokens[1].head = kg::Token::kRoot;
  std::string out;
  AppendConllu(s, out);
  CHECK(out ==
        "# sent_id = x\n"
        "# text = a b\n"
        "1\ta b\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No\n"
        "2\t.\t_\t_\t_\t_\t0\t_\t_\t_\n\n");
}

TEST_CASE("writer: a pipeline sentence gets sent_id, text and TokenRange code-point spans") {
  kg::Document doc;
  doc.text = "Title\n\nMoscow won\u2019t\nagree.";
  kg::Sentence s;
  s.bytes = {7, doc.text.size()};
  s.chars = {7, 26};
  // Spans as the segmenter makes them: "won’t" is 7 bytes but 5 code points.
  s.tokens = {MakeToken("Moscow", 7, 7, true), MakeToken("wo", 14, 14, false)};
  kg::Token nt = MakeToken("n\u2019t", 16, 16, true);
  nt.chars.end = 19;
  s.tokens.push_back(nt);
  s.tokens.push_back(MakeToken("agree", 22, 20, false));
  s.tokens.push_back(MakeToken(".", 27, 25, true));
  s.multiwords = {{1, 2, "won\u2019t"}};
  s.tokens[0].upos = "PROPN";
  s.tokens[0].head = 3;
  s.tokens[0].deprel = "nsubj";
  s.tokens[3].head = kg::Token::kRoot;
  s.tokens[3].deprel = "root";

  std::string out;
  kg::ingest::AppendPipelineConllu(doc, s, "d-1", out);
  const std::string expected =
      "# sent_id = d-1\n"
      "# text = Moscow won\u2019t agree.\n"
      "1\tMoscow\t_\tPROPN\t_\t_\t4\tnsubj\t_\tTokenRange=7:13\n"
      "2-3\twon\u2019t\t_\t_\t_\t_\t_\t_\t_\tTokenRange=14:19\n"
      "2\two\t_\t_\t_\t_\t_\t_\t_\t_\n"
      "3\tn\u2019t\t_\t_\t_\t_\t_\t_\t_\t_\n"
      "4\tagree\t_\t_\t_\t_\t0\troot\t_\tSpaceAfter=No|TokenRange=20:25\n"
      "5\t.\t_\t_\t_\t_\t_\t_\t_\tTokenRange=25:26\n\n";
  CHECK(out == expected);

  // What was written reads back as the same words.
  std::istringstream in(out);
  kg::ingest::ConlluReader reader(in, "pipeline");
  ConlluSentence back;
  auto read = reader.Next(back);
  REQUIRE_MESSAGE(read.ok(), read.status().message());
  REQUIRE(back.sentence.tokens.size() == 5);
  CHECK(back.sentence.tokens[2].form == "n\u2019t");
  CHECK_FALSE(back.sentence.tokens[3].space_after);
  CHECK(back.sentence.multiwords.size() == 1);
}
