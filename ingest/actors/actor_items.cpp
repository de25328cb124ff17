#include "ingest/actors/actor_items.h"

#include <algorithm>
#include <array>
#include <string_view>

namespace kg::ingest {

namespace {

// Lower-case particles inside personal and place names: "Osama bin Laden".
bool IsNameParticle(std::string_view word) {
  static constexpr std::array<std::string_view, 12> kParticles = {
      "bin", "ibn", "al", "el", "de", "da", "del", "van", "von", "der", "du", "la"};
  return std::find(kParticles.begin(), kParticles.end(), word) != kParticles.end();
}

bool HasLetter(const std::string& text) {
  for (char c : text) {
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || static_cast<unsigned char>(c) >= 0x80) {
      return true;
    }
  }
  return false;
}

// The longest lexicon form starting at word `start`, if any.
bool MatchLexicon(const std::vector<Word>& words, int start, const ActorLexicon& lexicon,
                  ActorItem* item) {
  const int limit = std::min<int>(static_cast<int>(words.size()), start + lexicon.max_words());
  std::string key, lower_key;
  int best_end = -1;
  for (int end = start + 1; end <= limit; ++end) {
    key += words[end - 1].text;
    lower_key += words[end - 1].lower;
    ActorItem candidate;
    candidate.first_word = start;
    candidate.end_word = end;
    candidate.possessive = words[end - 1].possessive;
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
    } else if (const RoleNounForm* noun = lexicon.FindRoleNoun(lower_key)) {
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
    // A possessive ends a form: "Russia's Foreign Minister" is two items.
    if (words[end - 1].possessive) break;
  }
  return best_end > 0;
}

// A run of capitalised words from `start` that the lexicons did not claim,
// with name particles inside; returns its end (== start when none).
int CapitalisedRunEnd(const std::vector<Word>& words, int start, const std::vector<bool>& taken) {
  int end = start;
  for (int i = start; i < static_cast<int>(words.size()) && !taken[i]; ++i) {
    const Word& word = words[i];
    const bool particle = i > start && IsNameParticle(word.lower) && i + 1 < static_cast<int>(words.size()) &&
                          words[i + 1].capitalized;
    if (!(word.capitalized && HasLetter(word.text)) && !particle) break;
    end = i + 1;
    if (word.possessive) break;
  }
  return end;
}

}  // namespace

std::vector<ActorItem> ScanActorItems(const std::vector<Word>& words, const ActorLexicon& lexicon) {
  std::vector<ActorItem> items;
  std::vector<bool> taken(words.size(), false);
  for (int i = 0; i < static_cast<int>(words.size());) {
    ActorItem item;
    if (MatchLexicon(words, i, lexicon, &item)) {
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
    bool person_title = false;
    // Sentence openers, days and months do not start names; a courtesy
    // title ("Mr.") makes what follows a person.
    while (i < static_cast<int>(words.size()) && !taken[i] && words[i].capitalized &&
           lexicon.IsNotName(words[i].text)) {
      person_title = person_title || lexicon.IsPersonTitle(words[i].text);
      ++i;
    }
    if (i < static_cast<int>(words.size()) && !taken[i] && lexicon.IsPersonTitle(words[i].text)) {
      person_title = true;
      ++i;
    }
    const int end = i < static_cast<int>(words.size()) ? CapitalisedRunEnd(words, i, taken) : i;
    if (end == i) {
      ++i;
      continue;
    }
    ActorItem item;
    item.type = ActorItem::Type::kUnknownName;
    item.first_word = i;
    item.end_word = end;
    item.person_title = person_title;
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
