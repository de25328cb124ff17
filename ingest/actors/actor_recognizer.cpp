#include "ingest/actors/actor_recognizer.h"

#include <algorithm>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "ingest/actors/acronym.h"
#include "ingest/actors/actor_items.h"
#include "ingest/actors/actor_lexicon.h"
#include "ingest/actors/coreference.h"
#include "ingest/actors/person_names.h"
#include "ingest/actors/document_entities.h"
#include "ingest/actors/referential_it.h"
#include "ingest/actors/sentence_words.h"

namespace kg::ingest {

const char* MentionKindName(MentionKind kind) {
  switch (kind) {
    case MentionKind::kName: return "name";
    case MentionKind::kPlace: return "place";
    case MentionKind::kAdjective: return "adjective";
    case MentionKind::kRoleNoun: return "role_noun";
    case MentionKind::kPronoun: return "pronoun";
    case MentionKind::kShortName: return "short_name";
  }
  return "name";
}

namespace {

using Type = ActorItem::Type;

// Sectors in which a part of the state acts for the state: "Israeli troops"
// attack for Israel, while "Rwandan rebels" act for themselves.
bool IsStateSector(std::string_view sector) {
  return sector == "GOV" || sector == "MIL" || sector == "COP" || sector == "LEG" ||
         sector == "JUD" || sector == "SPY";
}

bool IsDirection(std::string_view word) {
  return word == "south" || word == "southern" || word == "north" || word == "northern" ||
         word == "east" || word == "eastern" || word == "west" || word == "western" ||
         word == "central";
}

bool IsCoordinator(std::string_view word) { return word == "and" || word == "or" || word == ","; }

// Words allowed between a qualifier and its role noun: "Romania's new
// government", "Iraq's interim government"; not verbs in general, so only
// after a possessive or an adjective and only lower-case letters.
bool IsModifierGap(const std::vector<Word>& words, int begin, int end) {
  if (end - begin > 2) return false;
  for (int i = begin; i < end; ++i) {
    const std::string& w = words[i].text;
    if (w.empty() || words[i].capitalized || w == "and" || w == "or" || w == "to" || w == "of" ||
        w == "the" || w == "a" || w == "an" || w == "in" || w == "that" || w == "who") {
      return false;
    }
    for (char c : w) {
      if (!((c >= 'a' && c <= 'z') || c == '-')) return false;
    }
  }
  return true;
}

// The recognition of one document: the entity table, the coreference
// memory and the lexicon entries already turned into entities.
class DocumentRecognition {
 public:
  DocumentRecognition(const ActorLexicon& lexicon, std::vector<ExtractedEntity>* entities)
      : lexicon_(lexicon), entities_(entities) {}

  // `words` and `items` are the sentence's, from SentenceWords and
  // ScanActorItems (scanned once per document, for FocusState too).
  std::vector<ActorMention> Recognize(int position, const Sentence& sentence, std::vector<Word> words,
                                      std::vector<ActorItem> items);
  // Names what this document's unplaced generic groups ("troops",
  // "officials") are called: "troops [a.txt]", one entity per document, not
  // one for every unplaced "troops" in the store. `key` is Document::key;
  // its last path part is used, and nothing when it is empty.
  void SetDocumentLabel(const std::string& key) {
    document_label_ = key.substr(key.find_last_of('/') == std::string::npos ? 0 : key.find_last_of('/') + 1);
  }
  // "JERUSALEM, Dec. 5": unqualified "officials", "the government", "troops"
  // of the document act for the dateline's country.
  void SetDateline(const std::optional<std::string>& dateline);
  // The document's country when the dateline gives none (ActorRecognizer::FocusState).
  void SetDocumentState(int entry);

 private:
  // What a name item stands for as a qualifier or an actor.
  struct Qualifier {
    int entity = -1;  // the name's own entity (Moscow, Israel, Hamas)
    int actor = -1;   // the state or organisation it acts for
    std::string label;  // names groups: "Israeli" (troops), "United Nations" (peacekeepers)
    MentionCoding coding = MentionCoding::kNone;  // how what it qualifies is coded by it
  };

  // `construction` joins the qualifier to what it qualifies (a modifier, a
  // possessive, an "of" phrase ...); a city or province qualifying is coded
  // as the sub-national place it is, whatever the construction.
  Qualifier QualifierOf(const ActorItem& item, MentionCoding construction) {
    return QualifierOfEntry(item.name.entry, construction);
  }
  Qualifier QualifierOfEntry(int entry, MentionCoding construction);
  // "Israeli troops", "Russia's Foreign Minister": a modifier or a possessive.
  static MentionCoding ModifierCoding(const ActorItem& qualifier);
  // The phrase after `item` that NameAfterPreposition read: "of" or a place ("in", "from").
  MentionCoding PrepositionCoding(const ActorItem& item) const;
  const KnownPerson* KnownPersonOf(const ActorItem& name) const;
  int StateOfEntry(int entry) const;
  int SoleState() const;
  int EntryEntity(int entry);
  std::string Text(int first_word, int end_word) const;
  const std::string& HeadWord(const ActorItem& item) const;
  // "the mayor", "the 64-year-old mayor": "the" right before the item, or
  // the parse's determiner of its last word.
  bool IsDefinite(const ActorItem& item) const;
  void Emit(ActorMention mention, const ActorItem& first, const ActorItem& last,
            const std::string& alias);
  int Qualifiers(size_t k, std::vector<size_t>* group) const;
  bool GapAllows(const ActorItem& qualifier, const ActorItem& next) const;
  const ActorItem* ItemAt(int word) const;
  const ActorItem* NameAfterPreposition(const ActorItem& item, bool of_only) const;

  // Two to four capitalised words, none an acronym, a number or a word that
  // makes no name: most such unknown names in news are people.
  bool LooksLikePersonalName(const ActorItem& item) const;
  static constexpr int kMaxPersonalNameWords = 4;

