#include "ingest/actors/coreference.h"

namespace kg::ingest {

namespace {
// How many sentences back a pronoun may reach: beyond the previous sentence
// a recency guess is more often wrong than right.
constexpr int kPronounReach = 1;
}  // namespace

void Coreference::Remember(const ActorMention& mention, PronounTarget agreement, int sentence, bool subject) {
  history_.push_back({mention, agreement, sentence, subject});
}

void Coreference::RememberPerson(const std::string& full_name, const std::vector<std::string>& short_names,
                                 const ActorMention& mention) {
  persons_[full_name] = mention;
  // A short name shared by two people of the document stays with the first.
  for (const std::string& name : short_names) persons_.emplace(name, mention);
}

void Coreference::RememberShortForm(const std::string& short_form, const ActorMention& mention) {
  short_forms_[short_form] = mention;
}

const ActorMention* Coreference::FindShortForm(const std::string& short_form) const {
  auto it = short_forms_.find(short_form);
  return it == short_forms_.end() ? nullptr : &it->second;
}

const ActorMention* Coreference::FindPerson(const std::string& name) const {
  auto it = persons_.find(name);
  return it == persons_.end() ? nullptr : &it->second;
}

const ActorMention* Coreference::FindHolder(const std::string& role, int actor) const {
  const ActorMention* holder = nullptr;
  for (const auto& [name, mention] : persons_) {
    if (mention.role != role || (actor >= 0 && mention.actor != actor)) continue;
    if (holder != nullptr && holder->entity != mention.entity) return nullptr;
    holder = &mention;
  }
  return holder;
}

const ActorMention* Coreference::Resolve(PronounTarget agreement, int sentence,
                                         int first_token) const {
  const ActorMention* latest = nullptr;
  for (auto it = history_.rbegin(); it != history_.rend(); ++it) {
    if (it->sentence < sentence - kPronounReach) break;
    if (it->sentence == sentence && it->mention.first_token >= first_token) continue;
    if (it->agreement != agreement) continue;
    if (it->subject) return &it->mention;
    if (latest == nullptr) latest = &it->mention;
  }
  return latest;
}

}  // namespace kg::ingest
