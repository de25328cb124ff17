#include "ingest/events/opinion_clause.h"

namespace kg::ingest::events {

bool StatesOpinion(const DependencyTree& tree, const ClausePolicy& policy, int verb) {
  if (!policy.IsOpinionVerb(tree.lemma(verb))) return false;
  if (tree.ChildBy(verb, "obj") >= 0 || tree.ChildBy(verb, "xcomp") >= 0) return false;
  const int clause = tree.ChildBy(verb, "ccomp");
  if (clause < 0) return false;
  for (int c : tree.children(clause)) {
    const std::string_view rel = tree.base_relation(c);
    if ((rel == "aux" || rel == "cop") && policy.IsUndertakingAuxiliary(tree.lemma(c))) return false;
  }
  return true;
}

}  // namespace kg::ingest::events
