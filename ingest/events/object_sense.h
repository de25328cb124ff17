// The sense a verb takes from its object: done to somebody or something
// physical, "attack" is an assault; done to a proposition, a decision or a
// statement ("attacked the plan", "attacked the ruling as garbage") it is
// criticism, and "killed the bill" is a rejection. Which verbs change, and
// into what, is the lexicon's "abstract_object_senses"; what is abstract is
// its "abstract_nouns" (generated from WordNet's noun classes) less its
// "gathering_nouns" (a demonstration can be attacked physically). Some verbs
// name their event only when done to people ("animate_object_verbs":
// release, execute), by WordNet's "animate_nouns".
#pragma once

#include "ingest/events/dependency_tree.h"
#include "ingest/events/predicate_lexicon.h"
#include "ingest/events/trigger_finder.h"

namespace kg::ingest::events {

// The predicate of a verb trigger given its direct object (or the subject
// of its passive): `trigger.predicate` unless the object is an abstract
// noun and the verb has an abstract-object sense; -1 (no event) when the
// verb needs a person as object and the object is a common noun that names
// none ("released the report").
int PredicateForObject(const DependencyTree& tree, const PredicateLexicon& lexicon, const Trigger& trigger);

}  // namespace kg::ingest::events
