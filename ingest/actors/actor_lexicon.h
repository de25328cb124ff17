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

// A well-known office holder: "Putin" acts for Russia even where the
// sentence gives no role. From lexicon files of kind "people".
struct KnownPerson {
  std::string name;  // canonical: "Vladimir Putin"
  int state = -1;    // entry index of the country they act for
  int title = -1;    // index into the titles: their best-known office
  bool female = false;
};

struct RoleNoun {  // "troops"
  std::string name;  // the singular, for messages
  std::string sector;
  std::optional<std::string> code;  // NGO for "a human rights group": a code of its own
  bool qualified_only = false;
  // Coded by the document's state when bare, like a part of the state,
  // though it does not act for it: "the attacker" (role_nouns.json).
  bool located = false;
};

struct RoleNounForm {
  int noun = -1;
  bool plural = false;
};

enum class PronounTarget { kPerson, kWoman, kThing, kGroup };

// Hashing that lets a string_view probe a table of strings without
// allocating: lookups run for every word of every sentence.
struct StringViewHash {
  using is_transparent = void;
  size_t operator()(std::string_view text) const { return std::hash<std::string_view>{}(text); }
};
template <typename V>
using StringMap = std::unordered_map<std::string, V, StringViewHash, std::equal_to<>>;
using StringSet = std::unordered_set<std::string, StringViewHash, std::equal_to<>>;

class ActorLexicon {
 public:
  static Result<ActorLexicon> Load(const Lexicons& lexicons);

  // Concatenated-key lookups; nullptr when absent.
  const NameForm* FindName(std::string_view key) const;
  const int* FindTitle(std::string_view lower_key) const;
  const RoleNounForm* FindRoleNoun(std::string_view lower_key) const;
  const PronounTarget* FindPronoun(std::string_view lower_word) const;
  // A known person by full name or listed short name (case-sensitive key).
  const KnownPerson* FindPerson(std::string_view key) const;

  // Whether some name (case-sensitive) or some title, role noun or pronoun
  // (lower case) starts with this key: lets n-gram lookups stop early.
  bool IsNamePrefix(std::string_view key) const { return name_prefixes_.find(key) != name_prefixes_.end(); }
  bool IsLowerPrefix(std::string_view lower_key) const { return lower_prefixes_.find(lower_key) != lower_prefixes_.end(); }

  bool IsNotName(std::string_view word) const { return not_names_.find(word) != not_names_.end(); }
  bool IsPersonTitle(std::string_view word) const { return person_titles_.find(word) != person_titles_.end(); }
  bool IsOrganizationHead(std::string_view word) const { return organization_heads_.find(word) != organization_heads_.end(); }
  bool IsLocationHead(std::string_view word) const { return location_heads_.find(word) != location_heads_.end(); }
  // "Act", "Treaty", "Prize": the last word of a law's, document's or award's name, which is no actor.
  bool IsThingHead(std::string_view word) const { return thing_heads_.find(word) != thing_heads_.end(); }
  // "Hurricane", "Operation": the first word of a storm's or an operation's name, which is no actor.
  bool IsThingOpener(std::string_view word) const { return thing_openers_.find(word) != thing_openers_.end(); }
  // "bin" of "Qaboos bin Said"; "Jr." of "Martin Luther King Jr." (person_names.h).
  bool IsPatronymicParticle(std::string_view lower) const { return patronymic_particles_.count(lower) > 0; }
  bool IsNameSuffix(std::string_view word) const { return name_suffixes_.count(word) > 0; }
  // "Kurdish-led", "London-based": a hyphenated modifier, never part of a name.
  bool IsModifierCompound(std::string_view word) const;
  // A verb whose subject "it" stands for nothing: "it seems", "it takes".
  bool IsImpersonalPredicate(std::string_view lower_lemma) const {
    return impersonal_predicates_.find(lower_lemma) != impersonal_predicates_.end();
  }
  // An adjective that takes a clause for its subject: "it is important to".
  bool IsExtraposingAdjective(std::string_view lower_lemma) const {
    return extraposing_adjectives_.find(lower_lemma) != extraposing_adjectives_.end();
  }
  bool IsFemaleWord(std::string_view lower_or_title) const {
    return female_words_.find(lower_or_title) != female_words_.end();
  }

  const ActorEntry& entry(int index) const { return entries_[index]; }
  const RoleTitle& title(int index) const { return titles_[index]; }
  const RoleNoun& role_noun(int index) const { return role_nouns_[index]; }
  // The most words any lexicon form spans: how far n-gram lookups look ahead.
  int max_words() const { return max_words_; }

 private:
  Status LoadCountries(const LexiconFile& file);
  // After each countries file: its dependent territories ("sovereign")
  // become places of their sovereign state.
  Status ResolveTerritories(const LexiconFile& file);
  Status LoadOrganizations(const LexiconFile& file);
  Status LoadPlaces(const LexiconFile& file);
  // The states and provinces of ISO 3166-2 (iso_subdivisions.h), as places
  // of their country; after the lexicon files, which win on a shared name.
  Status LoadSubdivisions();
  Status LoadTitles(const LexiconFile& file);
  Status LoadRoleNouns(const LexiconFile& file);
  Status LoadPronouns(const LexiconFile& file);
  Status LoadNameWords(const LexiconFile& file);
  Status LoadPeople(const LexiconFile& file);
  void AddName(const std::string& form, NameForm what);
  void NoteWords(const std::string& form);
  static void AddPrefixes(const std::string& key, StringSet* prefixes);

  std::vector<ActorEntry> entries_;
  std::unordered_map<std::string, int> country_by_code_;
  struct PendingTerritory {
    int entry = -1;
    std::string sovereign;
  };
  std::vector<PendingTerritory> territories_;
  StringMap<NameForm> names_;
  std::vector<RoleTitle> titles_;
  StringMap<int> title_forms_;
  std::vector<RoleNoun> role_nouns_;
  StringMap<RoleNounForm> role_noun_forms_;
  StringMap<PronounTarget> pronouns_;
  StringSet impersonal_predicates_, extraposing_adjectives_;
  std::vector<KnownPerson> people_;
  StringMap<int> person_forms_;
  StringSet name_prefixes_, lower_prefixes_;
  StringSet not_names_, person_titles_, organization_heads_, location_heads_, thing_heads_, thing_openers_, female_words_, modifier_suffixes_,
      patronymic_particles_, name_suffixes_;
  int max_words_ = 1;
};

// "United States" -> "UnitedStates": the key of a lexicon form.
std::string LexiconKey(std::string_view form);
std::string AsciiLower(std::string_view text);

}  // namespace kg::ingest
