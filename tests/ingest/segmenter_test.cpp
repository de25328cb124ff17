// Segmenter: sentence ends, abbreviations, tokens and their offsets.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "ingest/segmenter.h"
#include "tests/test_util.h"

using kg::ingest::Segmenter;
using kg::Sentence;

namespace {

Segmenter& TheSegmenter() {
  static auto segmenter = Segmenter::Create(kg::test::SourcePath("ingest/lexicons"));
  REQUIRE(segmenter.ok());
  return **segmenter;
}

std::vector<std::string> SentenceTexts(const std::string& text) {
  std::vector<std::string> out;
  for (const Sentence& s : TheSegmenter().SegmentText(text)) {
    out.push_back(text.substr(s.bytes.begin, s.bytes.end - s.bytes.begin));
  }
  return out;
}

std::vector<std::string> Tokens(const std::string& text) {
  std::vector<std::string> out;
  for (const Sentence& s : TheSegmenter().SegmentText(text)) {
    for (const auto& t : s.tokens) out.push_back(t.text);
  }
  return out;
}

// Counts code points the slow, obvious way.
int64_t CodePoints(const std::string& s) {
  int64_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

}  // namespace

TEST_CASE("abbreviations do not end sentences") {
  auto s = SentenceTexts(
      "Gen. Smith met Mr. Jones on Dec. 10 with U.S. officials. The U.S. Senate voted. "
      "He lives in the U.S. The vote was close.");
  REQUIRE(s.size() == 4);
  CHECK(s[0] == "Gen. Smith met Mr. Jones on Dec. 10 with U.S. officials.");
  CHECK(s[1] == "The U.S. Senate voted.");
  CHECK(s[2] == "He lives in the U.S.");
  CHECK(s[3] == "The vote was close.");
}

TEST_CASE("a U.N. Security Council resolution stays in its sentence") {
  auto s = SentenceTexts(
      "Russia backed a U.N. Security Council resolution for a truce, which was vetoed by the "
      "United States on Friday. Sen. Brown objected.");
  REQUIRE(s.size() == 2);
  CHECK(s[1] == "Sen. Brown objected.");
}

TEST_CASE("a closing quote after the period belongs to the sentence") {
  auto s = SentenceTexts("He described it as \u201cdangerous.\u201d Israel agreed.");
  REQUIRE(s.size() == 2);
  CHECK(s[0] == "He described it as \u201cdangerous.\u201d");
}

TEST_CASE("a lone newline is a wrap, a blank line ends the sentence") {
  auto s = SentenceTexts("This wrapped line\ncontinues here.\n\nHeadline without a period\n\nBody.");
  REQUIRE(s.size() == 3);
  CHECK(s[0] == "This wrapped line\ncontinues here.");
  CHECK(s[1] == "Headline without a period");
}

TEST_CASE("possessives and negations are split, initialisms and bound-form compounds kept") {
  CHECK(Tokens("Russia\u2019s envoys didn't de-escalate at the U.N. yesterday.") ==
        std::vector<std::string>{"Russia", "'s", "envoys", "did", "n't", "de-escalate", "at",
                                 "the", "U.N.", "yesterday", "."});
  CHECK(Tokens("Moscow's support") == std::vector<std::string>{"Moscow", "'s", "support"});
  CHECK(Tokens("countries\u2019 leaders") ==
        std::vector<std::string>{"countries", "'", "leaders"});
}

TEST_CASE("hyphenated compounds are split as in EWT, with no space around the hyphen") {
  auto sentences = TheSegmenter().SegmentText("a cease-fire in al-Qaeda's e-mail");
  REQUIRE(sentences.size() == 1);
  const auto& t = sentences[0].tokens;
  REQUIRE(t.size() == 10);
  CHECK(Tokens("a cease-fire in al-Qaeda's e-mail") ==
        std::vector<std::string>{"a", "cease", "-", "fire", "in", "al", "-", "Qaeda", "'s", "e-mail"});
  CHECK_FALSE(t[1].space_after);
  CHECK_FALSE(t[2].space_after);
  CHECK(t[3].space_after);
  CHECK_FALSE(t[7].space_after);  // before "'s"
}

TEST_CASE("a word of several syntactic words is recorded as a multiword token") {
  auto sentences = TheSegmenter().SegmentText("I'm sure we cannot stop, it won't.");
  REQUIRE(sentences.size() == 1);
  const Sentence& s = sentences[0];
  CHECK(Tokens("I'm sure we cannot stop, it won't.") ==
        std::vector<std::string>{"I", "'m", "sure", "we", "can", "not", "stop", ",", "it", "wo", "n't", "."});
  REQUIRE(s.multiwords.size() == 3);
  CHECK(s.multiwords[0].first == 0);
  CHECK(s.multiwords[0].last == 1);
  CHECK(s.multiwords[0].form == "I'm");
  CHECK(s.multiwords[1].form == "cannot");
  CHECK(s.multiwords[1].first == 4);
  CHECK(s.multiwords[2].form == "won't");
  CHECK(s.multiwords[2].last == 10);
  REQUIRE(s.MultiwordStartingAt(9) != nullptr);
  CHECK(s.MultiwordStartingAt(9)->form == "won't");
  CHECK(s.MultiwordStartingAt(10) == nullptr);
}

TEST_CASE("a period ending the sentence is its own token, even after an abbreviation") {
  CHECK(Tokens("He lives in the U.S.") == std::vector<std::string>{"He", "lives", "in", "the", "U.S", "."});
  CHECK(Tokens("He met Gen. Smith.") == std::vector<std::string>{"He", "met", "Gen.", "Smith", "."});
}

TEST_CASE("typographic punctuation is normalised in text, spans keep the original") {
  std::string text = "Jerusalem \u2013 \u201cNetanyahu\u2019s\u201d view.";
  auto sentences = TheSegmenter().SegmentText(text);
  REQUIRE(sentences.size() == 1);
  const auto& t = sentences[0].tokens;
  REQUIRE(t.size() == 8);
  CHECK(t[1].text == "-");
  CHECK(text.substr(t[1].bytes.begin, t[1].bytes.end - t[1].bytes.begin) == "\u2013");
  CHECK(t[2].text == "\"");
  CHECK(t[3].text == "Netanyahu");
  CHECK(t[4].text == "'s");
  CHECK(t[4].form == "\u2019s");
  CHECK(text.substr(t[4].bytes.begin, t[4].bytes.end - t[4].bytes.begin) == "\u2019s");
  REQUIRE(sentences[0].multiwords.size() == 1);
  CHECK(sentences[0].multiwords[0].form == "Netanyahu\u2019s");
  CHECK(t[0].space_after);
  CHECK_FALSE(t[2].space_after);  // the opening quote touches the word
  CHECK_FALSE(t[4].space_after);  // "’s" touches the closing quote
  CHECK(t[5].space_after);
  CHECK_FALSE(t[6].space_after);
}

TEST_CASE("code point spans agree with byte spans") {
  std::string text =
      "\u201cCaf\u00e9s\u201d in Z\u00fcrich \u2013 Tehran\u2019s envoy met Gen. Ali. "
      "Then \u00c9lys\u00e9e Palace replied.";
  for (const Sentence& s : TheSegmenter().SegmentText(text)) {
    CHECK(s.chars.start == CodePoints(text.substr(0, s.bytes.begin)));
    CHECK(s.chars.end == CodePoints(text.substr(0, s.bytes.end)));
    for (const auto& t : s.tokens) {
      CHECK(t.chars.start == CodePoints(text.substr(0, t.bytes.begin)));
      CHECK(t.chars.end - t.chars.start ==
            CodePoints(text.substr(t.bytes.begin, t.bytes.end - t.bytes.begin)));
    }
  }
}

TEST_CASE("sentences of a document follow its regions and sections") {
  kg::Document doc;
  doc.text = "Skipped question? Body one. Body two.\n\nAnswer one.";
  size_t body = doc.text.find("Body");
  size_t answer = doc.text.find("Answer");
  doc.regions.push_back({{body, doc.text.find("\n")}, kg::Section::kBody});
  doc.regions.push_back({{answer, doc.text.size()}, kg::Section::kFaq});
  auto s = TheSegmenter().Segment(doc);
  REQUIRE(s.size() == 3);
  CHECK(s[0].index == 0);
  CHECK(s[2].index == 2);
  CHECK(s[0].bytes.begin == body);
  CHECK(s[2].section == kg::Section::kFaq);
  CHECK(s[2].chars.start == static_cast<int64_t>(answer));
}

TEST_CASE("an empty or blank text has no sentences") {
  CHECK(TheSegmenter().SegmentText("").empty());
  CHECK(TheSegmenter().SegmentText("  \n\n \t ").empty());
}

TEST_CASE("a lexicon file of kind tokenization extends the rules") {
  kg::test::TempDir dir;
  kg::test::WriteFile(dir.File("local.json"),
                      "{\"kind\": \"tokenization\", \"multiwords\": {\"gimmie\": [\"gim\", \"mie\"]},"
                      " \"hyphen_prefixes\": [\"self\"]}");
  auto segmenter = Segmenter::Create(dir.path());
  REQUIRE_MESSAGE(segmenter.ok(), segmenter.status().message());
  std::vector<std::string> forms;
  for (const Sentence& s : (*segmenter)->SegmentText("gimmie a self-made center-left plan")) {
    for (const auto& t : s.tokens) forms.push_back(t.form);
  }
  CHECK(forms == std::vector<std::string>{"gim", "mie", "a", "self-made", "center", "-", "left", "plan"});
}

TEST_CASE("a malformed tokenization list is reported with its name") {
  using kg::ingest::TokenizationRules;
  auto not_spelled = TokenizationRules::Parse("{\"multiwords\": {\"cannot\": [\"can\", \"no\"]}}", "tok.json");
  REQUIRE_FALSE(not_spelled.ok());
  CHECK(not_spelled.status().message().find("tok.json") != std::string::npos);
  CHECK(not_spelled.status().message().find("cannot") != std::string::npos);
  CHECK_FALSE(TokenizationRules::Parse("{\"multiwords\": [\"cannot\"]}", "tok.json").ok());
  CHECK_FALSE(TokenizationRules::Parse("{\"clitics\": \"'s\"}", "tok.json").ok());
  CHECK_FALSE(TokenizationRules::Parse("{\"hyphen_prefixes\": [1]}", "tok.json").ok());
  CHECK_FALSE(TokenizationRules::Parse("[]", "tok.json").ok());
  auto good = TokenizationRules::Parse("{\"clitics\": [\"\u2019S\"], \"hyphen_prefixes\": [\"Non\"]}", "tok.json");
  REQUIRE(good.ok());
  CHECK(good->clitics == std::vector<std::string>{"'s"});
  CHECK(good->hyphen_prefixes.count("non") == 1);
}

TEST_CASE("a malformed abbreviation list is reported with its name") {
  auto bad = kg::ingest::Abbreviations::Parse("{\"titles\": 3}", "abbr.json");
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.status().message().find("abbr.json") != std::string::npos);
  auto broken = kg::ingest::Abbreviations::Parse("{\"titles\": [", "abbr.json");
  CHECK_FALSE(broken.ok());
}
