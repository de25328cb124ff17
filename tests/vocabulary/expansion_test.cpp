// The vocabulary generator on a tiny WordNet written for the tests
// (data/wordnet): the reader, and each rule of the expansion policy.
#include <doctest/doctest.h>

#include <algorithm>

#include "ingest/lexicon/json_lists.h"
#include "ingest/vocabulary/noun_classes.h"
#include "tests/vocabulary/vocabulary_fixture.h"

namespace {

using kg::ingest::vocabulary::Expansion;
using kg::ingest::vocabulary::ExpandedWord;
using kg::ingest::vocabulary::ExpansionPolicy;
using kg::ingest::vocabulary::WordNetDatabase;
using kg::test::VocabularyFixture;

const Expansion& Expanded() {
  static const Expansion expansion = [] {
    const auto& f = VocabularyFixture::Get();
    auto e = kg::ingest::vocabulary::ExpandVocabulary(f.seeds, f.policy, f.wordnet);
    REQUIRE_MESSAGE(e.ok(), e.status().message());
    return std::move(*e);
  }();
  return expansion;
}

const ExpandedWord* Find(const std::vector<ExpandedWord>& words, const std::string& text, char pos) {
  auto it = std::find_if(words.begin(), words.end(),
                         [&](const ExpandedWord& w) { return w.text == text && w.pos == pos; });
  return it == words.end() ? nullptr : &*it;
}
const ExpandedWord* Generated(const std::string& text, char pos) { return Find(Expanded().words, text, pos); }
std::string DroppedWhy(const std::string& text, char pos) {
  const ExpandedWord* w = Find(Expanded().dropped, text, pos);
  return w ? w->why : "(not dropped)";
}
std::string PredicateOf(const ExpandedWord* word) {
  REQUIRE(word != nullptr);
  return VocabularyFixture::Get().seeds.predicate(word->predicate).name;
}

}  // namespace

TEST_CASE("WordNet reader: senses in WordNet's order, sense keys, tag counts, noun classes") {
  const WordNetDatabase& wn = VocabularyFixture::Get().wordnet;
  REQUIRE(wn.Senses("knock", 'v').size() == 3);
  CHECK(wn.SenseNumber("knock", 'v', 101) == 3);
  CHECK(wn.SenseNumber("knock", 'v', 102) == 0);
  CHECK(wn.Senses("knock", 'n').empty());
  const auto* berate = wn.Find(101, 'v');
  REQUIRE(berate != nullptr);
  REQUIRE(berate->words.size() == 6);
  CHECK(berate->words[1].lemma == "chew_out");
  CHECK(WordNetDatabase::SenseKey(*berate, 4) == "reprimand%2:32:00::");
  CHECK(wn.TagCount("reprimand%2:32:01::") == 9);
  CHECK(wn.TagCount("berate%2:32:00::") == 0);
  REQUIRE(berate->pointers.size() == 3);
  CHECK(berate->pointers[1].symbol == "+");
  CHECK(berate->pointers[1].source_word == 3);
  CHECK(berate->pointers[1].target == 1002);
  CHECK(WordNetDatabase::LexicographerFileName(wn.Find(1003, 'n')->lexicographer_file) == "noun.person");

  kg::test::TempDir dir;
  kg::test::WriteFile(dir.File("index.verb"), "knock v 1 0 1 0 00000105\n");
  kg::test::WriteFile(dir.File("index.noun"), "");
  kg::test::WriteFile(dir.File("data.verb"), "00000105 35 v zz knock 1 000 | bad word count\n");
  kg::test::WriteFile(dir.File("data.noun"), "");
  auto bad = WordNetDatabase::Load(dir.path());
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.status().message().rfind(dir.File("data.verb") + ": not a WordNet record", 0) == 0);
  auto missing = WordNetDatabase::Load(dir.File("nowhere"));
  REQUIRE_FALSE(missing.ok());
  CHECK(missing.status().message().find("install wordnet-base") != std::string::npos);
}

TEST_CASE("expansion: the synonyms of a seed's first sense, each with its seed, sense and synset") {
  const ExpandedWord* upbraid = Generated("upbraid", 'v');
  CHECK(PredicateOf(upbraid) == "scolds");
  CHECK(upbraid->seed == "berate");
  CHECK(upbraid->relation == "synonym");
  CHECK(upbraid->seed_sense == "berate%2:32:00::");
  CHECK(upbraid->sense == "upbraid%2:32:00::");
  CHECK(upbraid->synset == "00000101-v");
  // a multi-word lemma of verb and particle is a particle verb; others are not matched
  CHECK(PredicateOf(Generated("chew out", 'v')) == "scolds");
  CHECK(PredicateOf(Generated("help out", 'v')) == "helps");
  CHECK(DroppedWhy("read the riot act", 'v') == "a multi-word verb that is not a verb and particles");
  CHECK(PredicateOf(Generated("succor", 'v')) == "helps");
  CHECK(PredicateOf(Generated("combat", 'v')) == "fights");
  // a synonym of a seed that codes an event only without an object is one too
  CHECK(Generated("combat", 'v')->without_object);
  CHECK_FALSE(upbraid->without_object);
}

