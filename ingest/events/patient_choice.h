// ChoosePatients: which of a frame's patients the event is done to, once
// its predicate and modality are known. The argument finder collects every
// candidate the clause offers; this keeps the ones an event coder would:
//
// - An actor beats a thing. What is given, sent or talked about is not
//   whom the event is done to: "delivered rice to North Korea" aids North
//   Korea, not rice. A document or agreement (an object noun of the
//   predicate lexicon) stays beside the actor: "vetoed the resolution
//   against Syria" vetoes the resolution.
// - Some events need an actor on the other side, and a thing alone is no
//   patient for them: one done with someone (the predicate's
//   "needs_actor_patient": "discussed the crisis" is no consultation;
//   coordinated agents still consult each other) and an intent coded as a promise or a threat ("will evacuate the
//   settlements" promises nobody anything).
#pragma once

#include "ingest/events/event_frame.h"
#include "ingest/events/predicate_lexicon.h"

namespace kg::ingest::events {

class DependencyTree;

void ChoosePatients(const DependencyTree& tree, const PredicateLexicon& lexicon, EventFrame* frame);

}  // namespace kg::ingest::events
