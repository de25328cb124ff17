// The chain walk of ReadModality (modality_reader.h), a template over the
// frame finder's trigger test.
#pragma once

#include "ingest/events/infinitive_complement.h"

namespace kg::ingest::events {

// Whether the negation of the clause of `verb` is a refusal of will, with a
// future or modal auxiliary ("will not accept", "would not meet"), rather
// than a statement of fact ("did not meet", "does not recognise").
bool IsWillingNegation(const DependencyTree& tree, const ClausePolicy& policy, int verb);

// "accused Belarus of smuggling", "blamed X for shelling", "Belarus was
// accused of smuggling": the accusation is the event; the clause it governs
// (an advcl of the verb, or an acl of the accused) is only alleged.
bool IsAllegedClause(const DependencyTree& tree, const ClausePolicy& policy, int clause);

template <typename IsTrigger>
ModalityReading ReadModality(const DependencyTree& tree, const ClausePolicy& policy, int anchor, int noun,
                             IsTrigger&& is_trigger) {
  ModalityReading reading;
  Modality m = OwnModality(tree, policy, anchor);
  if (noun >= 0 && noun != anchor) m = Weaker(m, OwnModality(tree, policy, noun));
  int k = anchor;
  for (int steps = 0; steps < tree.size(); ++steps) {
    const int h = tree.head(k);
    if (h < 0) break;
    const std::string_view rel = tree.base_relation(k);
    const std::string& governor = tree.lemma(h);
    if (IsInfinitiveComplement(tree, policy, k)) {
      if (is_trigger(h) && !policy.IsPhaseVerb(governor)) {
        reading.governed_by_event = true;
        reading.governor = h;
      }
      if (policy.IsDenialVerb(governor)) {
        m = Weaker(m, Modality::kNegated);
        reading.refusal = true;
      } else if (tree.upos(h) == "ADJ" ? policy.IsIntentAdjective(governor)
                                        : (policy.IsIntentVerb(governor) && !policy.IsPhaseVerb(governor))) {
        m = Weaker(m, Modality::kIntended);
      } else if (tree.token(k).xpos == "VBG" && !tree.HasChild(k, "mark", "to") && !policy.IsPhaseVerb(governor)) {
        // "favored offering aid", "considered sending troops": a gerund the
        // verb only weighs is not done; "began attacking" is (a phase verb),
        // "admitted attacking" reported.
        m = Weaker(m, policy.IsReportVerb(governor) ? Modality::kReported : Modality::kHypothetical);
      }
    } else if (rel == "ccomp" || rel == "csubj") {
      if (policy.IsDenialVerb(governor)) {
        m = Weaker(m, Modality::kNegated);
      } else if (policy.IsReportVerb(governor)) {
        m = Weaker(m, Modality::kReported);
        // "did not say that", "might say that": the report asserts nothing.
        if (!IsFactual(OwnModality(tree, policy, h))) m = Weaker(m, Modality::kHypothetical);
        break;
      } else if (is_trigger(h)) {
        reading.governed_by_event = true;
        reading.governor = h;
        m = Weaker(m, Modality::kIntended);
      } else {
        m = Weaker(m, Modality::kHypothetical);  // "believes that", "fears that"
      }
    } else if (rel == "conj") {
      // "will meet X and discuss Y": the shared auxiliary and negation.
      if (tree.ChildBy(k, "nsubj") >= 0 || tree.ChildBy(k, "aux") >= 0) break;
      m = Weaker(m, OwnModality(tree, policy, h));
    } else if (IsAllegedClause(tree, policy, k)) {
      m = Weaker(m, Modality::kAlleged);
      break;
    } else if (rel == "advcl") {
      // A purpose clause ("sent troops to fight") is not asserted, nor is it
      // a promise or threat of its own; other adverbial clauses stand.
      if (tree.HasChild(k, "mark", "to")) m = Weaker(m, Modality::kHypothetical);
      break;
    } else if (rel == "acl") {
      // "a plan to attack", "efforts to help": not (yet) an event.
      if (tree.HasChild(k, "mark", "to")) m = Weaker(m, Modality::kHypothetical);
      if (policy.IsHypotheticalNoun(governor)) m = Weaker(m, Modality::kHypothetical);
      break;
    } else {
      break;
    }
    m = Weaker(m, OwnModality(tree, policy, h));
    k = h;
  }
  reading.modality = m;
  if (m == Modality::kNegated && !reading.refusal) reading.refusal = IsWillingNegation(tree, policy, anchor);
  return reading;
}

}  // namespace kg::ingest::events
