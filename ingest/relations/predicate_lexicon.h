// PredicateLexicon: the verbs, nouns and light-verb phrases that name an
// event, each mapped to a canonical predicate with its PLOVER category and
// CAMEO root. Loaded from the lexicon files of kind "predicates" (and the
// irregular forms of kind "verb_forms"); users extend it by adding a file.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "ingest/lexicon/lexicons.h"
#include "ingest/relations/morphology.h"
#include "schema/status.h"

namespace kg::ingest::relations {

struct Predicate {
  std::string name;      // criticizes
  std::string category;  // DISAPPROVE
  std::string cameo;     // "11"
  // Compound actors doing it together do it to each other ("A and B met"),
  // and "A met B" also means "B met A".
  bool symmetric = false;
};

struct VerbAnalysis {
  std::string lemma;
  VerbForm form = VerbForm::kBase;
};

// A verb lemma and the words that must follow it ("call" + {"for"}).
struct VerbSense {
  std::vector<std::string> particles;
  int predicate = -1;
};

// A noun, possibly of several words ("hunger strike"), in one of its forms.
struct NounSense {
  std::vector<std::string> words;  // lower case, the form as written
  std::string lemma;               // its singular, for phrase lookups
  int predicate = -1;
};

class PredicateLexicon {
 public:
  static Result<PredicateLexicon> Load(const Lexicons& lexicons);
  // One predicates file's JSON text (for tests); `origin` names it in errors.
  static Result<PredicateLexicon> Parse(std::string_view json, const std::string& origin);

  const Predicate& predicate(int index) const { return predicates_[index]; }
  int predicate_count() const { return static_cast<int>(predicates_.size()); }
  int FindPredicate(std::string_view name) const;

  // The verb a lower-case word form belongs to, if the lexicon knows it.
  const VerbAnalysis* AnalyzeVerb(std::string_view lower) const;
  // The senses of a verb lemma, longest particle list first.
  const std::vector<VerbSense>* VerbSenses(std::string_view lemma) const;
  // Nouns whose first word is `lower`, longest first.
  const std::vector<NounSense>* NounsStartingWith(std::string_view lower) const;
  // The predicate a light verb and a noun lemma make together, or -1.
  int Phrase(std::string_view verb_lemma, std::string_view noun_lemma) const;

  bool IsLightVerb(std::string_view lemma) const { return light_verbs_.count(std::string(lemma)); }
  bool IsFutureMarker(std::string_view lower) const { return future_markers_.count(std::string(lower)); }
  bool IsIntentMarker(std::string_view lower) const { return intent_markers_.count(std::string(lower)); }
  // "must", "should": "X said Y must leave" is X demanding of Y.
  bool IsObligationMarker(std::string_view lower) const { return obligation_markers_.count(std::string(lower)); }
  // Nouns that are the object themselves even when an actor modifies them:
  // "a U.N. Security Council resolution" is a resolution, not the Council.
  bool IsObjectNoun(std::string_view lower) const;
  bool IsLeaderRole(std::string_view role_lower) const { return leader_roles_.count(std::string(role_lower)); }

 private:
  Status AddFile(const rapidjson::Value& json, const std::string& origin);
  Status AddVerbForms(const rapidjson::Value& json, const std::string& origin);
  void AddVerbLemma(const std::string& lemma);
  void SortSenses();

  std::vector<Predicate> predicates_;
  std::unordered_map<std::string, int> predicate_index_;
  std::unordered_map<std::string, VerbAnalysis> verb_forms_;
  std::unordered_map<std::string, std::vector<VerbSense>> verb_senses_;
  std::unordered_map<std::string, std::vector<NounSense>> nouns_by_first_word_;
  std::unordered_map<std::string, int> phrases_;  // "sign treaty"
  std::unordered_set<std::string> light_verbs_, future_markers_, intent_markers_, obligation_markers_, object_nouns_,
      leader_roles_;
};

}  // namespace kg::ingest::relations
