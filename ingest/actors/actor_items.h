// ActorItems: the first pass of actor recognition over a sentence's words.
//
// Finds, longest first, every lexicon form (names, titles, role nouns,
// pronouns) and every run of capitalised words the lexicons do not know.
// The recogniser then composes these items into mentions ("Israeli" +
// "Prime Minister" + "Benjamin Netanyahu" -> one person acting for Israel).
#pragma once

#include <vector>

#include "ingest/actors/actor_lexicon.h"
#include "ingest/actors/sentence_words.h"

namespace kg::ingest {

struct ActorItem {
  // kDefiniteHead: "the party", "the committee": "the" and a lower-case
  // organisation head word, which may stand for an organisation the
  // document named before ("the Prohibition Party").
  enum class Type { kName, kTitle, kRoleNoun, kPronoun, kUnknownName, kDefiniteHead };
  Type type = Type::kName;
  int first_word = 0;  // half-open word range
  int end_word = 0;
  NameForm name;            // kName
  int title = -1;           // kTitle
  RoleNounForm noun;        // kRoleNoun, and kTitle words that are role nouns too ("official")
  PronounTarget pronoun = PronounTarget::kThing;  // kPronoun
  bool person_title = false;  // kUnknownName after "Mr.", "Dr." ...
  bool female = false;        // ... after "Mrs.", "Ms." (female_words)
  bool possessive = false;    // the item's last word carries "'s"
};

std::vector<ActorItem> ScanActorItems(const std::vector<Word>& words, const ActorLexicon& lexicon);

}  // namespace kg::ingest
