#include <doctest/doctest.h>

#include "ingest/actors/actor_lexicon.h"
#include "ingest/actors/actor_recognizer.h"
#include "tests/actors/actors_test_util.h"
#include "tests/test_util.h"

using namespace kg;
using namespace kg::ingest;

TEST_CASE("the shipped lexicons cover every ISO country with adjectives and capitals") {
  auto lexicon = ActorLexicon::Load(test::ShippedLexicons());
  REQUIRE(lexicon.ok());
  const NameForm* us = lexicon->FindName(LexiconKey("United States of America"));
  REQUIRE(us != nullptr);
  CHECK(lexicon->entry(us->entry).code == "USA");
  CHECK(lexicon->entry(us->entry).adjective == "American");
  // A demonym noun built on the name does not label groups: "New Zealand police".
  const NameForm* nz = lexicon->FindName(LexiconKey("New Zealand"));
  REQUIRE(nz != nullptr);
  CHECK(lexicon->entry(nz->entry).adjective == "New Zealand");
  const NameForm* israelis = lexicon->FindName("Israelis");
  REQUIRE(israelis != nullptr);
  CHECK(israelis->adjective);
  CHECK(israelis->plural);
  const NameForm* moscow = lexicon->FindName("Moscow");
  REQUIRE(moscow != nullptr);
  CHECK(lexicon->entry(lexicon->entry(moscow->entry).state).name == "Russia");
  CHECK(lexicon->FindName("russia") == nullptr);  // names are case-sensitive
  CHECK(lexicon->FindTitle("primeminister") != nullptr);
  const RoleNounForm* troops = lexicon->FindRoleNoun("troops");
  REQUIRE(troops != nullptr);
  CHECK(lexicon->role_noun(troops->noun).sector == "MIL");
}

TEST_CASE("a user's lexicon file extends the shipped ones without recompiling") {
  test::TempDir dir;
  test::WriteFile(dir.File("countries.json"),
                  test::ReadFile(test::SourcePath("ingest/lexicons/countries.json")));
  test::WriteFile(dir.File("my-orgs.json"), R"({"kind": "organizations", "entries": [
      {"name": "Freedom Brigade", "country": "ISR", "sector": "REB", "names": ["FB"]}]})");
  auto lexicons = Lexicons::Load(dir.path());
  REQUIRE(lexicons.ok());
  auto lexicon = ActorLexicon::Load(*lexicons);
  REQUIRE(lexicon.ok());
  const NameForm* fb = lexicon->FindName("FB");
  REQUIRE(fb != nullptr);
  CHECK(lexicon->entry(fb->entry).name == "Freedom Brigade");
  CHECK(lexicon->entry(fb->entry).code == "ISR");
}

TEST_CASE("bad lexicon entries are reported with file, entry and reason") {
  test::TempDir dir;
  test::WriteFile(dir.File("countries.json"), R"({"entries": [{"name": "Israel", "code": "ISR"}]})");
  test::WriteFile(dir.File("places.json"), R"({"entries": [
      {"name": "Kremlin", "country": "RUS"}]})");
  auto lexicon = ActorLexicon::Load(*Lexicons::Load(dir.path()));
  REQUIRE_FALSE(lexicon.ok());
  CHECK(lexicon.status().message() ==
        dir.File("places.json") + ": entries[0] (\"Kremlin\"): unknown country code RUS");

  test::WriteFile(dir.File("places.json"), R"({"entries": [{"country": "ISR"}]})");
  lexicon = ActorLexicon::Load(*Lexicons::Load(dir.path()));
  REQUIRE_FALSE(lexicon.ok());
  CHECK(lexicon.status().message() == dir.File("places.json") + ": entries[0]: missing \"name\"");

  test::WriteFile(dir.File("places.json"), R"({"entries": []})");
  test::WriteFile(dir.File("pronouns.json"), R"({"entries": [{"name": "it", "refers_to": "cat"}]})");
  lexicon = ActorLexicon::Load(*Lexicons::Load(dir.path()));
  REQUIRE_FALSE(lexicon.ok());
  CHECK(lexicon.status().message().find("must be person, woman, thing or group") != std::string::npos);
}

