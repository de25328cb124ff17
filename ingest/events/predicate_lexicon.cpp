#include "ingest/events/predicate_lexicon.h"

#include <algorithm>
#include <sstream>

#include "ingest/lexicon/json_lists.h"

namespace kg::ingest::events {
namespace {

std::vector<std::string> SplitWords(std::string_view text) {
  std::vector<std::string> words;
  std::istringstream in{std::string(text)};
  for (std::string w; in >> w;) words.push_back(w);
  return words;
}

std::string JoinWords(const std::vector<std::string>& words) {
  std::string out;
  for (const auto& w : words) out += (out.empty() ? "" : " ") + w;
  return out;
}

std::string StringMember(const rapidjson::Value& object, const char* key) {
  auto it = object.FindMember(key);
  return it != object.MemberEnd() && it->value.IsString() ? it->value.GetString() : "";
}

}  // namespace

Result<PredicateLexicon> PredicateLexicon::Load(const Lexicons& lexicons) {
  PredicateLexicon lexicon;
  for (const LexiconFile* file : lexicons.OfKind("predicates")) {
    KG_RETURN_IF_ERROR(lexicon.AddFile(file->json, file->path));
  }
  if (lexicon.predicates_.empty()) {
    return Status::NotFound(lexicons.dir() + ": no lexicon file of kind \"predicates\"");
  }
  lexicon.SortSenses();
  return lexicon;
}

Result<PredicateLexicon> PredicateLexicon::Parse(std::string_view json, const std::string& origin) {
  return ParseLexiconText<PredicateLexicon>(
      json, origin, [&](PredicateLexicon& l, const rapidjson::Value& doc) { return l.AddFile(doc, origin); },
      [](PredicateLexicon& l) { l.SortSenses(); });
}

Status PredicateLexicon::AddFile(const rapidjson::Value& json, const std::string& origin) {
  auto list = json.FindMember("predicates");
  if (list == json.MemberEnd() || !list->value.IsArray()) {
    return Status::InvalidInput(origin + ": \"predicates\" must be an array");
  }
  KG_RETURN_IF_ERROR(AddPredicates(list->value, origin));
  auto phrases = json.FindMember("phrases");
  if (phrases != json.MemberEnd()) {
    if (!phrases->value.IsArray()) return Status::InvalidInput(origin + ": \"phrases\" must be an array");
    KG_RETURN_IF_ERROR(AddPhrases(phrases->value, origin));
  }
  auto senses = json.FindMember("abstract_object_senses");
  if (senses != json.MemberEnd()) {
    if (!senses->value.IsArray()) return Status::InvalidInput(origin + ": \"abstract_object_senses\" must be an array");
    KG_RETURN_IF_ERROR(AddAbstractObjectSenses(senses->value, origin));
  }
  std::vector<std::string> light, light_only, objects, leaders, abstract, gathering, animate, animate_verbs, concrete_verbs;
  KG_RETURN_IF_ERROR(ReadStringList(json, "light_verbs", origin, &light));
  KG_RETURN_IF_ERROR(ReadStringList(json, "light_verb_only_nouns", origin, &light_only));
  KG_RETURN_IF_ERROR(ReadStringList(json, "object_nouns", origin, &objects));
  KG_RETURN_IF_ERROR(ReadStringList(json, "leader_roles", origin, &leaders));
  KG_RETURN_IF_ERROR(ReadStringList(json, "abstract_nouns", origin, &abstract));
  KG_RETURN_IF_ERROR(ReadStringList(json, "gathering_nouns", origin, &gathering));
  KG_RETURN_IF_ERROR(ReadStringList(json, "animate_nouns", origin, &animate));
  KG_RETURN_IF_ERROR(ReadStringList(json, "animate_object_verbs", origin, &animate_verbs));
  KG_RETURN_IF_ERROR(ReadStringList(json, "concrete_object_verbs", origin, &concrete_verbs));
  for (const auto& verb : light) light_verbs_.insert(JoinWords(SplitWords(verb)));
  light_verb_only_nouns_.insert(light_only.begin(), light_only.end());
  object_nouns_.insert(objects.begin(), objects.end());
  leader_roles_.insert(leaders.begin(), leaders.end());
  abstract_nouns_.insert(abstract.begin(), abstract.end());
  gathering_nouns_.insert(gathering.begin(), gathering.end());
  animate_nouns_.insert(animate.begin(), animate.end());
  for (const auto& verb : animate_verbs) animate_object_verbs_.insert(JoinWords(SplitWords(verb)));
  for (const auto& verb : concrete_verbs) concrete_object_verbs_.insert(JoinWords(SplitWords(verb)));
  return Status::Ok();
}

Status PredicateLexicon::AddPredicates(const rapidjson::Value& list, const std::string& origin) {
  size_t index = 0;
  for (const auto& entry : list.GetArray()) {
    std::string where = origin + ": predicates[" + std::to_string(index++) + "]";
    if (!entry.IsObject()) return Status::InvalidInput(where + ": must be an object");
    Predicate p{StringMember(entry, "name"), StringMember(entry, "category"), StringMember(entry, "cameo")};
    if (p.name.empty()) return Status::InvalidInput(where + ": \"name\" is missing");
    where += " (\"" + p.name + "\")";
    for (auto [key, flag] : {std::pair{"symmetric", &p.symmetric}, std::pair{"needs_actor_patient", &p.needs_actor_patient}}) {
      auto member = entry.FindMember(key);
      if (member == entry.MemberEnd()) continue;
      if (!member->value.IsBool()) return Status::InvalidInput(where + ": \"" + key + "\" must be true or false");
      *flag = member->value.GetBool();
    }
    int id;
    auto existing = predicate_index_.find(p.name);
    if (existing == predicate_index_.end()) {
      id = static_cast<int>(predicates_.size());
      predicate_index_[p.name] = id;
      predicates_.push_back(p);
    } else {  // a later file extends the predicate
      id = existing->second;
      if (!p.category.empty()) predicates_[id] = p;
    }
    std::vector<std::string> verbs, intransitive, nouns;
    KG_RETURN_IF_ERROR(ReadStringList(entry, "verbs", where, &verbs));
    KG_RETURN_IF_ERROR(ReadStringList(entry, "intransitive_verbs", where, &intransitive));
    KG_RETURN_IF_ERROR(ReadStringList(entry, "nouns", where, &nouns));
    for (const auto& list : {&verbs, &intransitive}) {
      const bool without_object = list == &intransitive;
      for (const auto& verb : *list) {
        auto words = SplitWords(verb);
        if (words.empty()) return Status::InvalidInput(where + ": an empty verb");
        verb_senses_[words[0]].push_back({{words.begin() + 1, words.end()}, id, without_object});
        verb_list_.push_back({JoinWords(words), id, without_object});
      }
    }
    for (const auto& noun : nouns) {
      auto words = SplitWords(noun);
      if (words.empty()) return Status::InvalidInput(where + ": an empty noun");
      nouns_.try_emplace(JoinWords(words), id);
      noun_list_.push_back({JoinWords(words), id});
    }
  }
  return Status::Ok();
}

Status PredicateLexicon::AddPhrases(const rapidjson::Value& list, const std::string& origin) {
  size_t index = 0;
  for (const auto& entry : list.GetArray()) {
    std::string where = origin + ": phrases[" + std::to_string(index++) + "]";
    if (!entry.IsObject()) return Status::InvalidInput(where + ": must be an object");
    std::string verb = StringMember(entry, "verb"), noun = StringMember(entry, "noun"),
                name = StringMember(entry, "predicate");
    int id = FindPredicate(name);
    if (verb.empty() || noun.empty() || id < 0) {
      return Status::InvalidInput(where + ": needs \"verb\", \"noun\" and a known \"predicate\"");
    }
    phrases_[verb + " " + noun] = id;
  }
  return Status::Ok();
}

Status PredicateLexicon::AddAbstractObjectSenses(const rapidjson::Value& list, const std::string& origin) {
  size_t index = 0;
  for (const auto& entry : list.GetArray()) {
    std::string where = origin + ": abstract_object_senses[" + std::to_string(index++) + "]";
    if (!entry.IsObject()) return Status::InvalidInput(where + ": must be an object");
    const std::string verb = JoinWords(SplitWords(StringMember(entry, "verb")));
    const int id = FindPredicate(StringMember(entry, "predicate"));
    if (verb.empty() || id < 0) return Status::InvalidInput(where + ": needs \"verb\" and a known \"predicate\"");
    abstract_object_senses_[verb] = id;
  }
  return Status::Ok();
}

int PredicateLexicon::AbstractObjectPredicate(std::string_view verb) const {
  auto it = abstract_object_senses_.find(std::string(verb));
  return it == abstract_object_senses_.end() ? -1 : it->second;
}

void PredicateLexicon::SortSenses() {
  for (auto& [lemma, senses] : verb_senses_) {
    std::stable_sort(senses.begin(), senses.end(), [](const VerbSense& a, const VerbSense& b) {
      return a.particles.size() > b.particles.size();
    });
  }
}

int PredicateLexicon::FindPredicate(std::string_view name) const {
  auto it = predicate_index_.find(std::string(name));
  return it == predicate_index_.end() ? -1 : it->second;
}

const std::vector<VerbSense>* PredicateLexicon::VerbSenses(std::string_view lemma) const {
  auto it = verb_senses_.find(std::string(lemma));
  return it == verb_senses_.end() ? nullptr : &it->second;
}

int PredicateLexicon::NounPredicate(std::string_view lemma) const {
  auto it = nouns_.find(std::string(lemma));
  return it == nouns_.end() ? -1 : it->second;
}

int PredicateLexicon::Phrase(std::string_view verb_lemma, std::string_view noun_lemma) const {
  std::string key(verb_lemma);
  key += ' ';
  key += noun_lemma;
  auto it = phrases_.find(key);
  return it == phrases_.end() ? -1 : it->second;
}

}  // namespace kg::ingest::events
