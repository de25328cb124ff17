// FindObligationTriggers: a speaker saying what another actor must do is
// that speaker's demand (CAMEO 10): "Britain said Libya must hand over the
// suspects" is Britain demanding of Libya, whatever the verb of the demand.
// The trigger is a report verb (clause_policy.json's "report_verbs") whose
// complement clause has an obligation auxiliary ("obligation_auxiliaries":
// must, should, ought); the complement's subject is the patient, and the
// complement's own event stays a modal non-fact.
#pragma once

#include <vector>

#include "ingest/events/clause_policy.h"
#include "ingest/events/dependency_tree.h"
#include "ingest/events/trigger_finder.h"

namespace kg::ingest::events {

// `predicate` is the lexicon's predicate a demand is coded as
// (PredicateLexicon::FindPredicate of the policy's "obligation_predicate");
// none are found when it is negative.
std::vector<Trigger> FindObligationTriggers(const DependencyTree& tree, const ClausePolicy& policy, int predicate);

}  // namespace kg::ingest::events
