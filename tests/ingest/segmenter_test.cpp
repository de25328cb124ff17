// Segmenter: sentence ends, abbreviations, tokens and their offsets.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "ingest/segmenter.h"
#include "tests/test_util.h"

using kg::ingest::Segmenter;
using kg::ingest::Sentence;

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

TEST_CASE("possessives and negations are split, initialisms and compounds kept") {
  CHECK(Tokens("Russia\u2019s envoys didn't de-escalate at the U.N. yesterday.") ==
        std::vector<std::string>{"Russia", "'s", "envoys", "did", "n't", "de-escalate", "at",
                                 "the", "U.N.", "yesterday", "."});
  CHECK(Tokens("Moscow's support") == std::vector<std::string>{"Moscow", "'s", "support"});
  CHECK(Tokens("countries\u2019 leaders") ==
        std::vector<std::string>{"countries", "'", "leaders"});
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
  CHECK(text.substr(t[4].bytes.begin, t[4].bytes.end - t[4].bytes.begin) == "\u2019s");
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
  kg::ingest::Document doc;
  doc.text = "Skipped question? Body one. Body two.\n\nAnswer one.";
  size_t body = doc.text.find("Body");
  size_t answer = doc.text.find("Answer");
  doc.regions.push_back({{body, doc.text.find("\n")}, kg::ingest::Section::kBody});
  doc.regions.push_back({{answer, doc.text.size()}, kg::ingest::Section::kFaq});
  auto s = TheSegmenter().Segment(doc);
  REQUIRE(s.size() == 3);
  CHECK(s[0].index == 0);
  CHECK(s[2].index == 2);
  CHECK(s[0].bytes.begin == body);
  CHECK(s[2].section == kg::ingest::Section::kFaq);
  CHECK(s[2].chars.start == static_cast<int64_t>(answer));
}

TEST_CASE("an empty or blank text has no sentences") {
  CHECK(TheSegmenter().SegmentText("").empty());
  CHECK(TheSegmenter().SegmentText("  \n\n \t ").empty());
}

TEST_CASE("a malformed abbreviation list is reported with its name") {
  auto bad = kg::ingest::Abbreviations::Parse("{\"titles\": 3}", "abbr.json");
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.status().message().find("abbr.json") != std::string::npos);
  auto broken = kg::ingest::Abbreviations::Parse("{\"titles\": [", "abbr.json");
  CHECK_FALSE(broken.ok());
}
