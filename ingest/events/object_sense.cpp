#include "ingest/events/object_sense.h"

#include <string>

namespace kg::ingest::events {

namespace {

// "attacks on mail-in voting", "an assault against the ruling": what an
// event noun is done to.
int NounObject(const DependencyTree& tree, int noun) {
  for (int c : tree.ChildrenBy(noun, "nmod")) {
    const std::string_view prep = tree.CaseOf(c);
    if (prep == "on" || prep == "against" || prep == "upon") return c;
  }
  return -1;
}

}  // namespace

int PredicateForObject(const DependencyTree& tree, const PredicateLexicon& lexicon, const Trigger& trigger) {
  if (trigger.kind == TriggerKind::kNoun) {
    const int other = lexicon.AbstractObjectPredicate(tree.lemma(trigger.noun));
    const int object = other < 0 ? -1 : NounObject(tree, trigger.noun);
    if (object < 0 || tree.upos(object) != "NOUN") return trigger.predicate;
    return lexicon.IsAbstractNoun(tree.lemma(object)) ? other : trigger.predicate;
  }
  if (trigger.kind != TriggerKind::kVerb) return trigger.predicate;
  std::string verb = tree.lemma(trigger.anchor);
  for (int k : trigger.particles) {
    if (k >= 0) verb += " " + tree.lemma(k);
  }
  int object = tree.ChildBy(trigger.anchor, "obj");
  if (object < 0) object = tree.ChildBy(trigger.anchor, "nsubj:pass");
  // "a statement released by his office": a participle's noun is its object.
  if (object < 0 && tree.relation(trigger.anchor) == "acl" && tree.token(trigger.anchor).xpos == "VBN") {
    object = tree.head(trigger.anchor);
  }
  if (object < 0) return trigger.predicate;
  const std::string_view tag = tree.upos(object);
  if (lexicon.NeedsAnimateObject(verb) && lexicon.HasAnimateNouns() && tag != "PROPN" && tag != "PRON" &&
      !(tag == "NOUN" && lexicon.IsAnimateNoun(tree.lemma(object)))) {
    return -1;  // "released a statement", "released the tell-all book"
  }
  if (tag != "NOUN") return trigger.predicate;
  const std::string& noun = tree.lemma(object);
  const int other = lexicon.AbstractObjectPredicate(verb);
  if (other < 0) return trigger.predicate;
  return lexicon.IsAbstractNoun(noun) ? other : trigger.predicate;
}

}  // namespace kg::ingest::events