TEST_CASE("a dependent territory is a place of its sovereign state") {
  auto lexicon = ActorLexicon::Load(test::ShippedLexicons());
  REQUIRE(lexicon.ok());
  for (const char* territory : {"Puerto Rico", "Guam", "Gibraltar", "Greenland"}) {
    CAPTURE(territory);
    const NameForm* form = lexicon->FindName(LexiconKey(territory));
    REQUIRE(form != nullptr);
    const ActorEntry& entry = lexicon->entry(form->entry);
    CHECK(entry.kind == ActorEntry::Kind::kPlace);
    REQUIRE(entry.state >= 0);
    CHECK(lexicon->entry(entry.state).kind == ActorEntry::Kind::kCountry);
    CHECK(entry.code == lexicon->entry(entry.state).code);
  }
  const NameForm* guam = lexicon->FindName("Guam");
  CHECK(lexicon->entry(guam->entry).code == "USA");
  // A state in free association keeps its own code.
  const NameForm* cook = lexicon->FindName(LexiconKey("Cook Islands"));
  REQUIRE(cook != nullptr);
  CHECK(lexicon->entry(cook->entry).kind == ActorEntry::Kind::kCountry);
  CHECK(lexicon->entry(cook->entry).code == "COK");
}

TEST_CASE("a territory whose sovereign is no country of the lexicon is refused") {
  test::TempDir dir;
  test::WriteFile(dir.File("countries.json"), R"({"kind": "countries", "entries": [
      {"name": "Atlantis", "code": "ATL", "sovereign": "XYZ"}]})");
  auto lexicon = ActorLexicon::Load(*Lexicons::Load(dir.path()));
  REQUIRE_FALSE(lexicon.ok());
  CHECK(lexicon.status().message() ==
        dir.File("countries.json") + ": \"Atlantis\": sovereign XYZ is not a country of this or an earlier file");
}

TEST_CASE("people entries name a known country and a known title") {
  test::TempDir dir;
  test::WriteFile(dir.File("countries.json"), R"({"entries": [{"name": "Russia", "code": "RUS"}]})");
  test::WriteFile(dir.File("roles.json"),
                  R"({"entries": [{"name": "President", "sector": "GOV", "predicate": "leader_of"}]})");
  test::WriteFile(dir.File("people.json"), R"({"entries": [
      {"name": "Vladimir Putin", "country": "RUS", "role": "president", "names": ["Putin"]}]})");
  auto lexicon = ActorLexicon::Load(*Lexicons::Load(dir.path()));
  REQUIRE(lexicon.ok());
  const KnownPerson* putin = lexicon->FindPerson("Putin");
  REQUIRE(putin != nullptr);
  CHECK(putin->name == "Vladimir Putin");
  CHECK(lexicon->entry(putin->state).code == "RUS");
  CHECK(lexicon->title(putin->title).name == "President");
  CHECK(lexicon->FindPerson("VladimirPutin") == putin);
  CHECK(lexicon->FindPerson("putin") == nullptr);  // names are case-sensitive

  test::WriteFile(dir.File("people.json"), R"({"entries": [
      {"name": "Nobody", "country": "XXX", "role": "President"}]})");
  lexicon = ActorLexicon::Load(*Lexicons::Load(dir.path()));
  REQUIRE_FALSE(lexicon.ok());
  CHECK(lexicon.status().message() ==
        dir.File("people.json") + ": entries[0] (\"Nobody\"): unknown country code XXX");

  test::WriteFile(dir.File("people.json"), R"({"entries": [
      {"name": "Nobody", "country": "RUS", "role": "Pharaoh"}]})");
  lexicon = ActorLexicon::Load(*Lexicons::Load(dir.path()));
  REQUIRE_FALSE(lexicon.ok());
  CHECK(lexicon.status().message().find("unknown role \"Pharaoh\"") != std::string::npos);
}

TEST_CASE("without a countries lexicon the recogniser refuses to load") {
  test::TempDir dir;
  auto lexicons = Lexicons::Load(dir.path());
  REQUIRE(lexicons.ok());
  auto recognizer = ActorRecognizer::Load(*lexicons);
  REQUIRE_FALSE(recognizer.ok());
  CHECK(recognizer.status().message().find("countries") != std::string::npos);
}
