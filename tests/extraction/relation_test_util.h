// Builds sentences for the relation rules from a bracket notation, so rule
// tests read like the sentences they are about:
//   "[Netanyahu>Israel] expressed his disapproval of [Moscow 's envoys>Russia] ."
// Tokens are separated by spaces; [words>Actor:kind] marks an actor mention
// (">Actor" defaults to the words themselves, ">-" acts for no known state; kind is name, adj, pron, role,
// or mil: a role noun of a state's armed forces, sector MIL; adjs: a plural demonym; place: a town standing
// for its state).
#pragma once

#include <string>
#include <vector>

#include "ingest/actors/actor_mention.h"
#include "schema/document.h"
#include "schema/sentence.h"
#include "ingest/relations/predicate_lexicon.h"

namespace kg::test {

struct MarkedSentence {
  std::vector<Token> tokens;
  std::vector<ingest::ActorMention> mentions;
  std::vector<std::string> entity_names;  // by entity index
};

MarkedSentence ParseMarked(const std::string& marked);

// "Israel criticizes Russia", "!Israel vetoes resolution" (negated), sorted:
// the actor-level triples the relation rules find in `marked`.
std::vector<std::string> ActorTriples(const ingest::relations::PredicateLexicon& lexicon,
                                      const std::string& marked);

}  // namespace kg::test
