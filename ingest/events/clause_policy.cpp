#include "ingest/events/clause_policy.h"

#include <vector>

#include "ingest/lexicon/json_lists.h"

namespace kg::ingest::events {
namespace {

// A table of category -> predicate name ("AGREE": "promises").
Status ReadCodeTable(const rapidjson::Value& json, const char* key, const std::string& origin,
                     std::unordered_map<std::string, std::string>* out) {
  auto codes = json.FindMember(key);
  if (codes == json.MemberEnd()) return Status::Ok();
  if (!codes->value.IsObject()) {
    return Status::InvalidInput(origin + ": \"" + key + "\" must map categories to predicate names");
  }
  for (const auto& m : codes->value.GetObject()) {
    if (!m.value.IsString()) {
      return Status::InvalidInput(origin + ": \"" + key + "\".\"" + m.name.GetString() + "\" must be a predicate name");
    }
    (*out)[m.name.GetString()] = m.value.GetString();
  }
  return Status::Ok();
}

// The predicate `table` codes `category` as, or empty.
std::string_view CodeFor(const std::unordered_map<std::string, std::string>& table, std::string_view category) {
  auto it = table.find(std::string(category));
  return it == table.end() ? std::string_view() : std::string_view(it->second);
}

}  // namespace

Result<ClausePolicy> ClausePolicy::Load(const Lexicons& lexicons) {
  ClausePolicy policy;
  const auto files = lexicons.OfKind("clause_policy");
  if (files.empty()) return Status::NotFound(lexicons.dir() + ": no lexicon file of kind \"clause_policy\"");
  for (const LexiconFile* file : files) KG_RETURN_IF_ERROR(policy.AddFile(file->json, file->path));
  return policy;
}

Result<ClausePolicy> ClausePolicy::Parse(std::string_view json, const std::string& origin) {
  return ParseLexiconText<ClausePolicy>(
      json, origin, [&](ClausePolicy& p, const rapidjson::Value& doc) { return p.AddFile(doc, origin); },
      [](ClausePolicy&) {});
}

Status ClausePolicy::AddFile(const rapidjson::Value& json, const std::string& origin) {
  const std::pair<const char*, std::unordered_set<std::string>*> lists[] = {
      {"negators", &negators_},
      {"modal_auxiliaries", &modals_},
      {"future_auxiliaries", &futures_},
      {"conditional_markers", &conditionals_},
      {"question_markers", &questions_},
      {"report_verbs", &reports_},
      {"denial_verbs", &denials_},
      {"allegation_verbs", &allegations_},
      {"intent_verbs", &intents_},
      {"phase_verbs", &phases_},
      {"intent_adjectives", &intent_adjectives_},
      {"cancel_verbs", &cancels_},
      {"opinion_verbs", &opinion_verbs_},
      {"armed_force_sectors", &armed_force_sectors_},
      {"naming_verbs", &naming_verbs_},
      {"undertaking_auxiliaries", &undertakings_},
      {"hypothetical_nouns", &hypothetical_nouns_},
      {"patient_prepositions", &patient_preps_},
      {"noun_patient_prepositions", &noun_patient_preps_},
      {"agent_prepositions", &agent_preps_},
      {"location_prepositions", &location_preps_},
      {"purpose_target_categories", &purpose_categories_},
      {"purpose_nouns", &purpose_nouns_},
      {"location_target_categories", &location_categories_},
      {"group_nouns", &group_nouns_},
      {"time_nouns", &time_nouns_},
      {"obligation_auxiliaries", &obligations_},
  };
  for (const auto& [key, set] : lists) {
    std::vector<std::string> words;
    KG_RETURN_IF_ERROR(ReadStringList(json, key, origin, &words));
    set->insert(words.begin(), words.end());
  }
  KG_RETURN_IF_ERROR(ReadStringList(json, "deverbal_endings", origin, &deverbal_endings_));
  KG_RETURN_IF_ERROR(ReadCodeTable(json, "intent_codes", origin, &intent_codes_));
  KG_RETURN_IF_ERROR(ReadCodeTable(json, "refusal_codes", origin, &refusal_codes_));
  KG_RETURN_IF_ERROR(ReadCodeTable(json, "armed_force_codes", origin, &armed_force_codes_));
  if (auto it = json.FindMember("obligation_predicate"); it != json.MemberEnd()) {
    if (!it->value.IsString()) return Status::InvalidInput(origin + ": \"obligation_predicate\" must be a predicate name");
    obligation_predicate_ = it->value.GetString();
  }
  return Status::Ok();
}

bool ClausePolicy::IsDeverbal(std::string_view lemma) const {
  for (const std::string& ending : deverbal_endings_) {
    if (lemma.size() > ending.size() + 2 && lemma.substr(lemma.size() - ending.size()) == ending) return true;
  }
  return false;
}

std::string_view ClausePolicy::ArmedForcePredicate(std::string_view category) const {
  return CodeFor(armed_force_codes_, category);
}

std::string_view ClausePolicy::IntentPredicate(std::string_view category) const {
  return CodeFor(intent_codes_, category);
}

std::string_view ClausePolicy::RefusalPredicate(std::string_view category) const {
  return CodeFor(refusal_codes_, category);
}

}  // namespace kg::ingest::events
