// InfinitiveMarker: "to" before a base-form verb is the infinitive marker.
//
// The greedy tagger decides "to" before it tags the verb after it, so after
// a phrase that usually takes a preposition ("threatened on Monday to break
// relations", "agreed in principle to provide") it reads "to" as ADP IN.
// The parser then hangs the infinitive as an adverbial clause, and the
// complement of the event verb is lost. In EWT "to" tagged IN is never
// followed by a base-form verb (VB), while TO + VB is 3,885 times; so "to"
// IN before VB (or before an adverb and VB: "to further develop") is made
// PART TO, with the tagger's features for it, before the parse.
#pragma once

#include "ingest/tagger/tagger.h"
#include "schema/sentence.h"

namespace kg::syntax {

// Retags such a "to" in place; returns how many were retagged.
int MarkInfinitives(Sentence& sentence, const Tagger& tagger);

}  // namespace kg::syntax
