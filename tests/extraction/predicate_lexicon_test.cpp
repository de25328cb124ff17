// The predicate lexicon and the clause policy as loaded from the shipped
// files and from bad ones: lookups by lemma, and errors that name the file
// and the entry.
#include <doctest/doctest.h>

#include "ingest/events/clause_policy.h"
#include "ingest/events/predicate_lexicon.h"
#include "ingest/lexicon/lexicons.h"
#include "tests/test_util.h"

namespace {

using kg::ingest::events::ClausePolicy;
using kg::ingest::events::PredicateLexicon;

const kg::ingest::Lexicons& Shipped() {
  static const kg::ingest::Lexicons* lexicons = [] {
    auto loaded = kg::ingest::Lexicons::Load(kg::test::SourcePath("ingest/lexicons"));
    REQUIRE_MESSAGE(loaded.ok(), loaded.status().message());
    return new kg::ingest::Lexicons(std::move(*loaded));
  }();
  return *lexicons;
}

}  // namespace

TEST_CASE("predicate lexicon: lemmas, senses, nouns and phrases") {
  auto lexicon = PredicateLexicon::Load(Shipped());
  REQUIRE_MESSAGE(lexicon.ok(), lexicon.status().message());
  const int criticizes = lexicon->FindPredicate("criticizes");
  REQUIRE(criticizes >= 0);
  CHECK(lexicon->predicate(criticizes).category == "DISAPPROVE");
  CHECK(lexicon->predicate(criticizes).cameo == "11");
  CHECK(lexicon->predicate(lexicon->FindPredicate("cooperates_with")).symmetric);
  const auto* call = lexicon->VerbSenses("call");
  REQUIRE(call != nullptr);
  for (const auto& sense : *call) CHECK_FALSE(sense.particles.empty());  // "call" alone names no event
  const auto* veto = lexicon->VerbSenses("veto");
  REQUIRE(veto != nullptr);
  CHECK(veto->front().predicate == lexicon->FindPredicate("vetoes"));
  CHECK(lexicon->VerbSenses("vetoed") == nullptr);  // lemmas only: the lemmatizer reads forms
  CHECK(lexicon->NounPredicate("hunger strike") == lexicon->FindPredicate("protests"));
  CHECK(lexicon->NounPredicate("state of emergency") == lexicon->FindPredicate("coerces"));
  CHECK(lexicon->NounPredicate("strike") >= 0);
  CHECK(lexicon->Phrase("hold", "talk") == lexicon->FindPredicate("meets_with"));
  CHECK(lexicon->IsLightVerb("express"));
  CHECK_FALSE(lexicon->IsLightVerb("accept"));  // its subject is no agent of the noun's event
  CHECK(lexicon->IsObjectNoun("resolution"));
}

TEST_CASE("predicate lexicon: senses that hold only without an object, events done with someone") {
  auto lexicon = PredicateLexicon::Parse(
      R"({"predicates": [{"name": "protests", "verbs": ["protest"], "intransitive_verbs": ["march"]},
                         {"name": "meets_with", "symmetric": true, "needs_actor_patient": true, "verbs": ["meet"]}]})",
      "mine.json");
  REQUIRE_MESSAGE(lexicon.ok(), lexicon.status().message());
  REQUIRE(lexicon->VerbSenses("march") != nullptr);
  CHECK(lexicon->VerbSenses("march")->front().without_object);
  CHECK_FALSE(lexicon->VerbSenses("protest")->front().without_object);
  const auto& meets = lexicon->predicate(lexicon->FindPredicate("meets_with"));
  CHECK(meets.symmetric);
  CHECK(meets.needs_actor_patient);
  CHECK_FALSE(lexicon->predicate(lexicon->FindPredicate("protests")).needs_actor_patient);
  auto bad = PredicateLexicon::Parse(R"({"predicates": [{"name": "p", "needs_actor_patient": "yes"}]})", "m.json");
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.status().message().find("m.json: predicates[0] (\"p\"): \"needs_actor_patient\" must be true or false") !=
        std::string::npos);
}

TEST_CASE("predicate lexicon: a verb's sense with an abstract object, less gatherings") {
  auto lexicon = PredicateLexicon::Parse(
      R"({"predicates": [{"name": "criticizes", "verbs": ["criticize"]}, {"name": "attacks", "verbs": ["attack"]},
                         {"name": "rejects", "verbs": ["reject"]}],
          "abstract_object_senses": [{"verb": "attack", "predicate": "criticizes"},
                                     {"verb": "shoot  down", "predicate": "rejects"}],
          "abstract_nouns": ["plan", "demonstration"], "gathering_nouns": ["demonstration"]})",
      "mine.json");
  REQUIRE_MESSAGE(lexicon.ok(), lexicon.status().message());
  CHECK(lexicon->AbstractObjectPredicate("attack") == lexicon->FindPredicate("criticizes"));
  CHECK(lexicon->AbstractObjectPredicate("shoot down") == lexicon->FindPredicate("rejects"));
  CHECK(lexicon->AbstractObjectPredicate("criticize") == -1);
  CHECK(lexicon->IsAbstractNoun("plan"));
  CHECK_FALSE(lexicon->IsAbstractNoun("demonstration"));  // a gathering
  CHECK_FALSE(lexicon->IsAbstractNoun("convoy"));
  auto bad = PredicateLexicon::Parse(
      R"({"predicates": [{"name": "p"}], "abstract_object_senses": [{"verb": "attack", "predicate": "q"}]})", "m.json");
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.status().message() == "m.json: abstract_object_senses[0]: needs \"verb\" and a known \"predicate\"");
}

