#include "ingest/events/obligation_trigger.h"

namespace kg::ingest::events {

std::vector<Trigger> FindObligationTriggers(const DependencyTree& tree, const ClausePolicy& policy, int predicate) {
  std::vector<Trigger> out;
  if (predicate < 0) return out;
  for (int verb = 0; verb < tree.size(); ++verb) {
    if (tree.upos(verb) != "VERB" || !policy.IsReportVerb(tree.lemma(verb))) continue;
    for (int clause : tree.ChildrenBy(verb, "ccomp")) {
      bool obliged = false;
      for (int aux : tree.ChildrenBy(clause, "aux")) obliged = obliged || policy.IsObligation(tree.lemma(aux));
      // "the College should be eliminated" demands something be done to it,
      // not of it: active clauses only.
      bool active_subject = false;
      for (int c : tree.children(clause)) active_subject = active_subject || tree.relation(c) == "nsubj";
      if (!obliged || !active_subject || tree.ChildBy(clause, "aux:pass") >= 0) continue;
      Trigger t;
      t.kind = TriggerKind::kObligation;
      t.predicate = predicate;
      t.anchor = verb;
      t.complement = clause;
      out.push_back(t);
    }
  }
  return out;
}

}  // namespace kg::ingest::events