TEST_CASE("expansion: derived nouns of the seed and of its synonyms, in event noun classes only") {
  const ExpandedWord* berating = Generated("berating", 'n');
  CHECK(PredicateOf(berating) == "scolds");
  CHECK(berating->relation == "derivation");
  CHECK(berating->from == "berate");
  CHECK(berating->synset == "00001001-n");
  const ExpandedWord* upbraiding = Generated("upbraiding", 'n');
  CHECK(PredicateOf(upbraiding) == "scolds");
  CHECK(upbraiding->from == "upbraid");  // a synonym's noun
  CHECK(PredicateOf(Generated("assistance", 'n')) == "helps");
  CHECK(PredicateOf(Generated("combat", 'n')) == "fights");
  CHECK(DroppedWhy("berater", 'n') == "a noun of noun.person, not an event noun class");
}

TEST_CASE("expansion: a synonym or noun must hold the sense among its own frequent ones") {
  CHECK(DroppedWhy("knock", 'v') == "sense 3 of 3");                         // rank
  CHECK(DroppedWhy("reprimand", 'v') == "tagged in 1 of its 10 uses");       // share of tagged uses
  CHECK(DroppedWhy("relief", 'n') == "sense 3 of 3");                         // a noun's rank
  CHECK(Generated("knock", 'v') == nullptr);
}

TEST_CASE("expansion: seeds win, two predicates' words and the stop list are dropped") {
  CHECK(DroppedWhy("aid", 'v') == "already a seed");        // a seed of the same predicate
  CHECK(DroppedWhy("succor", 'n') == "already a seed");     // a seed noun of another predicate
  CHECK(DroppedWhy("battle", 'n') == "already a seed");
  CHECK(DroppedWhy("tend", 'v') == "ambiguous: fights,helps");
  CHECK(DroppedWhy("save", 'v') == "its synset also holds assist (helps)");
  CHECK(DroppedWhy("scrap", 'v') == "on the stop list");
  for (const auto& w : Expanded().words) {
    for (const auto& seed : VocabularyFixture::Get().seeds.verb_list()) CHECK(w.text != seed.text);
  }
}

TEST_CASE("expansion: the policy's sense choice replaces the seed's first sense") {
  const ExpandedWord* castigate = Generated("castigate", 'v');
  CHECK(PredicateOf(castigate) == "scolds");
  CHECK(castigate->seed_sense == "call_out%2:32:01::");
  CHECK(Generated("shout", 'v') == nullptr);
  CHECK(DroppedWhy("shout", 'v') == "(not dropped)");  // sense 1 of "call out" was never read
  CHECK(Expanded().words.size() == 10);
}

TEST_CASE("abstract nouns: the nouns whose most frequent sense is in the policy's classes") {
  const auto& f = VocabularyFixture::Get();
  CHECK(kg::ingest::vocabulary::AbstractNouns(f.wordnet, f.policy) == std::vector<std::string>{"berating", "upbraiding"});
  ExpansionPolicy none = f.policy;
  none.abstract_noun_files.clear();
  CHECK(kg::ingest::vocabulary::AbstractNouns(f.wordnet, none).empty());
  ExpansionPolicy acts = f.policy;
  acts.abstract_noun_files = {"noun.act"};
  // "relief": its first sense is an act, its others are not; "berater" is a person
  CHECK(kg::ingest::vocabulary::AbstractNouns(f.wordnet, acts) ==
        std::vector<std::string>{"assistance", "battle", "combat", "relief", "succor"});
}

TEST_CASE("expansion policy: a malformed entry names the file and what is wrong") {
  auto parse = [](const std::string& json) {
    rapidjson::Document doc;
    REQUIRE(kg::ingest::ParseLexiconObject(json, "p.json", &doc).ok());
    return ExpansionPolicy::FromJson(doc, "p.json");
  };
  CHECK(parse(R"({"seed_senses": 0})").status().message() == "p.json: \"seed_senses\" must be a whole number from 1");
  CHECK(parse(R"({"min_tag_share": 2})").status().message() ==
        "p.json: \"min_tag_share\" must be a number from 0 to 1");
  CHECK(parse(R"({"stop_words": "make"})").status().message() == "p.json: \"stop_words\" must be an array of strings");
  CHECK(parse(R"({"seeds": {"x": {"sense": [1]}}})").status().message() ==
        "p.json: seeds[\"x\"]: unknown key \"sense\" (known: senses, expand, why)");
  CHECK(parse(R"({"seeds": {"x": {"senses": [0]}}})").status().message().rfind("p.json: seeds[\"x\"]: \"senses\"", 0) ==
        0);

  const auto& f = VocabularyFixture::Get();
  auto expand = [&](const std::string& json) {
    auto policy = parse(json);
    REQUIRE(policy.ok());
    return kg::ingest::vocabulary::ExpandVocabulary(f.seeds, *policy, f.wordnet).status().message();
  };
  CHECK(expand(R"({"seeds": {"scold": {"expand": false}}})") ==
        "p.json: seeds[\"scold\"]: no predicate has this seed verb");
  CHECK(expand(R"({"seeds": {"berate": {"senses": [2]}}})") ==
        "p.json: seeds[\"berate\"]: \"berate\" has 1 verb senses, not 2");
  CHECK(expand(R"({"seeds": {"berate": {"senses": ["berate%2:32:09::"]}}})") ==
        "p.json: seeds[\"berate\"]: berate%2:32:09:: is no verb sense of \"berate\"");
}

TEST_CASE("animate nouns: the nouns whose most frequent sense is a person or a group") {
  const auto& f = VocabularyFixture::Get();
  ExpansionPolicy people = f.policy;
  people.animate_noun_files = {"noun.person"};
  CHECK(kg::ingest::vocabulary::AnimateNouns(f.wordnet, people) == std::vector<std::string>{"berater"});
  CHECK(kg::ingest::vocabulary::AnimateNouns(f.wordnet, f.policy).empty());  // the test policy names no class
}
