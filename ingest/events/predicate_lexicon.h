// PredicateLexicon: the verbs, event nouns and light-verb phrases that name
// an event, by lemma, each mapped to a canonical predicate with its PLOVER
// category and CAMEO root. Loaded from the lexicon files of kind
// "predicates" (ingest/lexicons/predicates.json); users extend it by adding
// a file. Lemmas come from the lemmatizer, so no inflected form is listed.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include <rapidjson/document.h>

#include "ingest/lexicon/lexicons.h"
#include "schema/status.h"

namespace kg::ingest::events {

struct Predicate {
  std::string name;      // criticizes
  std::string category;  // DISAPPROVE
  std::string cameo;     // "11"
  // Coordinated actors doing it together do it to each other ("A and B
  // met"), and "A met B" also means "B met A".
  bool symmetric = false;
  // Done with someone, never to a thing alone: "discussed the crisis" is no
  // consultation, "discussed the crisis with Argentina" is.
  bool needs_actor_patient = false;
};

// A verb lemma and the words that must come with it ("call" + {"for"}).
struct VerbSense {
  std::vector<std::string> particles;
  int predicate = -1;
  // The sense holds only without a direct object (a predicate's
  // "intransitive_verbs"): students who "demonstrated" protested, engineers
  // who "demonstrated the radar" showed it.
  bool without_object = false;
};

// A verb or noun as the lexicon files list it, its words joined by one
// space ("call for", "hunger strike"), with its predicate.
struct LexiconWord {
  std::string text;
  int predicate = -1;
  bool without_object = false;  // listed under "intransitive_verbs"
};

class PredicateLexicon {
 public:
  static Result<PredicateLexicon> Load(const Lexicons& lexicons);
  // One predicates file's JSON text (for tests); `origin` names it in errors.
  static Result<PredicateLexicon> Parse(std::string_view json, const std::string& origin);

  const Predicate& predicate(int index) const { return predicates_[index]; }
  int predicate_count() const { return static_cast<int>(predicates_.size()); }
  int FindPredicate(std::string_view name) const;

  // The senses of a verb lemma, longest particle list first; nullptr if none.
  const std::vector<VerbSense>* VerbSenses(std::string_view lemma) const;
  // The predicate of an event noun by its lemma, words separated by one
  // space ("hunger strike", "state of emergency"), or -1.
  int NounPredicate(std::string_view lemma) const;
  // The predicate a light verb and a noun make together ("sign treaty"), or -1.
  int Phrase(std::string_view verb_lemma, std::string_view noun_lemma) const;
  // The predicate a verb ("attack", "shoot down": lemma and particles) means
  // when what it is done to is an abstract noun (IsAbstractNoun): to
  // "attack the plan" is to criticize it, to "kill the bill" to reject it
  // ("abstract_object_senses"); -1 when its sense does not change.
  int AbstractObjectPredicate(std::string_view verb) const;

  // Every verb and noun entry in file order (the vocabulary generator's seeds).
  const std::vector<LexiconWord>& verb_list() const { return verb_list_; }
  const std::vector<LexiconWord>& noun_list() const { return noun_list_; }

  bool IsLightVerb(std::string_view lemma) const { return light_verbs_.count(std::string(lemma)) > 0; }
  // An event noun that names its event only as a light verb's object
  // ("expressed concern", "voiced reservations"); alone its other senses
  // win ("a business concern", "Native American reservations").
  bool IsLightVerbOnlyNoun(std::string_view lemma) const {
    return light_verb_only_nouns_.count(std::string(lemma)) > 0;
  }
  // Nouns that are the object themselves even when an actor modifies them:
  // "a U.N. Security Council resolution" is a resolution, not the Council.
  bool IsObjectNoun(std::string_view lemma) const { return object_nouns_.count(std::string(lemma)) > 0; }
  bool IsLeaderRole(std::string_view role_lower) const { return leader_roles_.count(std::string(role_lower)) > 0; }
  // A noun naming a proposition, decision or statement ("abstract_nouns",
  // generated from WordNet), unless it is a gathering of people that can be
  // hit ("gathering_nouns": a "demonstration" is attacked physically).
  bool IsAbstractNoun(std::string_view lemma) const {
    const std::string key(lemma);
    return abstract_nouns_.count(key) > 0 && gathering_nouns_.count(key) == 0;
  }
  // A verb ("release", "execute") that names its event only when done to a
  // person or a group of people ("animate_object_verbs"): "released the
  // hostages", not "released the report" or "released several albums".
  bool NeedsAnimateObject(std::string_view verb) const { return animate_object_verbs_.count(std::string(verb)) > 0; }
  // A verb ("deliver", "send") that names its event only when what it acts
  // on is no abstract noun ("concrete_object_verbs"): "delivered food to
  // Somalia" is aid, "delivered a speech on the South Lawn" none.
  bool NeedsConcreteObject(std::string_view verb) const { return concrete_object_verbs_.count(std::string(verb)) > 0; }
  // A noun naming a person or a group ("animate_nouns", generated from
  // WordNet: "prisoner", "journalist", "militia"). Without WordNet at build
  // time the list is empty and HasAnimateNouns() false: then every object
  // counts as animate, and the verbs keep their event.
  bool IsAnimateNoun(std::string_view lemma) const { return animate_nouns_.count(std::string(lemma)) > 0; }
  bool HasAnimateNouns() const { return !animate_nouns_.empty(); }

 private:
  Status AddFile(const rapidjson::Value& json, const std::string& origin);
  Status AddPredicates(const rapidjson::Value& list, const std::string& origin);
  Status AddPhrases(const rapidjson::Value& list, const std::string& origin);
  Status AddAbstractObjectSenses(const rapidjson::Value& list, const std::string& origin);
  void SortSenses();

  std::vector<Predicate> predicates_;
  std::unordered_map<std::string, int> predicate_index_;
  std::unordered_map<std::string, std::vector<VerbSense>> verb_senses_;
  std::unordered_map<std::string, int> nouns_;
  std::vector<LexiconWord> verb_list_, noun_list_;
  std::unordered_map<std::string, int> phrases_;  // "sign treaty"
  std::unordered_map<std::string, int> abstract_object_senses_;  // "attack" -> criticizes
  std::unordered_set<std::string> light_verbs_, light_verb_only_nouns_, object_nouns_, leader_roles_, abstract_nouns_, gathering_nouns_,
      animate_nouns_, animate_object_verbs_, concrete_object_verbs_;
};

}  // namespace kg::ingest::events
