#include "ingest/events/patient_choice.h"

#include <algorithm>

#include "ingest/events/dependency_tree.h"

namespace kg::ingest::events {

void ChoosePatients(const DependencyTree& tree, const PredicateLexicon& lexicon, EventFrame* frame) {
  std::vector<Participant>& patients = frame->patients;
  const bool actor_named = NamesActor(patients);
  const bool needs_actor = lexicon.predicate(frame->predicate).needs_actor_patient || frame->intent_coded;
  std::erase_if(patients, [&](const Participant& p) {
    if (p.is_mention()) return false;
    if (actor_named) return !(p.head >= 0 && lexicon.IsObjectNoun(tree.lemma(p.head)));
    return needs_actor;
  });
}

}  // namespace kg::ingest::events
