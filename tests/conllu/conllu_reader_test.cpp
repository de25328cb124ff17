// ConlluReader: what a sentence holds after reading, and the FILE:LINE
// message of each malformed input.
#include <doctest/doctest.h>

#include <sstream>
#include <string>

#include "ingest/conllu/conllu_reader.h"
#include "tests/conllu/conllu_test_util.h"

using kg::ingest::ConlluReader;
using kg::ingest::ConlluSentence;
using kg::ingest::ReadConlluFile;
using kg::test::ConlluData;
using kg::test::ReadConlluData;

namespace {

std::string Slice(const ConlluSentence& s, const kg::Token& t) {
  return s.text.substr(t.bytes.begin, t.bytes.end - t.bytes.begin);
}

}  // namespace

TEST_CASE("reader: words, multiword tokens, spans and normalised text") {
  auto sentences = ReadConlluData("roundtrip.conllu");
  REQUIRE(sentences.size() == 3);
  const ConlluSentence& s = sentences[0];
  CHECK(s.SentId() == "doc1-1");
  CHECK(s.Comment("newdoc id") == "doc1");
  CHECK(s.text == "\u201cI don\u2019t know,\u201d she said.");
  CHECK(s.sentence.index == 0);
  CHECK(s.sentence.bytes.end == s.text.size());
  CHECK(s.sentence.chars.end == 25);
  REQUIRE(s.sentence.tokens.size() == 10);
  REQUIRE(s.sentence.multiwords.size() == 1);
  CHECK(s.sentence.multiwords[0].first == 2);
  CHECK(s.sentence.multiwords[0].last == 3);
  CHECK(s.sentence.multiwords[0].form == "don\u2019t");

  const auto& t = s.sentence.tokens;
  CHECK(t[0].text == "\"");
  CHECK(t[3].form == "n\u2019t");
  CHECK(t[3].text == "n't");
  // "don’t" = "do" + "n’t": the words split the token's span.
  CHECK(t[2].bytes.begin == 5);
  CHECK(t[2].bytes.end == 7);
  CHECK(t[3].bytes.end == 12);
  CHECK(t[3].chars.start == 5);
  CHECK(t[3].chars.end == 8);
  CHECK(t[9].chars.start == 24);
  CHECK(t[9].chars.end == 25);
  for (const kg::Token& token : t) CHECK(Slice(s, token) == token.form);

  CHECK_FALSE(t[0].space_after);
  CHECK(t[1].space_after);
  CHECK_FALSE(t[2].space_after);  // inside "don’t"
  CHECK(t[3].space_after);
  CHECK_FALSE(t[4].space_after);

  CHECK(t[4].head == kg::Token::kRoot);
  CHECK(t[0].head == 4);
  CHECK(t[1].Feature("Person") == "1");
  CHECK(t[3].lemma == "not");
  CHECK(s.deps[3] == "5:advmod");
  CHECK(s.misc[4] == "SpaceAfter=No");
}

TEST_CASE("reader: empty nodes keep their place and columns") {
  auto sentences = ReadConlluData("roundtrip.conllu");
  const ConlluSentence& s = sentences[1];
  CHECK(s.sentence.tokens.size() == 7);
  REQUIRE(s.empty_nodes.size() == 1);
  CHECK(s.empty_nodes[0].after_word == 5);
  CHECK(s.empty_nodes[0].columns[kg::ingest::kId] == "5.1");
  CHECK(s.empty_nodes[0].columns[kg::ingest::kMisc] == "CopyOf=2");
  CHECK(s.sentence.tokens[5].form == "tea");  // the empty node is not a word
  CHECK(s.sentence.tokens[5].head == 4);
}

TEST_CASE("reader: without # text the forms are joined, and a multiword token not spelled by its words") {
  auto sentences = ReadConlluData("roundtrip.conllu");
  const ConlluSentence& s = sentences[2];
  CHECK(s.comments.size() == 3);
  CHECK(s.comments[0].empty());
  CHECK(s.Comment("note") == "a\ttab");
  CHECK(s.text == "v\u00e1monos!");
  CHECK(s.multiword_columns[0].feats == "Typo=Yes");
  const auto& t = s.sentence.tokens;
  // "vámonos" is not "vamos" + "nos": both words get the whole token.
  CHECK(t[0].bytes.begin == 0);
  CHECK(t[0].bytes.end == 8);
  CHECK(t[1].bytes.end == 8);
  CHECK(t[1].chars.end == 7);
  CHECK(t[2].chars.start == 7);
  CHECK(t[0].head == kg::Token::kNoHead);
  CHECK(t[0].deprel.empty());
  CHECK(t[0].upos == "VERB");
  CHECK(t[0].xpos.empty());
  CHECK(s.empty_nodes.size() == 2);
  CHECK(s.empty_nodes[1].after_word == 3);
}

