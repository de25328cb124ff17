// FindTriggers: the words of a parsed sentence that name an event of the
// predicate lexicon, and how: a verb heading a clause (with the particle or
// preposition its sense needs: "call for", "crack down on"); a light verb
// and its event noun ("expressed disapproval", "held talks", "imposed
// sanctions"); an event noun with an agent of its own ("Russia's
// cooperation with Iran", "Israeli criticism of", "talks between A and B").
// A participle used as an adjective ("captured fighters") or a noun in a
// compound ("bomb plan") names no event: the tree says which is which.
#pragma once

#include <string>
#include <vector>

#include "ingest/events/dependency_tree.h"
#include "ingest/events/predicate_lexicon.h"

namespace kg::ingest::events {

// kObligation: a report verb whose complement says what another actor must
// do (obligation_trigger.h).
enum class TriggerKind { kVerb, kLightVerb, kNoun, kObligation };

struct Trigger {
  TriggerKind kind = TriggerKind::kVerb;
  int predicate = -1;
  int anchor = -1;  // the verb of the clause (the light verb), or the noun
  int noun = -1;    // the event noun of a light verb or nominalisation
  // The preposition the sense asks for ("for" of "call for"): its oblique
  // is the patient, whatever the policy's list says.
  std::string preposition;
  std::vector<int> particles;  // tokens of "off", "down on" ...
  int complement = -1;  // kObligation: the complement clause, whose subject is the patient
};

// `noun_has_agent(noun)`: whether an event noun has an actor of its own
// (its possessor, nationality adjective, by-phrase or between-phrase); the
// argument finder knows the mentions.
template <typename NounHasAgent>
std::vector<Trigger> FindTriggers(const DependencyTree& tree, const PredicateLexicon& lexicon,
                                  NounHasAgent&& noun_has_agent);

// The predicate of the event noun at `noun` (with a compound before it:
// "hunger strike", "air strike"), or -1.
int EventNounPredicate(const DependencyTree& tree, const PredicateLexicon& lexicon, int noun);

// Whether the verb at `i` heads a clause (rather than modifying a noun as
// an adjective or standing in a compound).
bool HeadsClause(const DependencyTree& tree, int i);

// The verb triggers of one verb token (no light-verb reading).
std::vector<Trigger> VerbTriggers(const DependencyTree& tree, const PredicateLexicon& lexicon, int verb);

// The light-verb triggers of one verb token: one per event noun it takes
// ("its rejection and condemnation of terrorism" gives two).
std::vector<Trigger> LightVerbTriggers(const DependencyTree& tree, const PredicateLexicon& lexicon,
                                       int verb);

template <typename NounHasAgent>
std::vector<Trigger> FindTriggers(const DependencyTree& tree, const PredicateLexicon& lexicon,
                                  NounHasAgent&& noun_has_agent) {
  std::vector<Trigger> triggers;
  std::vector<bool> noun_taken(tree.size(), false);
  for (int i = 0; i < tree.size(); ++i) {
    if (tree.upos(i) != "VERB" || !HeadsClause(tree, i)) continue;
    std::vector<Trigger> light = LightVerbTriggers(tree, lexicon, i);
    if (!light.empty()) {
      for (const Trigger& t : light) noun_taken[t.noun] = true;
      triggers.insert(triggers.end(), light.begin(), light.end());
      continue;
    }
    std::vector<Trigger> verbs = VerbTriggers(tree, lexicon, i);
    triggers.insert(triggers.end(), verbs.begin(), verbs.end());
  }
  for (int i = 0; i < tree.size(); ++i) {
    if (noun_taken[i] || tree.upos(i) != "NOUN" || lexicon.IsLightVerbOnlyNoun(tree.lemma(i))) continue;
    const int predicate = EventNounPredicate(tree, lexicon, i);
    if (predicate < 0 || !noun_has_agent(i)) continue;
    Trigger t;
    t.kind = TriggerKind::kNoun;
    t.predicate = predicate;
    t.anchor = i;
    t.noun = i;
    triggers.push_back(std::move(t));
  }
  return triggers;
}

}  // namespace kg::ingest::events
