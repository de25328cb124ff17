#include <doctest/doctest.h>

#include <sstream>

#include "tests/actors/actors_test_util.h"
#include "tests/test_util.h"

using namespace kg;
using namespace kg::ingest;

namespace {

std::string Join(const std::vector<std::string>& lines) {
  std::string out;
  for (const auto& line : lines) out += line + "\n";
  return out;
}

Document OneDocument(const std::string& text, std::vector<Sentence>* sentences) {
  static auto segmenter = Segmenter::Create(test::ShippedLexicons());
  REQUIRE(segmenter.ok());
  Document document;
  document.text = text;
  *sentences = (*segmenter)->SegmentText(text);
  return document;
}

}  // namespace

TEST_CASE("data-driven: tests/actors/data/mentions.txt") {
  std::istringstream in(test::ReadFile(test::SourcePath("tests/actors/data/mentions.txt")));
  std::string line, text, expected;
  int line_number = 0, text_line = 0, cases = 0;
  auto check = [&] {
    if (text.empty()) return;
    INFO("mentions.txt:" << text_line << ": " << text);
    CHECK(Join(test::DescribeMentions(text)) == expected);
    ++cases;
  };
  while (std::getline(in, line)) {
    ++line_number;
    if (line.empty() || line[0] == '#') continue;
    if (line.rfind("> ", 0) == 0) {
      check();
      text = line.substr(2);
      text_line = line_number;
      expected.clear();
    } else {
      expected += line + "\n";
    }
  }
  check();
  CHECK(cases >= 9);
}

TEST_CASE("a person introduced with a role exposes role, predicate and country") {
  std::vector<Sentence> sentences;
  Document document = OneDocument("Chinese Foreign Ministry spokesman Zhu Bangzao criticized Japan.", &sentences);
  std::vector<ExtractedEntity> entities;
  auto mentions = test::ShippedRecognizer().Recognize(document, sentences, &entities);
  REQUIRE(mentions.size() == 1);
  REQUIRE(mentions[0].size() == 2);
  const ActorMention& person = mentions[0][0];
  CHECK(entities[person.entity].name == "Zhu Bangzao");
  CHECK(entities[person.entity].type == "person");
  CHECK(entities[person.actor].name == "China");
  CHECK(person.role == "spokesman");
  CHECK(person.role_predicate == "official_of");
  CHECK(person.first_token == 0);
  CHECK(person.end_token == 6);
  CHECK(sentences[0].tokens[person.head_token].text == "Bangzao");
  CHECK(entities[mentions[0][1].entity].code == "JPN");
}

TEST_CASE("entities are deduplicated and collect their aliases") {
  std::vector<Sentence> sentences;
  Document document = OneDocument("The U.S. and America agree. The United States signed.", &sentences);
  std::vector<ExtractedEntity> entities;
  auto mentions = test::ShippedRecognizer().Recognize(document, sentences, &entities);
  REQUIRE(entities.size() == 1);
  CHECK(entities[0].name == "United States");
  CHECK(entities[0].type == "country");
  CHECK(entities[0].aliases == std::vector<std::string>{"U.S.", "America"});
  CHECK(mentions[0].size() == 2);
  CHECK(mentions[1].size() == 1);
}

TEST_CASE("pronouns reach back one sentence at most and are marked") {
  std::vector<Sentence> sentences;
  Document document = OneDocument(
      "Egyptian President Hosni Mubarak spoke. The weather was fine. Then he left.", &sentences);
  std::vector<ExtractedEntity> entities;
  auto mentions = test::ShippedRecognizer().Recognize(document, sentences, &entities);
  REQUIRE(mentions.size() == 3);
  CHECK(mentions[1].empty());
  CHECK(mentions[2].empty());  // "he" is two sentences away from Mubarak

  document = OneDocument("Egyptian President Hosni Mubarak spoke. Then he left.", &sentences);
  entities.clear();
  mentions = test::ShippedRecognizer().Recognize(document, sentences, &entities);
  REQUIRE(mentions[1].size() == 1);
  CHECK(mentions[1][0].is_pronoun);
  CHECK(mentions[1][0].kind == MentionKind::kPronoun);
  CHECK(entities[mentions[1][0].entity].name == "Hosni Mubarak");
  CHECK(entities[mentions[1][0].actor].name == "Egypt");
}

TEST_CASE("lower-case words and sentence openers are not names") {
  CHECK(test::DescribeMentions("Meanwhile the talks went on until Thursday in May.").empty());
  CHECK(test::DescribeMentions("turkey and chad are foods and names, china is a plate.").empty());
}

TEST_CASE("entities already in the table are reused") {
  std::vector<Sentence> sentences;
  Document document = OneDocument("Israel spoke.", &sentences);
  std::vector<ExtractedEntity> entities(1);
  entities[0].name = "Israel";
  auto mentions = test::ShippedRecognizer().Recognize(document, sentences, &entities);
  REQUIRE(entities.size() == 1);
  CHECK(entities[0].code == "ISR");  // filled in by the recogniser
  CHECK(mentions[0][0].entity == 0);
}
