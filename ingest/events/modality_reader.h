// ReadModality: whether a sentence asserts the event at `anchor` (its verb,
// or the light verb of an event noun), read from the tree and the policy:
// the clause's own negation, auxiliaries and markers, then up the chain of
// clauses that govern it (xcomp, ccomp, conj): "refused to", "plans to",
// "did not say whether", "officials said that", "if ... then".
#pragma once

#include "ingest/events/clause_policy.h"
#include "ingest/events/dependency_tree.h"
#include "ingest/events/modality.h"

namespace kg::ingest::events {

struct ModalityReading {
  Modality modality = Modality::kAsserted;
  // The clause is the complement of an event predicate of its own ("agreed
  // to provide", "threatened to attack"): that predicate codes the event.
  bool governed_by_event = false;
  int governor = -1;  // that predicate's token
  // A refusal rather than a plain denial of fact: "failed to reach",
  // "refused to", "will not accept" (not "did not meet", "does not
  // recognise"). CAMEO
  // codes a refused cooperation as a rejection (ClausePolicy::RefusalPredicate).
  bool refusal = false;
};

// `noun` is the event noun when the anchor is a light verb or the noun
// itself ("the meeting, which was cancelled"), else -1. `is_trigger` says
// whether a token is an event predicate (the frame finder knows).
template <typename IsTrigger>
ModalityReading ReadModality(const DependencyTree& tree, const ClausePolicy& policy, int anchor, int noun,
                             IsTrigger&& is_trigger);

// The modality the words attached to one clause or event noun give it,
// without looking up the tree; kAsserted when none.
Modality OwnModality(const DependencyTree& tree, const ClausePolicy& policy, int word);

// Combines two readings: the one that asserts less wins.
Modality Weaker(Modality a, Modality b);

}  // namespace kg::ingest::events

#include "ingest/events/modality_reader_impl.h"
