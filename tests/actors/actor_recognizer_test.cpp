#include <doctest/doctest.h>

#include <optional>
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

// A text recognised as one document, with everything the test may inspect.
struct Recognized {
  std::vector<Sentence> sentences;
  std::vector<ExtractedEntity> entities;
  std::vector<std::vector<ActorMention>> mentions;
};

Recognized Recognize(const std::string& text, std::vector<ExtractedEntity> entities = {},
                     std::optional<std::string> dateline = std::nullopt) {
  static auto segmenter = Segmenter::Create(test::ShippedLexicons());
  REQUIRE(segmenter.ok());
  Document document;
  document.text = text;
  document.dateline = std::move(dateline);
  Recognized r;
  r.sentences = (*segmenter)->SegmentText(text);
  r.entities = std::move(entities);
  r.mentions = test::ShippedRecognizer().Recognize(document, r.sentences, &r.entities);
  return r;
}

}  // namespace

TEST_CASE("data-driven: tests/actors/data/mentions.txt") {
  std::istringstream in(test::ReadFile(test::SourcePath("tests/actors/data/mentions.txt")));
  std::string line, text, expected;
  int line_number = 0, text_line = 0, cases = 0;
  auto check = [&] {
    if (text_line == 0) return;  // before the first case
    INFO("mentions.txt:" << text_line << ": " << text);
    REQUIRE_MESSAGE(!text.empty(), "a case without a text checks nothing");
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
  auto [sentences, entities, mentions] =
      Recognize("Chinese Foreign Ministry spokesman Zhu Bangzao criticized Japan.");
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
  auto [sentences, entities, mentions] = Recognize("The U.S. and America agree. The United States signed.");
  REQUIRE(entities.size() == 1);
  CHECK(entities[0].name == "United States");
  CHECK(entities[0].type == "country");
  CHECK(entities[0].aliases == std::vector<std::string>{"U.S.", "America"});
  CHECK(mentions[0].size() == 2);
  CHECK(mentions[1].size() == 1);
}

TEST_CASE("pronouns reach back one sentence at most and are marked") {
  auto far = Recognize("Egyptian President Hosni Mubarak spoke. The weather was fine. Then he left.");
  REQUIRE(far.mentions.size() == 3);
  CHECK(far.mentions[1].empty());
  CHECK(far.mentions[2].empty());  // "he" is two sentences away from Mubarak

  auto [sentences, entities, mentions] = Recognize("Egyptian President Hosni Mubarak spoke. Then he left.");
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
  std::vector<ExtractedEntity> known(1);
  known[0].name = "Israel";
  auto [sentences, entities, mentions] = Recognize("Israel spoke.", known);
  REQUIRE(entities.size() == 1);
  CHECK(entities[0].code == "ISR");  // filled in by the recogniser
  CHECK(mentions[0][0].entity == 0);
}

TEST_CASE("unqualified officials, government and troops act for the dateline's country") {
  const std::string text = "Officials said troops were ready. Rebels and civilians fled.";
  auto described = [&](const Recognized& r) {
    std::vector<std::string> out;
    for (const auto& sentence : r.mentions) {
      for (const auto& m : sentence) {
        out.push_back(r.entities[m.entity].name + " " + (m.actor >= 0 ? r.entities[m.actor].code.value_or("?") : "-"));
      }
    }
    return out;
  };
  // Without a dateline they act for no known state.
  CHECK(described(Recognize(text)) == std::vector<std::string>{"officials -", "troops -", "rebels -"});
  // A capital in capitals, with the date after the comma.
  // Civilians are located there too (role_nouns "located"), as themselves.
  CHECK(described(Recognize(text, {}, "MOSCOW, Dec. 5")) ==
        std::vector<std::string>{"Russian officials RUS", "Russian troops RUS", "rebels -", "Russian civilians RUS"});
  CHECK(described(Recognize(text, {}, "Tel Aviv")) ==
        std::vector<std::string>{"Israeli officials ISR", "Israeli troops ISR", "rebels -", "Israeli civilians ISR"});
  // A dateline that names no known place changes nothing.
  CHECK(described(Recognize(text, {}, "Somewhere, May 1")) ==
        std::vector<std::string>{"officials -", "troops -", "rebels -"});
}

TEST_CASE("officials placed by the document's country say whether the dateline or the names placed them") {
  auto coded_by = [](const Recognized& r, const std::string& entity) {
    for (const auto& sentence : r.mentions) {
      for (const auto& m : sentence) {
        if (m.entity >= 0 && r.entities[m.entity].name == entity) return std::string(MentionCodingName(m.coded_by));
      }
    }
    return std::string("not found");
  };
  const auto dated = Recognize("Officials said troops were ready.", {}, "MOSCOW, Dec. 5");
  CHECK(coded_by(dated, "Russian officials") == "dateline");
  CHECK(coded_by(dated, "Russian troops") == "dateline");
  // No dateline: the state most of the document's names point to.
  const auto named = Recognize("Peru voted. Lima and Peru agreed. Officials said troops were ready.");
  CHECK(coded_by(named, "Peruvian officials") == "document_country");
  CHECK(coded_by(named, "Peru") == "lexicon");
  CHECK(coded_by(named, "Lima") == "subnational_place");
  // Nothing places them.
  CHECK(coded_by(Recognize("Officials said troops were ready."), "officials") == "none");
}