  void MergeCompoundAdjectives();
  size_t ComposeFromName(size_t k);
  size_t ComposeEthnicGroup(size_t k);
  size_t ComposeFromTitle(size_t k);
  size_t ComposeFromRoleNoun(size_t k);
  void ComposePronoun(const ActorItem& item);
  void ComposeUnknownName(const ActorItem& item);
  // An acronym bracketed after a mention, or one the document introduced
  // that way: the same actor. False when `item` is neither.
  bool ComposeAcronym(const ActorItem& item);
  // "the party" after "the Prohibition Party": the organisation the
  // document last named with this head word; nothing when there is none.
  void ComposeDefiniteHead(const ActorItem& item);
  // "Park Won-soon, the mayor of Seoul": an office in apposition to a person
  // named in the sentence makes them its holder, so that a later "the
  // mayor" is Park.
  void NoteAppositiveHolder(const ActorItem& title_words, const ActorMention& office);
  // "the Belarusian KGB": a nationality right before a state agency the
  // lexicon gives another state names that state's own agency. False when
  // `agency` is no such item.
  bool ComposeForeignAgency(const ActorItem& nationality, const ActorItem& agency);
  // A later short form (a surname, an acronym, "the party") of what `named`
  // mentioned: the same actor, coded by its antecedent.
  void EmitShortForm(const ActorMention& named, const ActorItem& item, const std::string& alias);
  void EmitStandalone(const ActorItem& item);
  // `title` indexes the lexicon's titles; `title_words` are its words in
  // the sentence, when the sentence gives it ("President Bush" but "Putin").
  void EmitPerson(const Qualifier* qualifier, int title, const ActorItem* title_words,
                  const ActorItem* name, const ActorItem& first, const ActorItem& last);
  void EmitGroup(const Qualifier* qualifier, const ActorItem& noun, const ActorItem& first,
                 const ActorItem& last);

