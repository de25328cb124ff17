#include "ingest/actors/actor_lexicon.h"

#include <algorithm>

#include "ingest/actors/iso_subdivisions.h"

namespace kg::ingest {

namespace {

// The word that names a country's groups ("Israeli troops"): its first
// adjective, unless that is a demonym noun built on the name ("New
// Zealander", "Hongkonger"), where the name itself is used ("New Zealand
// police", not "New Zealander police").
std::string GroupLabel(const std::string& name, const std::string& adjective) {
  auto squeezed = [](const std::string& text) {
    std::string out;
    for (char c : text) {
      if (c != ' ') out += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    }
    return out;
  };
  std::string stem = squeezed(name);
  if (!stem.empty() && stem.back() == 's') stem.pop_back();  // "Cook Islands" -> "Cook Islander"
  const std::string demonym = squeezed(adjective);
  const bool built_on_name = demonym.size() > 2 && demonym.ends_with("er") && demonym.starts_with(stem);
  return built_on_name ? name : adjective;
}

// Reads the typed fields of one lexicon entry, remembering the first error
// so that a loader checks once per entry instead of once per field.
class EntryReader {
 public:
  EntryReader(const LexiconFile& file, size_t index, const rapidjson::Value& entry)
      : file_(file), index_(index), entry_(entry) {
    if (!entry.IsObject()) Fail("an entry is a JSON object");
  }

  std::string String(const char* field, bool required = true) {
    if (!entry_.IsObject()) return "";
    auto it = entry_.FindMember(field);
    if (it == entry_.MemberEnd()) {
      if (required) Fail(std::string("missing \"") + field + "\"");
      return "";
    }
    if (!it->value.IsString() || (required && it->value.GetStringLength() == 0)) {
      Fail(std::string("\"") + field + "\" must be a non-empty string");
      return "";
    }
    return it->value.GetString();
  }

  std::optional<std::string> OptionalString(const char* field) {
    std::string value = String(field, /*required=*/false);
    if (value.empty()) return std::nullopt;
    return value;
  }

  std::vector<std::string> Strings(const char* field) {
    std::vector<std::string> out;
    if (!entry_.IsObject()) return out;
    auto it = entry_.FindMember(field);
    if (it == entry_.MemberEnd()) return out;
    if (!it->value.IsArray()) {
      Fail(std::string("\"") + field + "\" must be a list of strings");
      return out;
    }
    for (const auto& item : it->value.GetArray()) {
      if (!item.IsString() || item.GetStringLength() == 0) {
        Fail(std::string("\"") + field + "\" must hold non-empty strings");
        return out;
      }
      out.emplace_back(item.GetString());
    }
    return out;
  }

  bool Bool(const char* field) {
    if (!entry_.IsObject()) return false;
    auto it = entry_.FindMember(field);
    if (it == entry_.MemberEnd()) return false;
    if (!it->value.IsBool()) Fail(std::string("\"") + field + "\" must be true or false");
    return it->value.IsBool() && it->value.GetBool();
  }

  void Fail(const std::string& why) {
    if (status_.ok()) status_ = LexiconEntryError(file_, index_, entry_, why);
  }
  const Status& status() const { return status_; }

