// ClausePolicy: the coding policy event frames apply to a clause, as data
// (lexicon files of kind "clause_policy", ingest/lexicons/clause_policy.json):
// which words negate, make an event hypothetical, questioned, intended or
// cancelled, which verbs report, which prepositions introduce a patient,
// and what an intended event is coded as. Users change the policy by
// editing or adding a file, not the code.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "ingest/lexicon/lexicons.h"
#include "schema/status.h"

namespace kg::ingest::events {

class ClausePolicy {
 public:
  static Result<ClausePolicy> Load(const Lexicons& lexicons);
  // One file's JSON text (for tests); `origin` names it in errors.
  static Result<ClausePolicy> Parse(std::string_view json, const std::string& origin);

  bool IsNegator(std::string_view lemma) const { return negators_.count(std::string(lemma)) > 0; }
  bool IsModal(std::string_view lemma) const { return modals_.count(std::string(lemma)) > 0; }
  bool IsFuture(std::string_view lemma) const { return futures_.count(std::string(lemma)) > 0; }
  bool IsConditionalMarker(std::string_view lemma) const { return conditionals_.count(std::string(lemma)) > 0; }
  bool IsQuestionMarker(std::string_view lemma) const { return questions_.count(std::string(lemma)) > 0; }
  bool IsReportVerb(std::string_view lemma) const { return reports_.count(std::string(lemma)) > 0; }
  bool IsDenialVerb(std::string_view lemma) const { return denials_.count(std::string(lemma)) > 0; }
  // "accused Iraq of attacking", "blamed X for": what it governs is alleged.
  bool IsAllegationVerb(std::string_view lemma) const { return allegations_.count(std::string(lemma)) > 0; }
  bool IsIntentVerb(std::string_view lemma) const { return intents_.count(std::string(lemma)) > 0; }
  // "began to", "continued to": the event happens; not an intent.
  bool IsPhaseVerb(std::string_view lemma) const { return phases_.count(std::string(lemma)) > 0; }
  bool IsIntentAdjective(std::string_view lemma) const { return intent_adjectives_.count(std::string(lemma)) > 0; }
  // A verb, or verb and particle ("call off"), that cancels what it governs.
  bool IsCancelVerb(std::string_view lemma) const { return cancels_.count(std::string(lemma)) > 0; }
  // "agree", "accept": with a that-clause saying what is so ("agreed that
  // vaccines work") the verb states an opinion, no event; with one saying
  // what will be done (an undertaking auxiliary: "agreed that troops would
  // leave") it is the agreement.
  bool IsOpinionVerb(std::string_view lemma) const { return opinion_verbs_.count(std::string(lemma)) > 0; }
  bool IsUndertakingAuxiliary(std::string_view lemma) const { return undertakings_.count(std::string(lemma)) > 0; }
  // "a plan to attack", "the threat of sanctions": the event is not asserted.
  bool IsHypotheticalNoun(std::string_view lemma) const { return hypothetical_nouns_.count(std::string(lemma)) > 0; }
  bool IsPatientPreposition(std::string_view lemma) const { return patient_preps_.count(std::string(lemma)) > 0; }
  bool IsNounPatientPreposition(std::string_view lemma) const {
    return noun_patient_preps_.count(std::string(lemma)) > 0;
  }
  bool IsAgentPreposition(std::string_view lemma) const { return agent_preps_.count(std::string(lemma)) > 0; }
  // Categories whose event, done to no actor, is done to whom its purpose
  // names: "began a hunger strike to protest against Sweden's decision"
  // protests Sweden, "blocked a road in protest at the U.S. policy".
  bool IsPurposeTargetCategory(std::string_view category) const {
    return purpose_categories_.count(std::string(category)) > 0;
  }
  // "in protest at", "in defiance of": a phrase that names a purpose.
  bool IsPurposeNoun(std::string_view lemma) const { return purpose_nouns_.count(std::string(lemma)) > 0; }
  // "in", "into": the place where an event is done.
  bool IsLocationPreposition(std::string_view lemma) const { return location_preps_.count(std::string(lemma)) > 0; }
  // Categories whose event, done to no actor, is done to the place it is
  // done in, as event coders code it ("imposed a curfew in Algiers" coerces
  // Algeria, "demonstrated in Belgrade" protests Serbia); not criticism,
  // support or meetings, whose place is only where they were said or held.
  bool IsLocationTargetCategory(std::string_view category) const {
    return location_categories_.count(std::string(category)) > 0;
  }
  // "members of the European Union", "the government of Iran": a noun that
  // acts for the actor of its of-phrase.
  bool IsGroupNoun(std::string_view lemma) const { return group_nouns_.count(std::string(lemma)) > 0; }
  // "deployment", "removal": a noun made from a verb, by its ending.
  bool IsDeverbal(std::string_view lemma) const;
  // "on Friday", "last week": never a participant.
  bool IsTimeNoun(std::string_view lemma) const { return time_nouns_.count(std::string(lemma)) > 0; }
  // "must", "should": "X said Y must leave" is X demanding of Y.
  bool IsObligation(std::string_view lemma) const { return obligations_.count(std::string(lemma)) > 0; }
  // The predicate "X said Y must" is coded as ("demands").
  const std::string& obligation_predicate() const { return obligation_predicate_; }
  // "identify", "name": "the man, later identified as X" is X.
  bool IsNamingVerb(std::string_view lemma) const { return naming_verbs_.count(std::string(lemma)) > 0; }
  // "MIL": a sector whose attacks are conventional force.
  bool IsArmedForceSector(std::string_view sector) const { return armed_force_sectors_.count(std::string(sector)) > 0; }
  // The predicate an event of `category` done by armed forces is coded as
  // ("fights" for an ASSAULT), or empty: the category stands.
  std::string_view ArmedForcePredicate(std::string_view category) const;
  // The predicate an intended event of `category` is coded as ("promises",
  // "threatens"), or empty: the intent is no event of its own.
  std::string_view IntentPredicate(std::string_view category) const;
  // The predicate a refused event of `category` is coded as ("rejects"
  // for a refused agreement), or empty: the refusal is no event of its own.
  std::string_view RefusalPredicate(std::string_view category) const;

 private:
  Status AddFile(const rapidjson::Value& json, const std::string& origin);

  std::unordered_set<std::string> negators_, modals_, futures_, conditionals_, questions_, reports_, denials_, allegations_,
      intents_, phases_, intent_adjectives_, cancels_, hypothetical_nouns_, patient_preps_, noun_patient_preps_,
      agent_preps_, group_nouns_, time_nouns_, obligations_, location_preps_, location_categories_,
      purpose_categories_, purpose_nouns_, opinion_verbs_, undertakings_, armed_force_sectors_,
      naming_verbs_;
  std::unordered_map<std::string, std::string> intent_codes_, refusal_codes_, armed_force_codes_;
  std::vector<std::string> deverbal_endings_;
  std::string obligation_predicate_;
};

}  // namespace kg::ingest::events