  const ActorLexicon& lexicon_;
  DocumentEntities entities_;
  Coreference coreference_;
  std::unordered_map<int, int> entity_of_entry_;
  std::unordered_set<int> women_;  // person entities she/her may refer to
  // Lexicon entry of the country the document is about: its dateline's, else
  // the one most of its names point to (FocusState).
  std::string document_label_;
  int dateline_state_ = -1;
  MentionCoding document_state_coding_ = MentionCoding::kDateline;  // how dateline_state_ was found
  int sentence_state_ = -1;        // the one state the sentence names, if only one
  // Per sentence:
  int position_ = 0;
  const Sentence* sentence_ = nullptr;  // the sentence being recognised
  std::vector<Word> words_;
  std::vector<ActorItem> items_;
  std::vector<ActorMention> mentions_;
};

std::string DocumentRecognition::Text(int first_word, int end_word) const {
  std::string text;
  for (int i = first_word; i < end_word; ++i) {
    if (!text.empty()) text += ' ';
    text += words_[i].text;
    if (words_[i].possessive && i + 1 < end_word) text += "'s";  // "Sheriff's Office"
  }
  return text;
}

bool DocumentRecognition::IsDefinite(const ActorItem& item) const {
  if (item.first_word > 0 && words_[item.first_word - 1].lower == "the") return true;
  const int head = words_[item.end_word - 1].first_token;
  const std::vector<Token>& tokens = sentence_->tokens;
  for (int t = 0; t < head; ++t) {
    if (tokens[t].head == head && tokens[t].deprel == "det" && AsciiLower(tokens[t].text) == "the") return true;
  }
  return false;
}

// The word that types a name: "Union" in "Union of Teachers", else the last.
const std::string& DocumentRecognition::HeadWord(const ActorItem& item) const {
  for (int w = item.first_word + 1; w < item.end_word; ++w) {
    if (words_[w].lower == "of" || words_[w].lower == "for") return words_[w - 1].text;
  }
  return words_[item.end_word - 1].text;
}

int DocumentRecognition::EntryEntity(int entry_index) {
  auto it = entity_of_entry_.find(entry_index);
  if (it != entity_of_entry_.end()) return it->second;
  const ActorEntry& entry = lexicon_.entry(entry_index);
  ExtractedEntity entity;
  entity.name = entry.name;
  entity.code = entry.code;
  entity.sector = entry.sector;
  switch (entry.kind) {
    case ActorEntry::Kind::kCountry: entity.type = "country"; break;
    case ActorEntry::Kind::kOrganization: entity.type = "organization"; break;
    // A seat of government acts as an institution; a city is a place.
    case ActorEntry::Kind::kPlace: entity.type = entry.sector ? "organization" : "location"; break;
  }
  if (entry.state >= 0) {
    entity.attributes_json = JsonObject({{"country", lexicon_.entry(entry.state).name}});
  }
  const int index = entities_.Intern(std::move(entity));
  entity_of_entry_.emplace(entry_index, index);
  return index;
}

// What an earlier mention gives the one that refers back to it.
MentionCoding Inherited(const ActorMention& antecedent) {
  return antecedent.coded_by == MentionCoding::kNone ? MentionCoding::kNone : MentionCoding::kAntecedent;
}

// A city, province or state of a country (not a seat of government, which
// has a sector of its own): its country is found through it.
bool IsSubnationalPlace(const ActorEntry& entry) {
  return entry.kind == ActorEntry::Kind::kPlace && !entry.sector && entry.state >= 0;
}

MentionCoding DocumentRecognition::ModifierCoding(const ActorItem& qualifier) {
  return qualifier.possessive ? MentionCoding::kPossessive : MentionCoding::kNationalityModifier;
}

MentionCoding DocumentRecognition::PrepositionCoding(const ActorItem& item) const {
  const bool of = item.end_word < static_cast<int>(words_.size()) && words_[item.end_word].lower == "of";
  return of ? MentionCoding::kOfPhrase : MentionCoding::kPlacePhrase;
}

DocumentRecognition::Qualifier DocumentRecognition::QualifierOfEntry(int entry_index, MentionCoding construction) {
  const ActorEntry& entry = lexicon_.entry(entry_index);
  Qualifier q;
  q.coding = IsSubnationalPlace(entry) ? MentionCoding::kSubnationalPlace : construction;
  q.entity = EntryEntity(entry_index);
  const bool acts_for_state =
      entry.state >= 0 && (entry.kind == ActorEntry::Kind::kPlace ||
                           (entry.sector && IsStateSector(*entry.sector)));
  if (acts_for_state) {
    q.actor = EntryEntity(entry.state);
    // A territory keeps its own demonym ("Puerto Rican officials").
    q.label = entry.adjective.empty() ? lexicon_.entry(entry.state).adjective : entry.adjective;
  } else {
    q.actor = q.entity;
    q.label = entry.kind == ActorEntry::Kind::kCountry ? entry.adjective : entry.name;
  }
  return q;
}

void DocumentRecognition::Emit(ActorMention mention, const ActorItem& first, const ActorItem& last,
                               const std::string& alias) {
  mention.first_token = words_[first.first_word].first_token;
  mention.end_token = words_[last.end_word - 1].end_token;
  if (mention.head_token < 0) mention.head_token = words_[last.end_word - 1].first_token;
  if (mention.entity >= 0) entities_.AddAlias(mention.entity, alias);
  PronounTarget agreement = PronounTarget::kThing;
  const bool office = mention.kind == MentionKind::kName && !mention.role.empty();
  if (mention.entity >= 0 && (office || entities_.at(mention.entity).type == "person")) {
    agreement = women_.count(mention.entity) ? PronounTarget::kWoman : PronounTarget::kPerson;
  } else if (mention.plural) {
    agreement = PronounTarget::kGroup;
  }
  const bool subject = sentence_->tokens[mention.head_token].deprel.starts_with("nsubj");
  coreference_.Remember(mention, agreement, position_, subject);
  if (mention.kind == MentionKind::kName && mention.entity >= 0 &&
      entities_.at(mention.entity).type == "organization") {
    const std::string& head = HeadWord(last);
    if (lexicon_.IsOrganizationHead(head)) coreference_.RememberShortForm(AsciiLower(head), mention);
  }
  mentions_.push_back(std::move(mention));
}

const ActorItem* DocumentRecognition::ItemAt(int word) const {
  for (const auto& item : items_) {
    if (item.first_word == word) return &item;
  }
  return nullptr;
}

// "rebels in the Ivory Coast", "president of Armenia": the name after a
// preposition (and an optional "the") that qualifies `item`.
const ActorItem* DocumentRecognition::NameAfterPreposition(const ActorItem& item,
                                                           bool of_only) const {
  int w = item.end_word;
  if (item.possessive || w >= static_cast<int>(words_.size())) return nullptr;
  const std::string& preposition = words_[w].lower;
  if (!(preposition == "of" || (!of_only && (preposition == "in" || preposition == "from")))) {
    return nullptr;
  }
  ++w;
  if (w < static_cast<int>(words_.size()) && words_[w].lower == "the") ++w;
  if (w < static_cast<int>(words_.size()) && IsDirection(words_[w].lower)) ++w;  // "in southern Sudan"
  const ActorItem* next = ItemAt(w);
  return next != nullptr && next->type == Type::kName ? next : nullptr;
}

// Gathers the coordinated names starting at item k ("Hungarian and
// Romanian", "Israel, Egypt and Jordan"); returns how many items they span.
int DocumentRecognition::Qualifiers(size_t k, std::vector<size_t>* group) const {
  group->assign(1, k);
  size_t j = k;
  while (j + 1 < items_.size() && items_[j + 1].type == Type::kName && !items_[j].possessive) {
    const int gap_begin = items_[j].end_word, gap_end = items_[j + 1].first_word;
    bool coordinated = gap_end > gap_begin && gap_end - gap_begin <= 2;
    for (int w = gap_begin; coordinated && w < gap_end; ++w) coordinated = IsCoordinator(words_[w].lower);
    if (!coordinated) break;
    group->push_back(++j);
  }
  return static_cast<int>(group->size());
}

bool DocumentRecognition::GapAllows(const ActorItem& qualifier, const ActorItem& next) const {
  if (next.first_word == qualifier.end_word) return true;
  return (qualifier.possessive || qualifier.name.adjective) &&
         IsModifierGap(words_, qualifier.end_word, next.first_word);
}

void DocumentRecognition::EmitStandalone(const ActorItem& item) {
  const ActorEntry& entry = lexicon_.entry(item.name.entry);
  Qualifier q = QualifierOf(item, MentionCoding::kLexicon);
  ActorMention mention;
  mention.entity = q.entity;
  mention.actor = q.actor;
  mention.sector = entry.sector;
  mention.coded_by = q.coding;
  mention.plural = item.name.plural;
  mention.kind = item.name.adjective                          ? MentionKind::kAdjective
                 : entry.kind == ActorEntry::Kind::kPlace ? MentionKind::kPlace
                                                              : MentionKind::kName;
  Emit(std::move(mention), item, item, Text(item.first_word, item.end_word));
}

void DocumentRecognition::EmitPerson(const Qualifier* qualifier, int title,
                                     const ActorItem* title_words, const ActorItem* name,
                                     const ActorItem& first, const ActorItem& last) {
  const RoleTitle& role = lexicon_.title(title);
  if (name == nullptr) {
    // "Russia's Foreign Minister", "the Russian president": an office, not
    // a name. The holder named earlier in the document if there is one;
    // else the state itself acts, with the office's sector.
    int actor = qualifier ? qualifier->actor : -1;
    const ActorMention* holder = coreference_.FindHolder(role.name, actor);
    ActorMention mention;
    if (holder != nullptr) {
      mention = *holder;
      mention.head_token = -1;
      mention.coded_by = Inherited(*holder);
    } else {
      mention.entity = actor;
      mention.actor = IsStateSector(role.sector) ? actor : -1;
      mention.role = role.name;
      mention.role_predicate = role.predicate;
      mention.sector = role.sector;
      mention.coded_by = actor >= 0 ? qualifier->coding : MentionCoding::kNone;
    }
    mention.kind = MentionKind::kName;
    Emit(std::move(mention), first, last, "");
    if (holder == nullptr && title_words != nullptr) NoteAppositiveHolder(*title_words, mentions_.back());
    return;
  }
  ExtractedEntity person;
  person.type = "person";
  person.name = Text(name->first_word, name->end_word);
  const ActorMention* known = coreference_.FindPerson(person.name);
  // "President Bush": a known office holder acts for their state.
  const KnownPerson* famous = qualifier == nullptr && known == nullptr ? KnownPersonOf(*name) : nullptr;
  if (famous != nullptr) person.name = famous->name;
  // "Truck drivers in Bolivia cheered a decision by President Elena
  // Choque": an official named with a bare title serves the state the
  // story is about, when the sentence (or the dateline) names only one.
  const int context_state = sentence_state_ >= 0 ? sentence_state_ : dateline_state_;
  const bool by_context = context_state >= 0 && title_words != nullptr && IsStateSector(role.sector);
  int actor = qualifier ? qualifier->actor
              : known   ? known->actor
              : famous  ? EntryEntity(famous->state)
              : by_context ? EntryEntity(context_state)
                           : -1;
  const MentionCoding coding =
      actor < 0       ? MentionCoding::kNone
      : qualifier     ? qualifier->coding
      : known         ? Inherited(*known)
      : famous        ? MentionCoding::kLexicon
      : sentence_state_ >= 0 ? MentionCoding::kSentenceCountry
                             : document_state_coding_;
  if (actor >= 0) person.code = entities_.at(actor).code;
  person.sector = role.sector;
  person.attributes_json = JsonObject(
      {{"role", role.name}, {"predicate", role.predicate},
       {"actor", actor >= 0 ? entities_.at(actor).name : ""}});
  ActorMention mention;
  mention.entity = entities_.Intern(std::move(person));
  for (int w = title_words ? title_words->first_word : 0; title_words && w < title_words->end_word; ++w) {
    if (lexicon_.IsFemaleWord(words_[w].lower)) women_.insert(mention.entity);
  }
  if (famous != nullptr && famous->female) women_.insert(mention.entity);
  // A rebel leader or a cleric acts for no state; the person carries the code.
  mention.actor = IsStateSector(role.sector) ? actor : (actor >= 0 ? mention.entity : -1);
  mention.role = role.name;
  mention.role_predicate = role.predicate;
  mention.sector = role.sector;
  mention.kind = MentionKind::kName;
  mention.coded_by = coding;
  Emit(mention, first, last, Text(first.first_word, last.end_word));
  if (!known) {
    const ActorMention& emitted = mentions_.back();
    coreference_.RememberPerson(entities_.at(emitted.entity).name,
                                PersonShortNames(words_, name->first_word, name->end_word, lexicon_), emitted);
  }
}

void DocumentRecognition::EmitGroup(const Qualifier* qualifier, const ActorItem& noun_item,
                                    const ActorItem& first, const ActorItem& last) {
  const RoleNoun& noun = lexicon_.role_noun(noun_item.noun.noun);
  std::string noun_text = AsciiLower(Text(noun_item.first_word, noun_item.end_word));
  ExtractedEntity group;
  group.name = qualifier ? qualifier->label + " " + noun_text : noun_text;
  if (!qualifier && !noun.code && !document_label_.empty()) group.name += " [" + document_label_ + "]";
  const bool people = noun.sector == "CVL" || noun.sector == "REF";
  group.type = people ? "other" : "organization";
  if (qualifier) {
    group.code = entities_.at(qualifier->actor).code;
  } else if (noun.code) {
    group.code = noun.code;  // "a human rights group": an NGO of its own
  }
  group.sector = noun.sector;
  group.attributes_json = JsonObject(
      {{"role", noun.name}, {"actor", qualifier ? entities_.at(qualifier->actor).name : ""}});
  ActorMention mention;
  mention.entity = entities_.Intern(std::move(group));
  if (qualifier) {
    mention.actor = IsStateSector(noun.sector) ? qualifier->actor : mention.entity;
  } else if (noun.code) {
    mention.actor = mention.entity;
  }
  mention.role = noun.name;
  mention.sector = noun.sector;
  mention.plural = noun_item.noun.plural;
  mention.kind = MentionKind::kRoleNoun;
  mention.coded_by = qualifier ? qualifier->coding : noun.code ? MentionCoding::kLexicon : MentionCoding::kNone;
  mention.head_token = words_[noun_item.end_word - 1].first_token;
  Emit(std::move(mention), first, last, Text(first.first_word, last.end_word));
}

// "Bosnian Serbs", "Croatian Serb refugees": the first adjective places the
// group; the second names its ethnicity, not another state.
void DocumentRecognition::MergeCompoundAdjectives() {
  std::vector<ActorItem> merged;
  for (const ActorItem& item : items_) {
    if (!merged.empty() && item.type == Type::kName && item.name.adjective &&
        merged.back().type == Type::kName && merged.back().name.adjective &&
        !merged.back().possessive && merged.back().end_word == item.first_word) {
      merged.back().end_word = item.end_word;
      merged.back().possessive = item.possessive;
      merged.back().name.plural = item.name.plural;
      continue;
    }
    merged.push_back(item);
  }
  items_ = std::move(merged);
}

// "ethnic Hungarians in southern Slovakia", "ethnic Albanian guerrillas": an
// ethnicity, not the state of that name; placed by the country they are in.
size_t DocumentRecognition::ComposeEthnicGroup(size_t k) {
  const ActorItem& item = items_[k];
  const ActorItem* noun = k + 1 < items_.size() && items_[k + 1].type == Type::kRoleNoun &&
                                  items_[k + 1].first_word == item.end_word
                              ? &items_[k + 1]
                              : nullptr;
  const ActorItem& last = noun ? *noun : item;
  const ActorItem* place = NameAfterPreposition(last, /*of_only=*/false);
  ExtractedEntity group;
  group.name = "ethnic " + Text(item.first_word, last.end_word);
  group.type = "other";
  group.sector = noun ? lexicon_.role_noun(noun->noun.noun).sector : "CVL";
  int state = -1;
  MentionCoding coding = MentionCoding::kNone;
  if (place != nullptr) {
    const Qualifier q = QualifierOf(*place, PrepositionCoding(last));
    state = q.actor;
    coding = q.coding;
    group.code = entities_.at(state).code;
    group.attributes_json = JsonObject({{"country", entities_.at(state).name}});
  }
  ActorMention mention;
  mention.entity = entities_.Intern(std::move(group));
  mention.actor = state >= 0 ? mention.entity : -1;
  mention.sector = entities_.at(mention.entity).sector;
  mention.plural = noun ? noun->noun.plural : item.name.plural;
  mention.kind = noun ? MentionKind::kRoleNoun : MentionKind::kAdjective;
  mention.role = noun ? lexicon_.role_noun(noun->noun.noun).name : "";
  mention.coded_by = coding;
  Emit(std::move(mention), item, place ? *place : last, Text(item.first_word, last.end_word));
  const ActorItem& consumed = place ? *place : last;
  return static_cast<size_t>(&consumed - items_.data()) + 1;
}

size_t DocumentRecognition::ComposeFromName(size_t k) {
  const ActorItem& first = items_[k];
  if (first.name.adjective && first.first_word > 0 && words_[first.first_word - 1].lower == "ethnic") {
    return ComposeEthnicGroup(k);
  }
  const ActorItem* following = k + 1 < items_.size() ? &items_[k + 1] : nullptr;
  if (following != nullptr && following->type == Type::kUnknownName && following->first_word == first.end_word &&
      lexicon_.IsOrganizationHead(HeadWord(*following))) {
    // "Nigerian Union of Teachers", "Washington Post": an organisation of
    // that country, acting for itself; "Iran's Islamic Consultative
    // Assembly" likewise, named without the possessive.
    Qualifier q = QualifierOf(first, first.possessive ? MentionCoding::kPossessive : MentionCoding::kOrganisationName);
    ExtractedEntity organization;
    organization.name = Text(first.possessive ? following->first_word : first.first_word, following->end_word);
    organization.type = "organization";
    organization.code = entities_.at(q.actor).code;
    organization.attributes_json = JsonObject({{"country", entities_.at(q.actor).name}});
    ActorMention mention;
    mention.entity = entities_.Intern(std::move(organization));
    mention.actor = mention.entity;
    mention.coded_by = q.coding;
    Emit(std::move(mention), first, *following, Text(first.first_word, following->end_word));
    return k + 2;
  }
  if (following != nullptr && ComposeForeignAgency(first, *following)) return k + 2;
  std::vector<size_t> group;
  const int count = Qualifiers(k, &group);
  const ActorItem& last = items_[group.back()];
  const ActorItem* next = group.back() + 1 < items_.size() ? &items_[group.back() + 1] : nullptr;
  if (next != nullptr && GapAllows(last, *next) && next->type == Type::kTitle) {
    // "Israeli Prime Minister Benjamin Netanyahu", "Russia's Foreign Minister".
    for (int g = 0; g + 1 < count; ++g) EmitStandalone(items_[group[g]]);
    const ActorItem* after = group.back() + 2 < items_.size() ? &items_[group.back() + 2] : nullptr;
    Qualifier q = QualifierOf(last, ModifierCoding(last));
    if (after != nullptr && after->type == Type::kUnknownName && after->first_word == next->end_word) {
      EmitPerson(&q, next->title, next, after, last, *after);
      return group.back() + 3;
    }
    if (next->noun.noun >= 0) {  // "a Jordanian official"
      EmitGroup(&q, *next, last, *next);
    } else {
      EmitPerson(&q, next->title, next, nullptr, last, *next);
    }
    return group.back() + 2;
  }
  if (next != nullptr && next->type == Type::kRoleNoun && GapAllows(last, *next)) {
    // "Chilean and Argentine diplomats": each country's diplomats.
    for (int g = 0; g < count; ++g) {
      const ActorItem& item = items_[group[g]];
      Qualifier q = QualifierOf(item, ModifierCoding(item));
      EmitGroup(&q, *next, item, g + 1 == count ? *next : item);
    }
    return group.back() + 2;
  }
  // Nothing the group qualifies together: each name stands alone, and the
  // next may still open a name of its own ("Latvians, and Iran's Guardian Council").
  EmitStandalone(first);
  return k + 1;
}

size_t DocumentRecognition::ComposeFromTitle(size_t k) {
  const ActorItem& title = items_[k];
  const ActorItem* next = k + 1 < items_.size() ? &items_[k + 1] : nullptr;
  if (next != nullptr && next->type == Type::kUnknownName && next->first_word == title.end_word &&
      !title.possessive) {
    // "President Bush", "President Omar Hassan al-Bashir of Sudan".
    if (const ActorItem* of = NameAfterPreposition(*next, /*of_only=*/true)) {
      Qualifier q = QualifierOf(*of, PrepositionCoding(*next));
      EmitPerson(&q, title.title, &title, next, title, *of);
      return static_cast<size_t>(of - items_.data()) + 1;
    }
    EmitPerson(nullptr, title.title, &title, next, title, *next);
    return k + 2;
  }
  if (const ActorItem* of = NameAfterPreposition(title, /*of_only=*/true)) {
    Qualifier q = QualifierOf(*of, PrepositionCoding(title));  // "the president of Armenia"
    if (title.noun.noun >= 0) {
      EmitGroup(&q, title, title, *of);
    } else {
      EmitPerson(&q, title.title, &title, nullptr, title, *of);
    }
    return static_cast<size_t>(of - items_.data()) + 1;
  }
  // "the president": the one person the document has named with that
  // office, whatever state it is of; two holders (two presidents) are
  // ambiguous and name no one.
  const bool definite = IsDefinite(title);
  if (definite && !title.possessive && coreference_.FindHolder(lexicon_.title(title.title).name, -1) != nullptr) {
    EmitPerson(nullptr, title.title, &title, nullptr, title, title);
    return k + 1;
  }
  if (title.noun.noun >= 0) return ComposeFromRoleNoun(k);
  return k + 1;  // a bare title names no one we can place
}

size_t DocumentRecognition::ComposeFromRoleNoun(size_t k) {
  const ActorItem& noun = items_[k];
  if (const ActorItem* place = NameAfterPreposition(noun, /*of_only=*/false)) {
    Qualifier q = QualifierOf(*place, PrepositionCoding(noun));  // "rebels in the Ivory Coast"
    EmitGroup(&q, noun, noun, *place);
    return static_cast<size_t>(place - items_.data()) + 1;
  }
  const RoleNoun& role = lexicon_.role_noun(noun.noun.noun);
  const bool definite = IsDefinite(noun);
  const ActorMention* named = definite && noun.end_word == noun.first_word + 1
                                  ? coreference_.FindShortForm(words_[noun.first_word].lower)
                                  : nullptr;
  if (named != nullptr) {
    EmitShortForm(*named, noun, "");  // "the court" after "the European Court of Justice"
  } else if (dateline_state_ >= 0 && (IsStateSector(role.sector) || role.located) && !role.code) {
    Qualifier q = QualifierOfEntry(dateline_state_, document_state_coding_);
    EmitGroup(&q, noun, noun, noun);
  } else if (!role.qualified_only) {
    EmitGroup(nullptr, noun, noun, noun);
  }
  return k + 1;
}

void DocumentRecognition::ComposePronoun(const ActorItem& item) {
  const int first_token = words_[item.first_word].first_token;
  if (words_[item.first_word].lower == "it" && !IsReferentialIt(*sentence_, first_token, lexicon_)) return;
  const ActorMention* antecedent = coreference_.Resolve(item.pronoun, position_, first_token);
  if (antecedent == nullptr) return;
  ActorMention mention = *antecedent;
  mention.kind = MentionKind::kPronoun;
  mention.coded_by = Inherited(*antecedent);
  mention.is_pronoun = true;
  mention.head_token = first_token;
  Emit(std::move(mention), item, item, "");
}

// The people lexicon's entry for a name: its full form ("Omar al-Bashir"),
// else its last word ("President Omar El Bashir" -> "Bashir").
const KnownPerson* DocumentRecognition::KnownPersonOf(const ActorItem& name) const {
  std::string key;
  for (int w = name.first_word; w < name.end_word; ++w) key += words_[w].text;
  if (const KnownPerson* person = lexicon_.FindPerson(key)) return person;
  return lexicon_.FindPerson(words_[name.end_word - 1].text);
}

bool DocumentRecognition::ComposeAcronym(const ActorItem& item) {
  if (item.end_word != item.first_word + 1 || !IsAcronym(words_[item.first_word].text)) return false;
  const std::string& acronym = words_[item.first_word].text;
  const int open = item.first_word - 1, close = item.end_word;
  const bool bracketed = open >= 1 && close < static_cast<int>(words_.size()) && words_[open].text == "(" &&
                         words_[close].text == ")";
  const ActorMention* named = nullptr;
  if (bracketed && !mentions_.empty() && !mentions_.back().is_pronoun &&
      mentions_.back().end_token == words_[open].first_token) {
    int first = open;
    while (first > 0 && words_[first - 1].first_token >= mentions_.back().first_token) --first;
    if (AbbreviatesWords(acronym, words_, first, open)) named = &mentions_.back();
  }
  if (named != nullptr) {
    coreference_.RememberShortForm(acronym, *named);
  } else {
    named = coreference_.FindShortForm(acronym);
  }
  if (named == nullptr) return false;
  EmitShortForm(*named, item, acronym);
  return true;
}

bool DocumentRecognition::ComposeForeignAgency(const ActorItem& nationality, const ActorItem& agency) {
  if (!nationality.name.adjective || nationality.possessive || agency.type != Type::kName ||
      agency.first_word != nationality.end_word) {
    return false;
  }
  const ActorEntry& entry = lexicon_.entry(agency.name.entry);
  const int state = StateOfEntry(nationality.name.entry);
  if (entry.kind != ActorEntry::Kind::kOrganization || entry.state < 0 || !entry.sector ||
      !IsStateSector(*entry.sector) || state < 0 || state == entry.state) {
    return false;
  }
  Qualifier q = QualifierOf(nationality, MentionCoding::kNationalityModifier);
  ExtractedEntity organization;
  organization.name = Text(nationality.first_word, agency.end_word);
  organization.type = "organization";
  organization.code = entities_.at(q.actor).code;
  organization.sector = entry.sector;
  ActorMention mention;
  mention.entity = entities_.Intern(std::move(organization));
  mention.actor = q.actor;
  mention.sector = entry.sector;
  mention.coded_by = q.coding;
  Emit(std::move(mention), nationality, agency, "");
  return true;
}

void DocumentRecognition::NoteAppositiveHolder(const ActorItem& title_words, const ActorMention& office) {
  const std::vector<Token>& tokens = sentence_->tokens;
  const int title_token = words_[title_words.end_word - 1].first_token;
  if (office.role.empty() || tokens[title_token].deprel != "appos") return;
  const int head = tokens[title_token].head;
  for (const ActorMention& m : mentions_) {
    if (&m == &office || head < m.first_token || head >= m.end_token || m.entity < 0 || !m.role.empty() ||
        entities_.at(m.entity).type != "person") {
      continue;
    }
    ActorMention holder = m;
    holder.role = office.role;
    holder.role_predicate = office.role_predicate;
    holder.actor = office.actor;
    holder.sector = office.sector;
    holder.coded_by = MentionCoding::kApposition;
    coreference_.RememberPerson(entities_.at(m.entity).name, {}, holder);
    return;
  }
}

void DocumentRecognition::ComposeDefiniteHead(const ActorItem& item) {
  if (const ActorMention* named = coreference_.FindShortForm(words_[item.first_word].lower)) {
    EmitShortForm(*named, item, "");
  }
}

void DocumentRecognition::EmitShortForm(const ActorMention& named, const ActorItem& item, const std::string& alias) {
  ActorMention mention = named;
  mention.kind = MentionKind::kShortName;
  mention.coded_by = Inherited(named);
  mention.head_token = -1;
  mention.is_pronoun = false;
  Emit(std::move(mention), item, item, alias);
}

void DocumentRecognition::ComposeUnknownName(const ActorItem& item) {
  const std::string text = Text(item.first_word, item.end_word);
  if (const ActorMention* person = coreference_.FindPerson(text)) {
    EmitShortForm(*person, item, text);  // "Netanyahu" after "Benjamin Netanyahu"
    return;
  }
  if (ComposeAcronym(item)) return;
  if (const KnownPerson* famous = KnownPersonOf(item)) {  // "Putin said"
    EmitPerson(nullptr, famous->title, nullptr, &item, item, item);
    return;
  }
  // A lone capitalised word opening the sentence is most often not a name.
  if (item.first_word == 0 && item.end_word == 1 && !item.person_title) return;
  ExtractedEntity entity;
  entity.name = text;
  const std::string& head = HeadWord(item);
  if (item.person_title) {
    entity.type = "person";
  } else if (lexicon_.IsOrganizationHead(head)) {
    entity.type = "organization";
  } else if (lexicon_.IsLocationHead(head)) {
    entity.type = "location";
  } else if (lexicon_.IsThingHead(head) || lexicon_.IsThingOpener(words_[item.first_word].text)) {
    // "the Paris Agreement", "Hurricane Dorian": a thing events act on, never a person or an actor
  } else if (LooksLikePersonalName(item)) {
    entity.type = "person";  // "Tom Steyer", "Jacinda Ardern": two to four capitalised words
  }
  const bool person = entity.type == "person";
  // An organisation or a titled person the lexicons do not know belongs to
  // the country the document is about ("the National Transportation Safety
  // Board", "Judge Amy Berman Jackson"): coded by it, acting as itself.
  const bool placed = dateline_state_ >= 0 && (entity.type == "organization" || entity.type == "person");
  if (placed) entity.code = entities_.at(EntryEntity(dateline_state_)).code;
  ActorMention mention;
  mention.entity = entities_.Intern(std::move(entity));
  if (item.female) women_.insert(mention.entity);
  mention.kind = MentionKind::kName;
  mention.actor = placed ? mention.entity : -1;  // else it acts for no state we know
  mention.coded_by = placed ? document_state_coding_ : MentionCoding::kNone;
  Emit(mention, item, item, text);
  if (person) {
    coreference_.RememberPerson(text, PersonShortNames(words_, item.first_word, item.end_word, lexicon_),
                                mentions_.back());
  }
}

bool DocumentRecognition::LooksLikePersonalName(const ActorItem& item) const {
  const int words = item.end_word - item.first_word;
  if (words < 2 || words > kMaxPersonalNameWords) return false;
  for (int w = item.first_word; w < item.end_word; ++w) {
    const Word& word = words_[w];
    // Inside, the scan let in only particles ("Qaboos bin Said") and of/for.
    const bool inner = w > item.first_word && w + 1 < item.end_word;
    if (inner && !word.capitalized && word.lower != "of" && word.lower != "for") continue;
    if (!word.capitalized || lexicon_.IsNotName(word.text)) return false;
    for (char c : word.text) {
      if (c >= '0' && c <= '9') return false;
    }
    // "NASA", "BBC News": an all-capital word is an acronym, not a name.
    bool lower_letter = false;
    for (char c : word.text) lower_letter = lower_letter || (c >= 'a' && c <= 'z');
    if (word.text.size() > 1 && !lower_letter) return false;
  }
  return true;
}

// The state a lexicon entry stands for or belongs to, or -1 (an IGO).
int DocumentRecognition::StateOfEntry(int entry_index) const {
  const ActorEntry& entry = lexicon_.entry(entry_index);
  if (entry.kind == ActorEntry::Kind::kCountry) return entry_index;
  return entry.state;
}

// The only state the sentence's names and adjectives point to, else -1.
int DocumentRecognition::SoleState() const {
  int state = -1;
  for (const ActorItem& item : items_) {
    if (item.type != Type::kName) continue;
    const int s = StateOfEntry(item.name.entry);
    if (s < 0) continue;
    if (state >= 0 && s != state) return -1;
    state = s;
  }
  return state;
}

void DocumentRecognition::SetDocumentState(int entry) {
  if (dateline_state_ >= 0 || entry < 0) return;
  dateline_state_ = entry;
  document_state_coding_ = MentionCoding::kDocumentCountry;
}

void DocumentRecognition::SetDateline(const std::optional<std::string>& dateline) {
  if (!dateline) return;
  // The place is the part before the first comma, often in capitals.
  std::string key;
  bool word_start = true;
  for (char c : dateline->substr(0, dateline->find(','))) {
    if (c == ' ' || c == '-') {
      word_start = true;
      if (c == '-') key += c;
      continue;
    }
    if (!word_start && c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    word_start = false;
    key += c;
  }
  const NameForm* form = lexicon_.FindName(key);
  if (form == nullptr || form->adjective) return;
  const ActorEntry& entry = lexicon_.entry(form->entry);
  if (entry.kind == ActorEntry::Kind::kCountry) {
    dateline_state_ = form->entry;
  } else if (entry.kind == ActorEntry::Kind::kPlace && entry.state >= 0) {
    dateline_state_ = entry.state;
  }
}

std::vector<ActorMention> DocumentRecognition::Recognize(int position, const Sentence& sentence,
                                                         std::vector<Word> words, std::vector<ActorItem> items) {
  position_ = position;
  sentence_ = &sentence;
  words_ = std::move(words);
  items_ = std::move(items);
  MergeCompoundAdjectives();
  sentence_state_ = SoleState();
  mentions_.clear();
  for (size_t k = 0; k < items_.size();) {
    const ActorItem& item = items_[k];
    switch (item.type) {
      case Type::kName: k = ComposeFromName(k); break;
      case Type::kTitle: k = ComposeFromTitle(k); break;
      case Type::kRoleNoun: k = ComposeFromRoleNoun(k); break;
      case Type::kPronoun: ComposePronoun(item); ++k; break;
      case Type::kUnknownName: ComposeUnknownName(item); ++k; break;
      case Type::kDefiniteHead: ComposeDefiniteHead(item); ++k; break;
    }
  }
  std::stable_sort(mentions_.begin(), mentions_.end(), [](const ActorMention& a, const ActorMention& b) {
    return a.first_token < b.first_token;
  });
  return std::move(mentions_);
}

}  // namespace

ActorRecognizer::ActorRecognizer(std::unique_ptr<ActorLexicon> lexicon) : lexicon_(std::move(lexicon)) {}
ActorRecognizer::~ActorRecognizer() = default;

Result<std::unique_ptr<ActorRecognizer>> ActorRecognizer::Load(const Lexicons& lexicons) {
  KG_ASSIGN_OR_RETURN(ActorLexicon lexicon, ActorLexicon::Load(lexicons));
  return std::unique_ptr<ActorRecognizer>(
      new ActorRecognizer(std::make_unique<ActorLexicon>(std::move(lexicon))));
}

int ActorRecognizer::FocusState(const std::vector<Sentence>& sentences,
                                const std::vector<std::vector<ActorItem>>& items) const {
  std::unordered_map<int, int> votes;
  int total = 0;
  for (size_t s = 0; s < sentences.size(); ++s) {
    if (sentences[s].section == Section::kTranscript) continue;
    for (const ActorItem& item : items[s]) {
      if (item.type != ActorItem::Type::kName) continue;
      const ActorEntry& entry = lexicon_->entry(item.name.entry);
      const int state = entry.kind == ActorEntry::Kind::kCountry ? item.name.entry : entry.state;
      if (state < 0) continue;
      ++votes[state];
      ++total;
    }
  }
  int best = -1, best_votes = 0;
  for (const auto& [state, n] : votes) {
    if (n > best_votes || (n == best_votes && state < best)) best = state, best_votes = n;
  }
  return best_votes >= kFocusMinVotes && best_votes * kFocusShareDenominator >= total * kFocusShareNumerator
             ? best
             : -1;
}

std::vector<bool> ActorRecognizer::KnownNameTokens(const Sentence& sentence) const {
  std::vector<bool> names(sentence.tokens.size(), false);
  const std::vector<Word> words = SentenceWords(sentence);
  for (const ActorItem& item : ScanActorItems(words, *lexicon_)) {
    if (item.type != ActorItem::Type::kName || item.name.adjective) continue;
    for (int w = item.first_word; w < item.end_word; ++w) {
      if (!words[w].capitalized) continue;  // "of" in "Bank of England"
      // The word's tokens, without its possessive "'s".
      const int end = words[w].possessive ? words[w].end_token - 1 : words[w].end_token;
      for (int t = words[w].first_token; t < end; ++t) names[t] = true;
    }
  }
  return names;
}

std::vector<std::vector<ActorMention>> ActorRecognizer::Recognize(
    const Document& document, const std::vector<Sentence>& sentences,
    std::vector<ExtractedEntity>* entities) const {
  DocumentRecognition recognition(*lexicon_, entities);
  recognition.SetDateline(document.dateline);
  recognition.SetDocumentLabel(document.key);
  std::vector<std::vector<Word>> words(sentences.size());
  std::vector<std::vector<ActorItem>> items(sentences.size());
  for (size_t i = 0; i < sentences.size(); ++i) {
    words[i] = SentenceWords(sentences[i]);
    items[i] = ScanActorItems(words[i], *lexicon_);
  }
  recognition.SetDocumentState(FocusState(sentences, items));
  std::vector<std::vector<ActorMention>> out;
  out.reserve(sentences.size());
  for (size_t i = 0; i < sentences.size(); ++i) {
    out.push_back(recognition.Recognize(static_cast<int>(i), sentences[i], std::move(words[i]), std::move(items[i])));
  }
  return out;
}

std::vector<ExtractedMention> ToExtractedMentions(
    const Document& document, const std::vector<Sentence>& sentences,
    const std::vector<std::vector<ActorMention>>& mentions) {
  std::vector<ExtractedMention> out;
  for (size_t s = 0; s < sentences.size() && s < mentions.size(); ++s) {
    const auto& tokens = sentences[s].tokens;
    for (const ActorMention& mention : mentions[s]) {
      if (mention.entity < 0 || mention.first_token >= mention.end_token) continue;
      const Token& first = tokens[mention.first_token];
      const Token& last = tokens[mention.end_token - 1];
      ExtractedMention row;
      row.entity = mention.entity;
      row.sentence = sentences[s].index;
      row.chars = {first.chars.start, last.chars.end};
      row.surface = document.text.substr(first.bytes.begin, last.bytes.end - first.bytes.begin);
      row.coded_by = std::string(MentionCodingName(mention.coded_by));
      row.sector = mention.sector;
      out.push_back(std::move(row));
    }
  }
  return out;
}

}  // namespace kg::ingest
