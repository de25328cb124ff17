// ActorLexicon: the actor lexicon files turned into hash tables.
//
// Every surface form is keyed by its words concatenated without spaces
// ("United States" -> "UnitedStates", "U.N." -> "U.N."), so a lookup over
// token n-grams finds it whatever the tokenizer did with periods and hyphens.
// Names are case-sensitive; titles, role nouns and pronouns are keyed in
// lower case.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "ingest/lexicon/lexicons.h"
#include "schema/status.h"

namespace kg::ingest {

// A state or organisation that actors act for, or a place standing for one.
struct ActorEntry {
  enum class Kind { kCountry, kOrganization, kPlace };
  Kind kind = Kind::kCountry;
  std::string name;                   // canonical: "Russia", "United Nations", "Kremlin"
  std::string code;                   // RUS, IGO, NGO, IMG
  std::optional<std::string> sector;  // of the organisation or seat: GOV, MIL, REB ...
  int state = -1;         // entry index of the country it belongs to (Moscow, Hamas), else -1
  std::string adjective;  // countries: "Israeli", to name groups ("Israeli troops")
};

// What a name form stands for: the entry, and whether the form is an
// adjective or demonym ("Israeli", "Palestinians") rather than a name.
struct NameForm {
  int entry = -1;
  bool adjective = false;
  bool plural = false;  // "Palestinians", "Britons"
};

struct RoleTitle {  // "Prime Minister"
  std::string name;
  std::string sector;
  std::string predicate;  // leader_of, minister_of ...
};

struct RoleNoun {  // "troops"
  std::string name;  // the singular, for messages
  std::string sector;
  std::optional<std::string> code;  // NGO for "a human rights group": a code of its own
  bool qualified_only = false;
};

struct RoleNounForm {
  int noun = -1;
  bool plural = false;
};

enum class PronounTarget { kPerson, kThing, kGroup };

class ActorLexicon {
 public:
  static Result<ActorLexicon> Load(const Lexicons& lexicons);

  // Concatenated-key lookups; nullptr when absent.
  const NameForm* FindName(std::string_view key) const;
  const int* FindTitle(std::string_view lower_key) const;
  const RoleNounForm* FindRoleNoun(std::string_view lower_key) const;
  const PronounTarget* FindPronoun(std::string_view lower_word) const;

  bool IsNotName(std::string_view word) const { return not_names_.count(std::string(word)) > 0; }
  bool IsPersonTitle(std::string_view word) const {
    return person_titles_.count(std::string(word)) > 0;
  }
  bool IsOrganizationHead(std::string_view word) const {
    return organization_heads_.count(std::string(word)) > 0;
  }
  bool IsLocationHead(std::string_view word) const {
    return location_heads_.count(std::string(word)) > 0;
  }

  const ActorEntry& entry(int index) const { return entries_[index]; }
  const RoleTitle& title(int index) const { return titles_[index]; }
  const RoleNoun& role_noun(int index) const { return role_nouns_[index]; }
  // The most words any lexicon form spans: how far n-gram lookups look ahead.
  int max_words() const { return max_words_; }

 private:
  Status LoadCountries(const LexiconFile& file);
  Status LoadOrganizations(const LexiconFile& file);
  Status LoadPlaces(const LexiconFile& file);
  Status LoadTitles(const LexiconFile& file);
  Status LoadRoleNouns(const LexiconFile& file);
  Status LoadPronouns(const LexiconFile& file);
  Status LoadNameWords(const LexiconFile& file);
  void AddName(const std::string& form, NameForm what);
  void NoteWords(const std::string& form);

  std::vector<ActorEntry> entries_;
  std::unordered_map<std::string, int> country_by_code_;
  std::unordered_map<std::string, NameForm> names_;
  std::vector<RoleTitle> titles_;
  std::unordered_map<std::string, int> title_forms_;
  std::vector<RoleNoun> role_nouns_;
  std::unordered_map<std::string, RoleNounForm> role_noun_forms_;
  std::unordered_map<std::string, PronounTarget> pronouns_;
  std::unordered_set<std::string> not_names_, person_titles_, organization_heads_,
      location_heads_;
  int max_words_ = 1;
};

// "United States" -> "UnitedStates": the key of a lexicon form.
std::string LexiconKey(std::string_view form);
std::string AsciiLower(std::string_view text);

}  // namespace kg::ingest