TEST_CASE("predicate lexicon: verbs that need a person as object, and the animate nouns") {
  auto lexicon = PredicateLexicon::Parse(
      R"({"predicates": [{"name": "concedes", "verbs": ["release", "set free"]}],
          "animate_object_verbs": ["release", "set  free"], "animate_nouns": ["hostage", "militia"]})",
      "mine.json");
  REQUIRE_MESSAGE(lexicon.ok(), lexicon.status().message());
  CHECK(lexicon->NeedsAnimateObject("release"));
  CHECK(lexicon->NeedsAnimateObject("set free"));
  CHECK_FALSE(lexicon->NeedsAnimateObject("concede"));
  CHECK(lexicon->HasAnimateNouns());
  CHECK(lexicon->IsAnimateNoun("hostage"));
  CHECK_FALSE(lexicon->IsAnimateNoun("report"));
  // Without the generated list (no WordNet at build time) nothing is known to be animate.
  auto bare = PredicateLexicon::Parse(R"({"predicates": [{"name": "p"}], "animate_object_verbs": ["release"]})", "m.json");
  REQUIRE(bare.ok());
  CHECK_FALSE(bare->HasAnimateNouns());
}

TEST_CASE("predicate lexicon: a malformed file names the file and the entry") {
  auto missing_name = PredicateLexicon::Parse(R"({"predicates": [{"category": "X"}]})", "mine.json");
  REQUIRE_FALSE(missing_name.ok());
  CHECK(missing_name.status().message() == "mine.json: predicates[0]: \"name\" is missing");
  auto bad_verbs = PredicateLexicon::Parse(R"({"predicates": [{"name": "p", "verbs": "x"}]})", "m.json");
  REQUIRE_FALSE(bad_verbs.ok());
  CHECK(bad_verbs.status().message().find("\"verbs\" must be an array") != std::string::npos);
  auto bad_phrase = PredicateLexicon::Parse(
      R"({"predicates": [{"name": "p"}], "phrases": [{"verb": "a", "noun": "b", "predicate": "q"}]})", "m.json");
  REQUIRE_FALSE(bad_phrase.ok());
  CHECK(bad_phrase.status().message().find("phrases[0]") != std::string::npos);
  auto not_json = PredicateLexicon::Parse("{\"predicates\": [", "broken.json");
  REQUIRE_FALSE(not_json.ok());
  CHECK(not_json.status().message().rfind("broken.json: ", 0) == 0);
}

TEST_CASE("clause policy: the shipped policy, and what a bad file says") {
  auto policy = ClausePolicy::Load(Shipped());
  REQUIRE_MESSAGE(policy.ok(), policy.status().message());
  CHECK(policy->IsNegator("not"));
  CHECK(policy->IsModal("could"));
  CHECK(policy->IsFuture("will"));
  CHECK(policy->IsReportVerb("say"));
  CHECK(policy->IsDenialVerb("fail"));
  CHECK(policy->IsCancelVerb("call off"));
  CHECK(policy->IsTimeNoun("friday"));
  CHECK(policy->IsDeverbal("deployment"));
  CHECK_FALSE(policy->IsDeverbal("country"));
  CHECK(policy->IntentPredicate("ASSAULT") == "threatens");
  CHECK(policy->IntentPredicate("AID") == "promises");
  CHECK(policy->IntentPredicate("DISAPPROVE").empty());
  CHECK(policy->RefusalPredicate("AGREE") == "rejects");
  CHECK(policy->RefusalPredicate("ASSAULT").empty());

  auto bad_list = ClausePolicy::Parse(R"({"negators": "not"})", "policy.json");
  REQUIRE_FALSE(bad_list.ok());
  CHECK(bad_list.status().message() == "policy.json: \"negators\" must be an array of strings");
  auto bad_codes = ClausePolicy::Parse(R"({"intent_codes": {"AID": 3}})", "policy.json");
  REQUIRE_FALSE(bad_codes.ok());
  CHECK(bad_codes.status().message().find("\"intent_codes\".\"AID\"") != std::string::npos);
}
