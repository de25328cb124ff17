// OpinionClause: "La Riva and Hawkins agreed that vaccines have done more
// good than harm" states what they think, not an agreement between them;
// "Kenya and Uganda agreed that their troops would leave" is one. An
// opinion verb of the clause policy (agree, accept) whose that-clause has
// no undertaking auxiliary (will, would, should, must) is no event, whoever
// it is said with ("agreed with Biden that the virus is dangerous").
#pragma once

#include "ingest/events/clause_policy.h"
#include "ingest/events/dependency_tree.h"

namespace kg::ingest::events {

// Whether the verb at `verb` states an opinion: an opinion verb with a
// content clause (ccomp) that says what is so, and no infinitive or object
// that would make it an act ("agreed to leave", "accepted the plan").
bool StatesOpinion(const DependencyTree& tree, const ClausePolicy& policy, int verb);

}  // namespace kg::ingest::events
