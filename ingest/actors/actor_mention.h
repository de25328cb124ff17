// ActorMention: one place in a sentence that names or refers to an actor.
#pragma once

#include <optional>
#include <string>

#include "ingest/actors/mention_coding.h"

namespace kg::ingest {

enum class MentionKind {
  kName,      // a lexicon or capitalised name: "Israel", "the United Nations", "Benjamin Netanyahu"
  kPlace,     // a capital or seat of government standing for its state: "Moscow", "the Kremlin"
  kAdjective, // a nationality adjective or demonym: "Israeli", "Palestinians"
  kRoleNoun,  // a role noun acting for a state: "Moscow's envoys", "Israeli troops", "officials"
  kPronoun,   // "his", "it", "they" (resolved by recency and agreement)
  kShortName, // a later short form of a person's name: "Netanyahu"
};
const char* MentionKindName(MentionKind kind);

struct ActorMention {
  int first_token = 0;  // half-open token range in the sentence
  int end_token = 0;
  // The head token (the role noun of "Israeli troops", the last token of a name):
  // relations attach verbs and prepositions to it.
  int head_token = -1;
  MentionKind kind = MentionKind::kName;
  // Index into the document's entity table: what is mentioned (Benjamin
  // Netanyahu; "Israeli troops"; for a pronoun, its antecedent's entity).
  int entity = -1;
  // Entity index of the state or organisation it acts for: Israel for
  // Netanyahu and for "Israeli troops"; the entity itself for a state or an
  // organisation; -1 when unknown ("officials" with no country in sight).
  int actor = -1;
  std::string role;                   // "Prime Minister", "envoy"; empty when none
  std::string role_predicate;         // the role triple to emit for a person: leader_of, minister_of ...
  std::optional<std::string> sector;  // GOV, MIL, COP, REB, OPP, LEG, JUD, CVL, ...
  // The evidence its code comes from: its lexicon entry, a nationality
  // modifier, an apposition, an earlier mention ...; kNone when uncoded.
  MentionCoding coded_by = MentionCoding::kNone;
  bool is_pronoun = false;
  bool plural = false;  // "troops", "they", "Palestinians"
};

}  // namespace kg::ingest