TEST_CASE("reader: a missing blank line at the end of the input is tolerated") {
  auto sentences = ReadConlluData("no_final_blank.conllu");
  REQUIRE(sentences.size() == 1);
  CHECK(sentences[0].sentence.tokens.size() == 2);
  CHECK(sentences[0].sentence.tokens[1].head == 0);
}

TEST_CASE("reader: a stream is read sentence by sentence, CRLF as LF") {
  std::istringstream in("1\ta\t_\t_\t_\t_\t0\troot\t_\t_\r\n\r\n1\tb\t_\t_\t_\t_\t0\troot\t_\t_\r\n\r\n");
  ConlluReader reader(in, "-");
  ConlluSentence s;
  auto first = reader.Next(s);
  REQUIRE(first.ok());
  CHECK(*first);
  CHECK(s.text == "a");
  CHECK(s.misc[0] == "_");
  auto second = reader.Next(s);
  REQUIRE(second.ok());
  CHECK(*second);
  CHECK(s.sentence.index == 1);
  CHECK(s.text == "b");
  auto end = reader.Next(s);
  REQUIRE(end.ok());
  CHECK_FALSE(*end);
}

TEST_CASE("reader: each malformed line is refused with FILE:LINE and what is wrong") {
  struct Case {
    const char* file;
    const char* message;  // after "FILE:"
  };
  const Case cases[] = {
      {"columns.conllu", "3: expected 10 tab-separated columns, found 9"},
      {"bad_id.conllu", "3: bad ID \"x\""},
      {"id_order.conllu", "3: word ID 3 out of order: expected 2"},
      {"head_range.conllu", "3: HEAD 5 is not a word of the sentence (3 words)"},
      {"own_head.conllu", "3: word 2 is its own HEAD"},
      {"bad_head.conllu", "3: bad HEAD \"one\""},
      {"mwt_broken.conllu", "5: multiword token 2-3 ends before its word 3"},
      {"mwt_order.conllu", "3: multiword token 3-4 out of order: expected it to start at word 2"},
      {"mwt_range.conllu", "3: multiword token 2-2 spans fewer than two words"},
      {"mwt_lemma.conllu", "3: multiword token 2-3 has LEMMA \"can\"; only FORM, FEATS and MISC may be set"},
      {"empty_node_order.conllu", "3: empty node 2.1 out of order: it follows word 1"},
      {"empty_column.conllu", "3: column 3 (LEMMA) is empty; CoNLL-U writes \"_\" for no value"},
      {"comment_inside.conllu", "3: a comment line after the first word line of the sentence"},
      {"text_mismatch.conllu", "3: FORM \"cat\" does not match the sentence text at \"dog.\""},
      {"text_left_over.conllu", "3: the sentence text goes on after the last word: \"there\""},
      {"blank_line.conllu", "4: a blank line where a sentence should start"},
      {"comments_only.conllu", "4: a sentence without word lines"},
  };
  for (const Case& c : cases) {
    std::string path = ConlluData(std::string("malformed/") + c.file);
    auto read = ReadConlluFile(path);
    REQUIRE_MESSAGE(!read.ok(), c.file, " was read without error");
    CHECK(read.status().code() == kg::Status::Code::kInvalidInput);
    CHECK(read.status().message() == path + ":" + c.message);
  }
}

TEST_CASE("reader: invalid UTF-8 is refused where it stands") {
  // Made here rather than kept as a data file, which editors would "repair".
  std::istringstream in("# text = ok\n1\tok\t_\t_\t_\t_\t0\troot\t_\t_\n\n1\tb\xff\t_\t_\t_\t_\t0\troot\t_\t_\n");
  ConlluReader reader(in, "in.conllu");
  ConlluSentence s;
  REQUIRE(reader.Next(s).ok());
  auto bad = reader.Next(s);
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.status().message() == "in.conllu:4: invalid UTF-8 at byte 4");
}

TEST_CASE("reader: a file that does not exist") {
  auto read = ReadConlluFile(ConlluData("no-such-file.conllu"));
  REQUIRE_FALSE(read.ok());
  CHECK(read.status().code() == kg::Status::Code::kNotFound);
}
