#include "ingest/actors/actor_items.h"

#include <algorithm>
#include <array>
#include <string>
#include <string_view>

#include "ingest/actors/acronym.h"
#include "ingest/tagger/word_shape.h"

namespace kg::ingest {

namespace {

// Lower-case particles inside personal and place names: "Osama bin Laden".
bool IsNameParticle(std::string_view word) {
  static constexpr std::array<std::string_view, 12> kParticles = {
      "bin", "ibn", "al", "el", "de", "da", "del", "van", "von", "der", "du", "la"};
  return std::find(kParticles.begin(), kParticles.end(), word) != kParticles.end();
}

// The longest lexicon form starting at word `start`, if any.
bool MatchLexicon(const std::vector<Word>& words, int start, const ActorLexicon& lexicon,
                  ActorItem* item) {
  const int limit = std::min<int>(static_cast<int>(words.size()), start + lexicon.max_words());
  std::string key, lower_key;
  int best_end = -1;
  for (int end = start + 1; end <= limit; ++end) {
    const Word& word = words[end - 1];
    key += word.text;
    lower_key += word.lower;
    const bool name_prefix = lexicon.IsNamePrefix(key);
    const bool lower_prefix = lexicon.IsLowerPrefix(lower_key);
    if (!name_prefix && !lower_prefix) break;  // no longer form starts this way
    ActorItem candidate;
    candidate.first_word = start;
    candidate.end_word = end;
    candidate.possessive = word.possessive;
    bool found = false;
    if (const NameForm* name = lexicon.FindName(key)) {
      candidate.type = ActorItem::Type::kName;
      candidate.name = *name;
      found = true;
    } else if (const int* title = lexicon.FindTitle(lower_key)) {
      candidate.type = ActorItem::Type::kTitle;
      candidate.title = *title;
      if (const RoleNounForm* noun = lexicon.FindRoleNoun(lower_key)) candidate.noun = *noun;
      found = true;
    } else if (const RoleNounForm* noun = lexicon.FindRoleNoun(lower_key); noun != nullptr && word.nominal) {
      candidate.type = ActorItem::Type::kRoleNoun;
      candidate.noun = *noun;
      found = true;
    } else if (end == start + 1) {
      if (const PronounTarget* pronoun = lexicon.FindPronoun(lower_key)) {
        candidate.type = ActorItem::Type::kPronoun;
        candidate.pronoun = *pronoun;
        found = true;
      }
    }
    if (found) {
      *item = candidate;
      best_end = end;
    }
    // A possessive may sit inside a name ("Democratic People's Republic of
    // Korea"); otherwise it ends the form ("Russia's" "Foreign Minister").
    if (word.possessive) {
      key += "'s";
      lower_key += "'s";
    }
  }
  return best_end > 0;
}

// "Senate Judiciary Committee", "General Santos City": whether the
// capitalised words from `next` on end in an organisation or place head,
// which makes them and the capitalised role noun or title before them one
// organisation's or place's name.
bool BeforeNameHead(const std::vector<Word>& words, int next, const ActorLexicon& lexicon) {
  int w = next;
  while (w < static_cast<int>(words.size()) && words[w].capitalized && !words[w].possessive) ++w;
  if (w < static_cast<int>(words.size()) && words[w].capitalized) ++w;  // "... Committee's"
  return w > next && (lexicon.IsOrganizationHead(words[w - 1].text) || lexicon.IsLocationHead(words[w - 1].text));
}

bool IsTitleWord(const Word& word, const ActorLexicon& lexicon) {
  return lexicon.FindTitle(AsciiLower(LexiconKey(word.text))) != nullptr;
}

// A run of capitalised words from `start` that the lexicons did not claim,
// with name particles inside; returns its end (== start when none).
int CapitalisedRunEnd(const std::vector<Word>& words, int start, const std::vector<bool>& taken,
                      const ActorLexicon& lexicon) {
  int end = start;
  bool of_phrase = false;  // an organisation head and "of"/"for" came before
  for (int i = start; i < static_cast<int>(words.size()) && !taken[i]; ++i) {
    const Word& word = words[i];
    const bool next_capitalized =
        i + 1 < static_cast<int>(words.size()) && words[i + 1].capitalized && !taken[i + 1];
    // "Osama bin Laden"; "Association of African Jurists", "Agency for Development".
    const bool link = i > start && next_capitalized && (word.lower == "of" || word.lower == "for") &&
                      lexicon.IsOrganizationHead(words[i - 1].text);
    of_phrase = of_phrase || link;
    // "Department of Health and Human Services"; not "... and NASA", an acronym of its own.
    const bool conjoined = of_phrase && next_capitalized && word.lower == "and" && !IsAcronym(words[i + 1].text);
    const bool particle = (i > start && next_capitalized && IsNameParticle(word.lower)) || link || conjoined;
    if (!(word.capitalized && syntax::HasLetter(word.text)) && !particle) break;
    if (lexicon.IsModifierCompound(word.text)) break;  // "the Kurdish-led | Syrian Democratic Forces"
    if (i > start && word.adverbial) break;  // "The Nordic Council | Tuesday condemned"
    end = i + 1;
    // "the Alachua County Sheriff's Office": an office's possessive inside an organisation's name.
    if (word.possessive && !(IsTitleWord(word, lexicon) && BeforeNameHead(words, i + 1, lexicon))) break;
  }
  return end;
}

// "the Union of Teachers", "the Ministry of Defense": a capitalised role
// noun followed by of/for and a capitalised word is the start of a name.
// Likewise "Union of Teachers" ends one, and a title after an organisation
// word and "of" ends one too: "the Department of Justice", "the Court of
// Justice" are no judge.
bool InsideLongerName(const std::vector<Word>& words, const ActorItem& item, const ActorLexicon& lexicon) {
  const bool role_noun = item.type == ActorItem::Type::kRoleNoun, title = item.type == ActorItem::Type::kTitle;
  if (!(role_noun || title) || !words[item.first_word].capitalized) return false;
  auto is_link = [&](int w) { return words[w].lower == "of" || words[w].lower == "for"; };
  const int next = item.end_word, before = item.first_word - 1;
  // "the Court of Justice", "General Santos City", "the Sheriff's Office".
  if (title) {
    return (before >= 1 && is_link(before) && lexicon.IsOrganizationHead(words[before - 1].text)) ||
           BeforeNameHead(words, next, lexicon);
  }
  const bool starts = next + 1 < static_cast<int>(words.size()) && !words[next - 1].possessive &&
                      is_link(next) && words[next + 1].capitalized;
  const bool ends = before >= 1 && is_link(before) && words[before - 1].capitalized;
  return starts || ends || (!words[next - 1].possessive && BeforeNameHead(words, next, lexicon));
}

// "Thames Valley Police", "the Capitol Police", "the Montgomery County Police
// Department": a capitalised role noun right after a capitalised word no
// lexicon has claimed ends that word's name, an organisation's, rather than
// standing alone. "Israeli Police" keeps its nationality (claimed before).
bool EndsUnknownName(const std::vector<Word>& words, const ActorItem& item, const std::vector<bool>& taken,
                     const ActorLexicon& lexicon) {
  if (item.type != ActorItem::Type::kRoleNoun || !words[item.first_word].capitalized) return false;
  const int before = item.first_word - 1;
  if (before < 0 || taken[before]) return false;
  const Word& word = words[before];
  return word.capitalized && syntax::HasLetter(word.text) && !word.possessive && !lexicon.IsNotName(word.text);
}

// "Mrs. Nancy Pelosi", "Interior Minister Pierre Joxe": a one-word town
// after a courtesy title or an office, or before a capitalised word no
// lexicon claims, is part of a person's name. "Baghdad University" and
// "West Darfur" keep their place.
bool PlaceInsidePersonName(const std::vector<Word>& words, const ActorItem& item, const ActorLexicon& lexicon) {
  if (item.type != ActorItem::Type::kName || item.name.adjective || item.end_word != item.first_word + 1 ||
      words[item.first_word].possessive) {
    return false;
  }
  const ActorEntry& entry = lexicon.entry(item.name.entry);
  if (entry.kind != ActorEntry::Kind::kPlace || entry.sector) return false;
  const int before = item.first_word - 1;
  if (before >= 0 && (lexicon.IsPersonTitle(words[before].text) ||
                      lexicon.FindTitle(AsciiLower(LexiconKey(words[before].text))) != nullptr)) {
    return true;
  }
  const int after = item.end_word;
  if (after >= static_cast<int>(words.size()) || !words[after].capitalized || !syntax::HasLetter(words[after].text) ||
      lexicon.IsNotName(words[after].text)) {
    return false;
  }
  const std::string key = LexiconKey(words[after].text);
  return lexicon.FindName(key) == nullptr && lexicon.FindTitle(AsciiLower(key)) == nullptr &&
         lexicon.FindRoleNoun(AsciiLower(key)) == nullptr && !lexicon.IsOrganizationHead(words[after].text) &&
         !lexicon.IsLocationHead(words[after].text) &&
         !(after + 1 < static_cast<int>(words.size()) && words[after + 1].capitalized);
}

// "the party", "the committee": "the" and a lower-case word heading its
// phrase whose capitalised form ends organisation names. The word alone is
// the item, so that a possessive or an of-phrase after it stays outside.
bool DefiniteHeadAt(const std::vector<Word>& words, int w, const std::vector<bool>& taken,
                    const ActorLexicon& lexicon) {
  if (w < 1 || taken[w] || words[w - 1].lower != "the") return false;
  const Word& word = words[w];
  if (word.capitalized || !word.head_noun || word.text.empty()) return false;
  std::string capitalised = word.text;
  capitalised[0] = static_cast<char>(capitalised[0] - 'a' + 'A');
  return word.text[0] >= 'a' && word.text[0] <= 'z' && lexicon.IsOrganizationHead(capitalised);
}

}  // namespace

std::vector<ActorItem> ScanActorItems(const std::vector<Word>& words, const ActorLexicon& lexicon) {
  std::vector<ActorItem> items;
  std::vector<bool> taken(words.size(), false);
  for (int i = 0; i < static_cast<int>(words.size());) {
    ActorItem item;
    if (MatchLexicon(words, i, lexicon, &item) && !InsideLongerName(words, item, lexicon) &&
        !PlaceInsidePersonName(words, item, lexicon) && !EndsUnknownName(words, item, taken, lexicon)) {
      for (int w = item.first_word; w < item.end_word; ++w) taken[w] = true;
      items.push_back(item);
      i = item.end_word;
    } else {
      ++i;
    }
  }
  // Unknown names fill the gaps between lexicon items.
  std::vector<ActorItem> names;
  for (int i = 0; i < static_cast<int>(words.size());) {
    if (taken[i]) {
      ++i;
      continue;
    }
    bool person_title = false, female = false;
    // Sentence openers, days and months do not start names; a courtesy
    // title ("Mr.") makes what follows a person.
    while (i < static_cast<int>(words.size()) && !taken[i] && words[i].capitalized &&
           lexicon.IsNotName(words[i].text)) {
      person_title = person_title || lexicon.IsPersonTitle(words[i].text);
      female = female || lexicon.IsFemaleWord(words[i].text);
      ++i;
    }
    if (i < static_cast<int>(words.size()) && !taken[i] && lexicon.IsPersonTitle(words[i].text)) {
      person_title = true;
      female = female || lexicon.IsFemaleWord(words[i].text);
      ++i;
    }
    const int end = i < static_cast<int>(words.size()) ? CapitalisedRunEnd(words, i, taken, lexicon) : i;
    if (end == i) {
      if (i < static_cast<int>(words.size()) && DefiniteHeadAt(words, i, taken, lexicon)) {
        ActorItem head;
        head.type = ActorItem::Type::kDefiniteHead;
        head.first_word = i;
        head.end_word = i + 1;
        head.possessive = words[i].possessive;
        names.push_back(head);
      }
      ++i;
      continue;
    }
    ActorItem item;
    item.type = ActorItem::Type::kUnknownName;
    item.first_word = i;
    item.end_word = end;
    item.person_title = person_title;
    item.female = female;
    item.possessive = words[end - 1].possessive;
    names.push_back(item);
    i = end;
  }
  items.insert(items.end(), names.begin(), names.end());
  std::sort(items.begin(), items.end(),
            [](const ActorItem& a, const ActorItem& b) { return a.first_word < b.first_word; });
  return items;
}

}  // namespace kg::ingest
