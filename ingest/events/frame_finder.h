// FrameFinder: every event frame of one parsed sentence (event_frame.h):
// the triggers (trigger_finder.h), their participants (argument_finder.h)
// and what the sentence says of each (modality_reader.h), with the intent
// policy applied: an intended event is coded as the promise or threat the
// policy names for its category ("will attack" threatens), or kept as a
// mention-level non-fact when it names none; an attack by armed forces is
// coded as the policy's armed-force code (conventional force: FIGHT).
//
// Const after construction and free of shared mutable state: one finder
// serves every thread.
#pragma once

#include <vector>

#include "ingest/actors/actor_mention.h"
#include "ingest/events/clause_policy.h"
#include "ingest/events/event_frame.h"
#include "ingest/events/predicate_lexicon.h"
#include "schema/sentence.h"

namespace kg::ingest::events {

class FrameFinder {
 public:
  FrameFinder(const PredicateLexicon& lexicon, const ClausePolicy& policy)
      : lexicon_(lexicon), policy_(policy) {}

  // `mentions` are the sentence's actor mentions (ActorRecognizer), by token.
  std::vector<EventFrame> Find(const Sentence& sentence, const std::vector<ActorMention>& mentions) const;

 private:
  void CodeArmedForce(const std::vector<ActorMention>& mentions, EventFrame* f) const;

  const PredicateLexicon& lexicon_;
  const ClausePolicy& policy_;
};

}  // namespace kg::ingest::events
