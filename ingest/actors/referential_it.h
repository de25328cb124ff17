// Whether an "it" of a parsed sentence points back to an actor ("Japan said
// on Tuesday it had halted aid": Japan) or stands for nothing ("it is
// reported that", "it seems", "it will take weeks to"). Read from the tree,
// not from the words around it: a subject "it" refers unless its predicate
// is an impersonal verb (pronouns.json's "impersonal_predicates"), a passive
// whose real subject is its that-clause ("it was reported that"), or an
// adjective other than one of readiness with a to-clause ("it is willing to
// talk", not "it was late", "it is clear that", "it is important to": the
// "extraposing_adjectives").
#pragma once

#include "ingest/actors/actor_lexicon.h"
#include "schema/sentence.h"

namespace kg::ingest {

// `token` is the index of an "it" in `sentence`, which has been parsed.
bool IsReferentialIt(const Sentence& sentence, int token, const ActorLexicon& lexicon);

}  // namespace kg::ingest
