#include "ingest/events/frame_finder.h"

#include <algorithm>

#include "ingest/events/argument_finder.h"
#include "ingest/events/modality_reader.h"
#include "ingest/events/object_sense.h"
#include "ingest/events/obligation_trigger.h"
#include "ingest/events/opinion_clause.h"
#include "ingest/events/patient_choice.h"
#include "ingest/events/trigger_finder.h"

namespace kg::ingest::events {
namespace {

const char* RuleName(const Trigger& t, bool passive) {
  switch (t.kind) {
    case TriggerKind::kVerb: return passive ? "passive-verb" : "verb";
    case TriggerKind::kLightVerb: return "light-verb";
    case TriggerKind::kNoun: return "event-noun";
    case TriggerKind::kObligation: return "obligation";
  }
  return "verb";
}

void SetPhrase(const Trigger& t, EventFrame* f) {
  int first = t.anchor, last = t.anchor;
  if (t.noun >= 0) first = std::min(first, t.noun), last = std::max(last, t.noun);
  for (int k : t.particles) {
    if (k >= 0) first = std::min(first, k), last = std::max(last, k);
  }
  f->phrase_first = first;
  f->phrase_end = last + 1;
}

// Adds `targets` to the frame's patients and chooses among them again.
void AddTargets(const DependencyTree& tree, const PredicateLexicon& lexicon, std::vector<Participant> targets,
                EventFrame* f) {
  if (targets.empty()) return;
  f->patients.insert(f->patients.end(), targets.begin(), targets.end());
  ChoosePatients(tree, lexicon, f);
}

}  // namespace

// "Russian aircraft killed 46 civilians": an attack by a state's armed
// forces is conventional force, coded by the policy (FIGHT, not ASSAULT).
void FrameFinder::CodeArmedForce(const std::vector<ActorMention>& mentions, EventFrame* f) const {
  const bool armed = std::any_of(f->agents.begin(), f->agents.end(), [&](const Participant& a) {
    if (!a.is_mention()) return false;
    const ActorMention& m = mentions[static_cast<size_t>(a.mention)];
    return m.sector && policy_.IsArmedForceSector(*m.sector);
  });
  if (!armed) return;
  const std::string_view coded = policy_.ArmedForcePredicate(lexicon_.predicate(f->predicate).category);
  if (const int p = coded.empty() ? -1 : lexicon_.FindPredicate(coded); p >= 0 && p != f->predicate) {
    f->predicate = p;
    f->rule += "+armed-force";
  }
}

std::vector<EventFrame> FrameFinder::Find(const Sentence& sentence, const std::vector<ActorMention>& mentions) const {
  std::vector<EventFrame> frames;
  DependencyTree tree(sentence);
  ArgumentFinder arguments(tree, mentions, policy_, lexicon_);
  std::vector<Trigger> triggers =
      FindTriggers(tree, lexicon_, [&](int noun) { return arguments.NounHasAgent(noun); });
  // What governs an event's clause is an event when it is a predicate of
  // the lexicon; a report verb stays a report even where it makes a demand.
  std::vector<bool> is_trigger(tree.size(), false);
  for (const Trigger& t : triggers) is_trigger[t.anchor] = true;
  for (Trigger& t : FindObligationTriggers(tree, policy_, lexicon_.FindPredicate(policy_.obligation_predicate()))) {
    triggers.push_back(std::move(t));
  }
  for (const Trigger& t : triggers) {
    EventFrame f;
    f.predicate = PredicateForObject(tree, lexicon_, t);
    if (f.predicate < 0) continue;  // "released the report": not the event the verb names
    if (t.kind == TriggerKind::kVerb && StatesOpinion(tree, policy_, t.anchor)) continue;  // "agreed that vaccines work"
    f.trigger = t.noun >= 0 ? t.noun : t.anchor;
    f.agents = arguments.Agents(t);
    if (f.agents.empty()) continue;  // an agentless event is not coded
    f.patients = arguments.Patients(t);
    const ModalityReading reading =
        ReadModality(tree, policy_, t.anchor, t.noun, [&](int k) { return is_trigger[k]; });
    f.modality = reading.modality;
    // The event's own category, before an intent codes it as a promise or
    // threat: "will evacuate the settlements in Gaza" is done to Gaza.
    const std::string& category = lexicon_.predicate(f.predicate).category;
    f.rule = RuleName(t, tree.ChildBy(t.anchor, "aux:pass") >= 0 || tree.ChildBy(t.anchor, "nsubj:pass") >= 0);
    if (f.predicate != t.predicate) f.rule += "+abstract-object";
    CodeArmedForce(mentions, &f);
    if (reading.governed_by_event) {
      // "agreed to provide", "threatened to attack": the governing
      // predicate codes it; this one stays a mention-level non-fact.
      f.modality = Weaker(f.modality, Modality::kIntended);
    } else if (f.modality == Modality::kIntended) {
      const std::string_view coded = policy_.IntentPredicate(lexicon_.predicate(f.predicate).category);
      const int p = coded.empty() ? -1 : lexicon_.FindPredicate(coded);
      if (p >= 0) {
        f.predicate = p;
        f.intent_coded = true;
        f.rule += "+intent";
      }
    }
    ChoosePatients(tree, lexicon_, &f);
    // Done to no actor: a protest is done to whom its purpose names ("began
    // a hunger strike to demand the resignation of X"), then the categories
    // of the policy to the place ("imposed a curfew in Algiers").
    if (!NamesActor(f.patients) && policy_.IsPurposeTargetCategory(category)) {
      AddTargets(tree, lexicon_, arguments.PurposeTargets(t), &f);
    }
    if (!NamesActor(f.patients) && policy_.IsLocationTargetCategory(category)) {
      AddTargets(tree, lexicon_, arguments.Locations(t), &f);
    }
    SetPhrase(t, &f);
    // "will not accept", "failed to reach agreement": refusing to cooperate
    // is an event of its own, a rejection, beside the negated fact.
    const std::string_view refused =
        reading.refusal && f.modality == Modality::kNegated && !reading.governed_by_event
            ? policy_.RefusalPredicate(lexicon_.predicate(f.predicate).category)
            : std::string_view();
    const int refusal = refused.empty() ? -1 : lexicon_.FindPredicate(refused);
    if (refusal >= 0) {
      EventFrame r = f;
      r.predicate = refusal;
      r.mutual = lexicon_.predicate(f.predicate).symmetric;  // failing to agree together
      r.modality = Modality::kAsserted;
      r.rule += "+refusal";
      frames.push_back(std::move(r));
    }
    frames.push_back(std::move(f));
  }
  return frames;
}

}  // namespace kg::ingest::events
