// IsInfinitiveComplement: whether a clause is the infinitive complement of
// the verb it hangs from, the clause whose event that verb promises,
// threatens, plans or refuses.
//
// The parser gives "agreed to provide" xcomp, but when an oblique comes
// between ("agreed in principle to provide", "threatened on Monday to
// break") it often hangs the infinitive as an adverbial clause (advcl), as
// for a purpose ("sent troops to fight"). An advcl with "to" of a verb the
// clause policy lists as taking an intended or refused event (intent_verbs,
// denial_verbs; not "be") is read as the xcomp it is.
#pragma once

#include "ingest/events/clause_policy.h"
#include "ingest/events/dependency_tree.h"

namespace kg::ingest::events {

bool IsInfinitiveComplement(const DependencyTree& tree, const ClausePolicy& policy, int clause);

}  // namespace kg::ingest::events
