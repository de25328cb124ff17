// The generated lexicon file: what kg-vocabulary writes, how the lexicon
// loader reads it (after every hand-written file), and the one the build
// made from WordNet (skipped when WordNet was absent at build time).
#include <doctest/doctest.h>

#include <filesystem>

#include <rapidjson/document.h>

#include "ingest/vocabulary/generated_lexicon.h"
#include "tests/vocabulary/vocabulary_fixture.h"

namespace {

using kg::ingest::GeneratedFiles;
using kg::ingest::Lexicons;
using kg::ingest::events::PredicateLexicon;
using kg::test::VocabularyFixture;

// A copy of the fixture's seeds and policy in `dir`.
void CopySeeds(const kg::test::TempDir& dir) {
  for (const char* name : {"predicates.json", "vocabulary.json"}) {
    kg::test::WriteFile(dir.File(name), kg::test::ReadFile(VocabularyFixture::SeedDir() + "/" + name));
  }
}

kg::test::RunResult RunGenerator(const std::string& seeds, const std::string& out) {
  return kg::test::RunProgram(
      {KG_VOCABULARY_BINARY, "--seeds", seeds, "--wordnet", VocabularyFixture::WordNetDir(), "--out", out});
}

}  // namespace

TEST_CASE("kg-vocabulary writes a predicates file that the loader reads after the hand-written ones") {
  kg::test::TempDir dir;
  CopySeeds(dir);
  const std::string out = dir.File(kg::ingest::vocabulary::kGeneratedLexiconName);
  auto run = RunGenerator(dir.path(), out);
  REQUIRE_MESSAGE(run.exit_code == 0, run.err);
  CHECK(run.out.find("6 verbs, 4 nouns generated") != std::string::npos);
  // a user's file sorts after it by name, but the generated file is read last
  kg::test::WriteFile(dir.File("zz-mine.json"),
                      R"({"kind": "predicates", "predicates": [{"name": "helps", "nouns": ["assistance"]},
                          {"name": "mine", "category": "AID", "cameo": "07", "verbs": ["upbraid"]}]})");
  auto lexicons = Lexicons::Load(dir.path());
  REQUIRE_MESSAGE(lexicons.ok(), lexicons.status().message());
  auto files = lexicons->OfKind("predicates");
  REQUIRE(files.size() == 3);
  CHECK(files.back()->path == out);
  auto lexicon = PredicateLexicon::Load(*lexicons);
  REQUIRE_MESSAGE(lexicon.ok(), lexicon.status().message());
  const auto* chew = lexicon->VerbSenses("chew");
  REQUIRE(chew != nullptr);
  CHECK(chew->front().particles == std::vector<std::string>{"out"});
  CHECK(chew->front().predicate == lexicon->FindPredicate("scolds"));
  CHECK(lexicon->VerbSenses("upbraid")->front().predicate == lexicon->FindPredicate("mine"));  // hand-written wins
  CHECK(lexicon->VerbSenses("combat")->front().without_object);  // as its seed "battle"
  CHECK_FALSE(chew->front().without_object);
  CHECK(lexicon->IsAbstractNoun("upbraiding"));  // the generated "abstract_nouns"
  CHECK_FALSE(lexicon->IsAbstractNoun("berater"));
  CHECK(lexicon->NounPredicate("berating") == lexicon->FindPredicate("scolds"));
  CHECK(lexicon->predicate(lexicon->FindPredicate("scolds")).category == "DISAPPROVE");  // kept from the seeds

  auto without = Lexicons::Load(dir.path(), GeneratedFiles::kExclude);
  REQUIRE(without.ok());
  CHECK(without->OfKind("predicates").size() == 2);

  // every entry says where it came from
  rapidjson::Document doc;
  doc.Parse(kg::test::ReadFile(out).c_str());
  REQUIRE(doc.IsObject());
  const auto& provenance = doc["provenance"];
  REQUIRE(provenance.Size() == 10);
  for (const auto& entry : provenance.GetArray()) {
    for (const char* key : {"word", "pos", "predicate", "seed", "seed_sense", "relation", "sense", "synset"}) {
      CHECK_MESSAGE(entry.HasMember(key), key);
    }
  }
  CHECK(doc["dropped"].Size() > 0);
  CHECK(doc["counts"]["derivations"].GetInt() == 4);
  REQUIRE(doc["abstract_nouns"].IsArray());
  CHECK(doc["abstract_nouns"].Size() == 2);
}

TEST_CASE("kg-vocabulary: a malformed policy or seed entry is FILE: what is wrong, exit 1") {
  kg::test::TempDir dir;
  CopySeeds(dir);
  kg::test::WriteFile(dir.File("vocabulary.json"),
                      R"({"kind": "vocabulary_expansion", "seeds": {"berate": {"senses": [7]}}})");
  auto run = RunGenerator(dir.path(), dir.File("out.generated.json"));
  CHECK(run.exit_code == 1);
  CHECK(run.err == dir.File("vocabulary.json") + ": seeds[\"berate\"]: \"berate\" has 1 verb senses, not 7\n");
  CHECK_FALSE(std::filesystem::exists(dir.File("out.generated.json")));

  kg::test::WriteFile(dir.File("predicates.json"), R"({"kind": "predicates", "predicates": [{"verbs": ["x"]}]})");
  run = RunGenerator(dir.path(), dir.File("out.generated.json"));
  CHECK(run.exit_code == 1);
  CHECK(run.err == dir.File("predicates.json") + ": predicates[0]: \"name\" is missing\n");
}

TEST_CASE("the build's WordNet vocabulary: generated entries are no seeds and carry their provenance") {
  const std::string file =
      kg::ingest::GeneratedLexiconDir() + "/" + kg::ingest::vocabulary::kGeneratedLexiconName;
  if (!std::filesystem::exists(file)) {
    MESSAGE("SKIPPED: no generated vocabulary (", file, "): WordNet was absent at build time");
    return;
  }
  auto shipped = Lexicons::Load(kg::test::SourcePath("ingest/lexicons"));
  REQUIRE_MESSAGE(shipped.ok(), shipped.status().message());
  CHECK(shipped->OfKind("predicates").back()->path == file);
  auto seeds = PredicateLexicon::Load(*Lexicons::Load(kg::test::SourcePath("ingest/lexicons"), GeneratedFiles::kExclude));
  REQUIRE(seeds.ok());
  rapidjson::Document doc;
  doc.Parse(kg::test::ReadFile(file).c_str());
  REQUIRE(doc.IsObject());
  CHECK(doc["counts"]["verbs"].GetInt() > 50);
  CHECK(doc["counts"]["nouns"].GetInt() > 50);
  for (const auto& entry : doc["provenance"].GetArray()) {
    const std::string word = entry["word"].GetString();
    INFO(word);
    if (std::string(entry["pos"].GetString()) == "verb") {
      CHECK(seeds->VerbSenses(word) == nullptr);
    } else {
      CHECK(seeds->NounPredicate(word) < 0);
    }
    CHECK(std::string(entry["sense"].GetString()).find('%') != std::string::npos);
  }
}