 private:
  const LexiconFile& file_;
  size_t index_;
  const rapidjson::Value& entry_;
  Status status_;
};

// Calls `load(reader)` for each element of the file's "entries" list.
template <typename Load>
Status ForEachEntry(const LexiconFile& file, Load load) {
  auto entries = file.json.FindMember("entries");
  if (entries == file.json.MemberEnd() || !entries->value.IsArray()) {
    return Status::InvalidInput(file.path + ": expected an \"entries\" list");
  }
  size_t index = 0;
  for (const auto& entry : entries->value.GetArray()) {
    EntryReader reader(file, index++, entry);
    if (reader.status().ok()) load(reader);
    KG_RETURN_IF_ERROR(reader.status());
  }
  return Status::Ok();
}

Status ReadWordList(const LexiconFile& file, const char* field, StringSet* out) {
  auto it = file.json.FindMember(field);
  if (it == file.json.MemberEnd()) return Status::Ok();
  if (!it->value.IsArray()) {
    return Status::InvalidInput(file.path + ": \"" + field + "\" must be a list of strings");
  }
  for (const auto& word : it->value.GetArray()) {
    if (!word.IsString()) {
      return Status::InvalidInput(file.path + ": \"" + field + "\" must hold strings");
    }
    out->insert(word.GetString());
  }
  return Status::Ok();
}

std::optional<PronounTarget> ParsePronounTarget(const std::string& text) {
  if (text == "person") return PronounTarget::kPerson;
  if (text == "woman") return PronounTarget::kWoman;
  if (text == "thing") return PronounTarget::kThing;
  if (text == "group") return PronounTarget::kGroup;
  return std::nullopt;
}

}  // namespace

std::string LexiconKey(std::string_view form) {
  std::string key;
  key.reserve(form.size());
  for (char c : form) {
    if (c != ' ' && c != '\t') key += c;
  }
  return key;
}

std::string AsciiLower(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

Result<ActorLexicon> ActorLexicon::Load(const Lexicons& lexicons) {
  ActorLexicon lexicon;
  // Countries first: places and organisations refer to them by code.
  for (const auto* file : lexicons.OfKind("countries")) {
    KG_RETURN_IF_ERROR(lexicon.LoadCountries(*file));
    KG_RETURN_IF_ERROR(lexicon.ResolveTerritories(*file));
  }
  if (lexicon.country_by_code_.empty()) {
    return Status::NotFound(lexicons.dir() + ": no lexicon file of kind \"countries\"");
  }
  for (const auto* file : lexicons.OfKind("organizations")) KG_RETURN_IF_ERROR(lexicon.LoadOrganizations(*file));
  for (const auto* file : lexicons.OfKind("places")) KG_RETURN_IF_ERROR(lexicon.LoadPlaces(*file));
  KG_RETURN_IF_ERROR(lexicon.LoadSubdivisions());
  for (const auto* file : lexicons.OfKind("roles")) KG_RETURN_IF_ERROR(lexicon.LoadTitles(*file));
  for (const auto* file : lexicons.OfKind("role_nouns")) KG_RETURN_IF_ERROR(lexicon.LoadRoleNouns(*file));
  for (const auto* file : lexicons.OfKind("pronouns")) KG_RETURN_IF_ERROR(lexicon.LoadPronouns(*file));
  for (const auto* file : lexicons.OfKind("name_words")) KG_RETURN_IF_ERROR(lexicon.LoadNameWords(*file));
  // After countries and titles, which people refer to.
  for (const auto* file : lexicons.OfKind("people")) KG_RETURN_IF_ERROR(lexicon.LoadPeople(*file));
  return lexicon;
}

void ActorLexicon::NoteWords(const std::string& form) {
  // Each space, period and hyphen may separate tokens.
  int words = 1;
  for (char c : form) words += (c == ' ' || c == '.' || c == '-') ? 1 : 0;
  max_words_ = std::max(max_words_, std::min(words, 16));
}

void ActorLexicon::AddPrefixes(const std::string& key, StringSet* prefixes) {
  for (size_t length = 1; length <= key.size(); ++length) prefixes->insert(key.substr(0, length));
}

void ActorLexicon::AddName(const std::string& form, NameForm what) {
  NoteWords(form);
  AddPrefixes(LexiconKey(form), &name_prefixes_);
  // The first lexicon to claim a form keeps it: "Dominican" is not remapped
  // by a later file, and a country's own name beats a demonym spelled alike.
  names_.emplace(LexiconKey(form), what);
}

Status ActorLexicon::LoadCountries(const LexiconFile& file) {
  return ForEachEntry(file, [&](EntryReader& reader) {
    ActorEntry entry;
    entry.kind = ActorEntry::Kind::kCountry;
    entry.name = reader.String("name");
    entry.code = reader.String("code");
    auto names = reader.Strings("names");
    auto capitals = reader.Strings("capitals");
    auto adjectives = reader.Strings("adjectives");
    std::string sovereign = reader.String("sovereign", /*required=*/false);
    if (!reader.status().ok()) return;
    if (country_by_code_.count(entry.code)) {
      reader.Fail("country code " + entry.code + " is already defined");
      return;
    }
    entry.adjective = adjectives.empty() ? entry.name : GroupLabel(entry.name, adjectives.front());
    const int index = static_cast<int>(entries_.size());
    entries_.push_back(entry);
    country_by_code_[entry.code] = index;
    if (!sovereign.empty()) territories_.push_back({index, sovereign});
    AddName(entry.name, {index, false, false});
    for (const auto& name : names) AddName(name, {index, false, false});
    for (const auto& adjective : adjectives) {
      // "Israelis", "Britons": a plural demonym names the people as a group.
      const bool plural = adjective.size() > 1 && adjective.back() == 's' &&
                          adjective != entry.adjective && adjective.find(' ') == std::string::npos;
      AddName(adjective, {index, true, plural});
    }
    for (const auto& capital : capitals) {
      ActorEntry place;
      place.kind = ActorEntry::Kind::kPlace;
      place.name = capital;
      place.code = entry.code;
      place.state = index;
      const int place_index = static_cast<int>(entries_.size());
      entries_.push_back(place);
      AddName(capital, {place_index, false, false});
    }
  });
}

// A dependent territory acts through its sovereign, as a state of a
// federation does: it becomes a place of that state, and its code (for
// organisations and places that name it) is the sovereign's.
Status ActorLexicon::ResolveTerritories(const LexiconFile& file) {
  for (const PendingTerritory& territory : territories_) {
    auto it = country_by_code_.find(territory.sovereign);
    const bool sovereign_is_state =
        it != country_by_code_.end() && entries_[it->second].kind == ActorEntry::Kind::kCountry;
    if (!sovereign_is_state) {
      return Status::InvalidInput(file.path + ": \"" + entries_[territory.entry].name + "\": sovereign " +
                                  territory.sovereign + " is not a country of this or an earlier file");
    }
    ActorEntry& entry = entries_[territory.entry];
    country_by_code_[entry.code] = it->second;
    entry.kind = ActorEntry::Kind::kPlace;
    entry.state = it->second;
    entry.code = territory.sovereign;
  }
  territories_.clear();
  return Status::Ok();
}

Status ActorLexicon::LoadOrganizations(const LexiconFile& file) {
  return ForEachEntry(file, [&](EntryReader& reader) {
    ActorEntry entry;
    entry.kind = ActorEntry::Kind::kOrganization;
    entry.name = reader.String("name");
    std::string code = reader.String("code", /*required=*/false);
    std::string country = reader.String("country", /*required=*/false);
    entry.sector = reader.OptionalString("sector");
    auto names = reader.Strings("names");
    if (!reader.status().ok()) return;
    if (code.empty() == country.empty()) {
      reader.Fail("give either \"code\" (IGO, NGO, IMG) or \"country\" (alpha-3)");
      return;
    }
    if (!country.empty()) {
      auto it = country_by_code_.find(country);
      if (it == country_by_code_.end()) {
        reader.Fail("unknown country code " + country);
        return;
      }
      entry.state = it->second;
      code = entries_[it->second].code;
    }
    entry.code = code;
    const int index = static_cast<int>(entries_.size());
    entries_.push_back(entry);
    AddName(entry.name, {index, false, false});
    for (const auto& name : names) AddName(name, {index, false, false});
  });
}

Status ActorLexicon::LoadPlaces(const LexiconFile& file) {
  return ForEachEntry(file, [&](EntryReader& reader) {
    ActorEntry entry;
    entry.kind = ActorEntry::Kind::kPlace;
    entry.name = reader.String("name");
    std::string country = reader.String("country");
    entry.sector = reader.OptionalString("sector");
    auto names = reader.Strings("names");
    if (!reader.status().ok()) return;
    auto it = country_by_code_.find(country);
    if (it == country_by_code_.end()) {
      reader.Fail("unknown country code " + country);
      return;
    }
    entry.state = it->second;
    entry.code = entries_[it->second].code;  // a territory's places act for its sovereign
    const int index = static_cast<int>(entries_.size());
    entries_.push_back(entry);
    AddName(entry.name, {index, false, false});
    for (const auto& name : names) AddName(name, {index, false, false});
  });
}

Status ActorLexicon::LoadSubdivisions() {
  KG_ASSIGN_OR_RETURN(std::vector<Subdivision> subdivisions, ReadIsoSubdivisions(IsoCodesDir()));
  for (const Subdivision& s : subdivisions) {
    auto it = country_by_code_.find(s.country_code);
    if (it == country_by_code_.end()) continue;  // a territory countries.json does not list
    ActorEntry entry;
    entry.kind = ActorEntry::Kind::kPlace;
    entry.name = s.name;
    entry.state = it->second;
    entry.code = entries_[it->second].code;
    const int index = static_cast<int>(entries_.size());
    entries_.push_back(entry);
    AddName(entry.name, {index, false, false});
  }
  return Status::Ok();
}

Status ActorLexicon::LoadTitles(const LexiconFile& file) {
  return ForEachEntry(file, [&](EntryReader& reader) {
    RoleTitle title;
    title.name = reader.String("name");
    title.sector = reader.String("sector");
    title.predicate = reader.String("predicate");
    auto names = reader.Strings("names");
    if (!reader.status().ok()) return;
    const int index = static_cast<int>(titles_.size());
    titles_.push_back(title);
    names.push_back(title.name);
    for (const auto& name : names) {
      NoteWords(name);
      title_forms_.emplace(AsciiLower(LexiconKey(name)), index);
      AddPrefixes(AsciiLower(LexiconKey(name)), &lower_prefixes_);
    }
  });
}

Status ActorLexicon::LoadRoleNouns(const LexiconFile& file) {
  return ForEachEntry(file, [&](EntryReader& reader) {
    RoleNoun noun;
    noun.name = reader.String("name");
    noun.sector = reader.String("sector");
    noun.qualified_only = reader.Bool("qualified_only");
    noun.located = reader.Bool("located");
    noun.code = reader.OptionalString("code");
    std::string plural = reader.String("plural", /*required=*/false);
    if (!reader.status().ok()) return;
    const int index = static_cast<int>(role_nouns_.size());
    role_nouns_.push_back(noun);
    NoteWords(noun.name);
    // A noun without a plural ending in s ("troops"), or whose plural is
    // itself ("police", "people"), is a group as written.
    const bool name_is_plural = plural == noun.name || (plural.empty() && noun.name.back() == 's');
    role_noun_forms_.emplace(AsciiLower(LexiconKey(noun.name)), RoleNounForm{index, name_is_plural});
    AddPrefixes(AsciiLower(LexiconKey(noun.name)), &lower_prefixes_);
    if (!plural.empty() && plural != noun.name) {
      NoteWords(plural);
      role_noun_forms_.emplace(AsciiLower(LexiconKey(plural)), RoleNounForm{index, true});
      AddPrefixes(AsciiLower(LexiconKey(plural)), &lower_prefixes_);
    }
  });
}

Status ActorLexicon::LoadPronouns(const LexiconFile& file) {
  KG_RETURN_IF_ERROR(ReadWordList(file, "impersonal_predicates", &impersonal_predicates_));
  KG_RETURN_IF_ERROR(ReadWordList(file, "extraposing_adjectives", &extraposing_adjectives_));
  return ForEachEntry(file, [&](EntryReader& reader) {
    std::string name = reader.String("name");
    std::string target = reader.String("refers_to");
    if (!reader.status().ok()) return;
    auto parsed = ParsePronounTarget(target);
    if (!parsed) {
      reader.Fail("\"refers_to\" must be person, woman, thing or group");
      return;
    }
    pronouns_[AsciiLower(name)] = *parsed;
    AddPrefixes(AsciiLower(name), &lower_prefixes_);
  });
}

Status ActorLexicon::LoadNameWords(const LexiconFile& file) {
  KG_RETURN_IF_ERROR(ReadWordList(file, "not_names", &not_names_));
  KG_RETURN_IF_ERROR(ReadWordList(file, "person_titles", &person_titles_));
  KG_RETURN_IF_ERROR(ReadWordList(file, "organization_heads", &organization_heads_));
  KG_RETURN_IF_ERROR(ReadWordList(file, "location_heads", &location_heads_));
  KG_RETURN_IF_ERROR(ReadWordList(file, "thing_heads", &thing_heads_));
  KG_RETURN_IF_ERROR(ReadWordList(file, "thing_openers", &thing_openers_));
  KG_RETURN_IF_ERROR(ReadWordList(file, "modifier_suffixes", &modifier_suffixes_));
  KG_RETURN_IF_ERROR(ReadWordList(file, "patronymic_particles", &patronymic_particles_));
  KG_RETURN_IF_ERROR(ReadWordList(file, "name_suffixes", &name_suffixes_));
  return ReadWordList(file, "female_words", &female_words_);
}

bool ActorLexicon::IsModifierCompound(std::string_view word) const {
  const size_t hyphen = word.rfind('-');
  return hyphen != std::string_view::npos && hyphen > 0 &&
         modifier_suffixes_.find(word.substr(hyphen + 1)) != modifier_suffixes_.end();
}

Status ActorLexicon::LoadPeople(const LexiconFile& file) {
  return ForEachEntry(file, [&](EntryReader& reader) {
    KnownPerson person;
    person.name = reader.String("name");
    std::string country = reader.String("country");
    std::string role = reader.String("role");
    auto names = reader.Strings("names");
    person.female = reader.Bool("female");
    if (!reader.status().ok()) return;
    auto state = country_by_code_.find(country);
    if (state == country_by_code_.end()) {
      reader.Fail("unknown country code " + country);
      return;
    }
    const int* title = FindTitle(AsciiLower(LexiconKey(role)));
    if (title == nullptr) {
      reader.Fail("unknown role \"" + role + "\" (roles are the titles of kind \"roles\")");
      return;
    }
    person.state = state->second;
    person.title = *title;
    const int index = static_cast<int>(people_.size());
    people_.push_back(person);
    names.push_back(person.name);
    // The first file to claim a form keeps it, as for names.
    for (const auto& name : names) person_forms_.emplace(LexiconKey(name), index);
  });
}

const KnownPerson* ActorLexicon::FindPerson(std::string_view key) const {
  auto it = person_forms_.find(key);
  return it == person_forms_.end() ? nullptr : &people_[it->second];
}

const NameForm* ActorLexicon::FindName(std::string_view key) const {
  auto it = names_.find(key);
  return it == names_.end() ? nullptr : &it->second;
}

const int* ActorLexicon::FindTitle(std::string_view lower_key) const {
  auto it = title_forms_.find(lower_key);
  return it == title_forms_.end() ? nullptr : &it->second;
}

const RoleNounForm* ActorLexicon::FindRoleNoun(std::string_view lower_key) const {
  auto it = role_noun_forms_.find(lower_key);
  return it == role_noun_forms_.end() ? nullptr : &it->second;
}

const PronounTarget* ActorLexicon::FindPronoun(std::string_view lower_word) const {
  auto it = pronouns_.find(lower_word);
  return it == pronouns_.end() ? nullptr : &it->second;
}

}  // namespace kg::ingest
