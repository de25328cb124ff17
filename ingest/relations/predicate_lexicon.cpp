#include "ingest/relations/predicate_lexicon.h"

#include <algorithm>
#include <sstream>

#include <rapidjson/error/en.h>

namespace kg::ingest::relations {
namespace {

std::vector<std::string> SplitWords(std::string_view text) {
  std::vector<std::string> words;
  std::istringstream in{std::string(text)};
  for (std::string w; in >> w;) words.push_back(w);
  return words;
}

// Strings of the array `key` of `object`, or an error naming the place.
Status ReadStrings(const rapidjson::Value& object, const char* key, const std::string& where,
                   std::vector<std::string>* out) {
  auto it = object.FindMember(key);
  if (it == object.MemberEnd()) return Status::Ok();
  if (!it->value.IsArray()) return Status::InvalidInput(where + ": \"" + key + "\" must be an array");
  for (const auto& item : it->value.GetArray()) {
    if (!item.IsString()) {
      return Status::InvalidInput(where + ": \"" + key + "\" must hold strings");
    }
    out->push_back(item.GetString());
  }
  return Status::Ok();
}

Status ReadStringSet(const rapidjson::Value& object, const char* key, const std::string& where,
                     std::unordered_set<std::string>* out) {
  std::vector<std::string> items;
  KG_RETURN_IF_ERROR(ReadStrings(object, key, where, &items));
  out->insert(items.begin(), items.end());
  return Status::Ok();
}

std::string StringMember(const rapidjson::Value& object, const char* key) {
  auto it = object.FindMember(key);
  return it != object.MemberEnd() && it->value.IsString() ? it->value.GetString() : "";
}

}  // namespace

Result<PredicateLexicon> PredicateLexicon::Load(const Lexicons& lexicons) {
  PredicateLexicon lexicon;
  for (const LexiconFile* file : lexicons.OfKind("verb_forms")) {
    KG_RETURN_IF_ERROR(lexicon.AddVerbForms(file->json, file->path));
  }
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
  rapidjson::Document document;
  document.Parse(json.data(), json.size());
  if (document.HasParseError() || !document.IsObject()) {
    return Status::InvalidInput(origin + ": not a JSON object (" +
                                rapidjson::GetParseError_En(document.GetParseError()) + ")");
  }
  PredicateLexicon lexicon;
  KG_RETURN_IF_ERROR(lexicon.AddFile(document, origin));
  lexicon.SortSenses();
  return lexicon;
}

Status PredicateLexicon::AddVerbForms(const rapidjson::Value& json, const std::string& origin) {
  auto forms = json.FindMember("forms");
  if (forms == json.MemberEnd() || !forms->value.IsObject()) {
    return Status::InvalidInput(origin + ": \"forms\" must be an object of form -> lemma");
  }
  for (const auto& entry : forms->value.GetObject()) {
    if (!entry.value.IsString()) {
      return Status::InvalidInput(origin + ": forms[\"" + entry.name.GetString() +
                                  "\"] must be a string");
    }
    std::string form = entry.name.GetString(), lemma = entry.value.GetString();
    verb_forms_[form] = {lemma, ClassifyIrregularForm(form, lemma)};
  }
  return Status::Ok();
}

void PredicateLexicon::AddVerbLemma(const std::string& lemma) {
  for (auto& inflected : RegularVerbForms(lemma)) {
    // An irregular form listed in verb_forms.json wins over a generated one.
    verb_forms_.try_emplace(inflected.text, VerbAnalysis{lemma, inflected.form});
  }
}

Status PredicateLexicon::AddFile(const rapidjson::Value& json, const std::string& origin) {
  auto list = json.FindMember("predicates");
  if (list == json.MemberEnd() || !list->value.IsArray()) {
    return Status::InvalidInput(origin + ": \"predicates\" must be an array");
  }
  size_t index = 0;
  for (const auto& entry : list->value.GetArray()) {
    std::string where = origin + ": predicates[" + std::to_string(index++) + "]";
    if (!entry.IsObject()) return Status::InvalidInput(where + ": must be an object");
    Predicate p{StringMember(entry, "name"), StringMember(entry, "category"),
                StringMember(entry, "cameo"), false};
    if (p.name.empty()) return Status::InvalidInput(where + ": \"name\" is missing");
    where += " (\"" + p.name + "\")";
    auto symmetric = entry.FindMember("symmetric");
    if (symmetric != entry.MemberEnd()) {
      if (!symmetric->value.IsBool()) return Status::InvalidInput(where + ": \"symmetric\" must be true or false");
      p.symmetric = symmetric->value.GetBool();
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
    std::vector<std::string> verbs, nouns;
    KG_RETURN_IF_ERROR(ReadStrings(entry, "verbs", where, &verbs));
    KG_RETURN_IF_ERROR(ReadStrings(entry, "nouns", where, &nouns));
    for (const auto& verb : verbs) {
      auto words = SplitWords(verb);
      if (words.empty()) return Status::InvalidInput(where + ": an empty verb");
      AddVerbLemma(words[0]);
      verb_senses_[words[0]].push_back({{words.begin() + 1, words.end()}, id});
    }
    for (const auto& noun : nouns) {
      auto lemma_words = SplitWords(noun);
      if (lemma_words.empty()) return Status::InvalidInput(where + ": an empty noun");
      for (const auto& form : NounForms(noun)) {
        auto words = SplitWords(form);
        nouns_by_first_word_[words[0]].push_back({words, lemma_words.back(), id});
      }
    }
  }
  auto phrases = json.FindMember("phrases");
  if (phrases != json.MemberEnd()) {
    if (!phrases->value.IsArray()) return Status::InvalidInput(origin + ": \"phrases\" must be an array");
    index = 0;
    for (const auto& entry : phrases->value.GetArray()) {
      std::string where = origin + ": phrases[" + std::to_string(index++) + "]";
      if (!entry.IsObject()) return Status::InvalidInput(where + ": must be an object");
      std::string verb = StringMember(entry, "verb"), noun = StringMember(entry, "noun"),
                  name = StringMember(entry, "predicate");
      int id = FindPredicate(name);
      if (verb.empty() || noun.empty() || id < 0) {
        return Status::InvalidInput(where + ": needs \"verb\", \"noun\" and a known \"predicate\"");
      }
      AddVerbLemma(verb);
      phrases_[verb + " " + noun] = id;
      // The noun must be found as a noun even if no predicate lists it.
      for (const auto& form : NounForms(noun)) {
        auto words = SplitWords(form);
        auto& senses = nouns_by_first_word_[words[0]];
        bool known = std::any_of(senses.begin(), senses.end(),
                                 [&](const NounSense& s) { return s.words == words; });
        if (!known) senses.push_back({words, SplitWords(noun).back(), -1});
      }
    }
  }
  std::vector<std::string> light;
  KG_RETURN_IF_ERROR(ReadStrings(json, "light_verbs", origin, &light));
  for (const auto& verb : light) {
    auto words = SplitWords(verb);
    if (words.empty()) continue;
    light_verbs_.insert(words[0]);
    AddVerbLemma(words[0]);
  }
  KG_RETURN_IF_ERROR(ReadStringSet(json, "future_markers", origin, &future_markers_));
  KG_RETURN_IF_ERROR(ReadStringSet(json, "intent_markers", origin, &intent_markers_));
  KG_RETURN_IF_ERROR(ReadStringSet(json, "obligation_markers", origin, &obligation_markers_));
  KG_RETURN_IF_ERROR(ReadStringSet(json, "object_nouns", origin, &object_nouns_));
  KG_RETURN_IF_ERROR(ReadStringSet(json, "leader_roles", origin, &leader_roles_));
  return Status::Ok();
}

void PredicateLexicon::SortSenses() {
  for (auto& [lemma, senses] : verb_senses_) {
    std::stable_sort(senses.begin(), senses.end(), [](const VerbSense& a, const VerbSense& b) {
      return a.particles.size() > b.particles.size();
    });
  }
  for (auto& [word, senses] : nouns_by_first_word_) {
    std::stable_sort(senses.begin(), senses.end(), [](const NounSense& a, const NounSense& b) {
      return a.words.size() > b.words.size();
    });
  }
}

int PredicateLexicon::FindPredicate(std::string_view name) const {
  auto it = predicate_index_.find(std::string(name));
  return it == predicate_index_.end() ? -1 : it->second;
}

const VerbAnalysis* PredicateLexicon::AnalyzeVerb(std::string_view lower) const {
  auto it = verb_forms_.find(std::string(lower));
  return it == verb_forms_.end() ? nullptr : &it->second;
}

const std::vector<VerbSense>* PredicateLexicon::VerbSenses(std::string_view lemma) const {
  auto it = verb_senses_.find(std::string(lemma));
  return it == verb_senses_.end() ? nullptr : &it->second;
}

const std::vector<NounSense>* PredicateLexicon::NounsStartingWith(std::string_view lower) const {
  auto it = nouns_by_first_word_.find(std::string(lower));
  return it == nouns_by_first_word_.end() ? nullptr : &it->second;
}

int PredicateLexicon::Phrase(std::string_view verb_lemma, std::string_view noun_lemma) const {
  std::string key(verb_lemma);
  key += ' ';
  key += noun_lemma;
  auto it = phrases_.find(key);
  return it == phrases_.end() ? -1 : it->second;
}

bool PredicateLexicon::IsObjectNoun(std::string_view lower) const {
  if (object_nouns_.count(std::string(lower))) return true;
  // Plural of a listed noun.
  if (lower.size() > 1 && lower.back() == 's') {
    return object_nouns_.count(std::string(lower.substr(0, lower.size() - 1))) > 0;
  }
  return false;
}

}  // namespace kg::ingest::relations
