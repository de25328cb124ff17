#include "ingest/actors/apposition_coding.h"

#include <unordered_map>

namespace kg::ingest {
namespace {

// The mention of a sentence that covers token `t`, or nullptr.
const ActorMention* MentionAt(const std::vector<ActorMention>& mentions, int t) {
  for (const ActorMention& m : mentions) {
    if (m.first_token <= t && t < m.end_token) return &m;
  }
  return nullptr;
}

// "Maria Lopez, a Venezuelan lawyer": the country of a nationality adjective
// modifying the apposition's head token `t`, as an entity index, or -1.
int NationalityOf(const std::vector<Token>& tokens, const std::vector<ActorMention>& mentions,
                  const std::vector<ExtractedEntity>& entities, int t) {
  for (int c = 0; c < static_cast<int>(tokens.size()); ++c) {
    if (tokens[c].head != t || (tokens[c].deprel != "amod" && tokens[c].deprel != "compound")) continue;
    const ActorMention* m = MentionAt(mentions, c);
    if (m != nullptr && m->kind == MentionKind::kAdjective && m->actor >= 0 && entities[m->actor].type == "country") {
      return m->actor;
    }
  }
  return -1;
}

}  // namespace

void CodeByApposition(const std::vector<Sentence>& sentences, std::vector<std::vector<ActorMention>>& mentions,
                      std::vector<ExtractedEntity>& entities) {
  std::unordered_map<int, const ActorMention*> role_of;  // person entity -> the role mention placing it
  std::unordered_map<int, int> nationality_of;            // person entity -> country entity, with no role
  for (size_t s = 0; s < sentences.size() && s < mentions.size(); ++s) {
    const std::vector<Token>& tokens = sentences[s].tokens;
    for (const ActorMention& person : mentions[s]) {
      // Unplaced, or placed only as the document's country acting as itself:
      // the apposition is better evidence.
      const bool placed = person.actor >= 0 && person.actor != person.entity;
      if (person.entity < 0 || placed || entities[person.entity].type != "person") continue;
      if (role_of.count(person.entity)) continue;
      for (int t = 0; t < static_cast<int>(tokens.size()); ++t) {
        const int head = tokens[t].head;
        if (tokens[t].deprel != "appos" || head < person.first_token || head >= person.end_token) continue;
        const ActorMention* role = MentionAt(mentions[s], t);
        if (role != nullptr && role != &person && role->actor >= 0 && !role->role.empty()) {
          role_of[person.entity] = role;
          break;
        }
        const int country = role == nullptr ? NationalityOf(tokens, mentions[s], entities, t) : -1;
        if (country >= 0) nationality_of.emplace(person.entity, country);
      }
    }
  }
  for (const auto& [entity, role] : role_of) nationality_of.erase(entity);
  if (role_of.empty() && nationality_of.empty()) return;
  for (auto& sentence_mentions : mentions) {
    for (ActorMention& m : sentence_mentions) {
      const bool refers_back = m.kind == MentionKind::kPronoun || m.kind == MentionKind::kShortName;
      if (nationality_of.count(m.entity) && (m.actor < 0 || m.actor == m.entity)) {
        m.actor = m.entity;  // a national, acting as themselves
        m.coded_by = refers_back ? MentionCoding::kAntecedent : MentionCoding::kApposition;
        continue;
      }
      auto it = role_of.find(m.entity);
      if (it == role_of.end() || (m.actor >= 0 && m.actor != m.entity)) continue;
      const ActorMention& role = *it->second;
      m.actor = role.actor;
      m.role = role.role;
      m.role_predicate = role.role_predicate;
      m.sector = role.sector;
      m.coded_by = refers_back ? MentionCoding::kAntecedent : MentionCoding::kApposition;
    }
  }
  for (const auto& [entity, country] : nationality_of) entities[entity].code = entities[country].code;
  for (const auto& [entity, role] : role_of) {
    ExtractedEntity& e = entities[entity];
    e.code = entities[role->actor].code;
    if (!e.sector) e.sector = role->sector;
  }
}

}  // namespace kg::ingest
