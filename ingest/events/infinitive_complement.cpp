#include "ingest/events/infinitive_complement.h"

namespace kg::ingest::events {

bool IsInfinitiveComplement(const DependencyTree& tree, const ClausePolicy& policy, int clause) {
  const int h = tree.head(clause);
  if (h < 0) return false;
  const std::string_view rel = tree.base_relation(clause);
  if (rel == "xcomp") return true;
  if (rel != "advcl" || !tree.HasChild(clause, "mark", "to") || tree.ChildBy(clause, "nsubj") >= 0) return false;
  const std::string& governor = tree.lemma(h);
  return governor != "be" && tree.upos(h) == "VERB" && (policy.IsIntentVerb(governor) || policy.IsDenialVerb(governor));
}

}  // namespace kg::ingest::events
