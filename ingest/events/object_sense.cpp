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

// "attacked Biden for his record", "assailed the ruling as garbage": a
// reason or a label given for what is attacked makes the attack verbal,
// whoever is its object. A reason is a for-phrase of a statement or act
// (an abstract noun), of somebody's doing ("for his response") or a gerund;
// not a time ("for hours") nor a clause of time ("as the convoy passed").
bool GivesReasonOrLabel(const DependencyTree& tree, const PredicateLexicon& lexicon, int verb) {
  for (int c : tree.children(verb)) {
    const std::string_view rel = tree.base_relation(c);
    const std::string_view prep = tree.CaseOf(c);
    const std::string_view tag = tree.upos(c);
    if (prep == "as" && (rel == "obl" || rel == "xcomp") && (tag == "NOUN" || tag == "ADJ")) return true;
    if (prep != "for") continue;
    if (rel == "obl" && tag == "NOUN" &&
        (lexicon.IsAbstractNoun(tree.lemma(c)) || tree.ChildBy(c, "nmod:poss") >= 0)) {
      return true;
    }
    if (rel == "advcl" && tree.token(c).xpos == "VBG") return true;
  }
  return false;
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
  if (lexicon.NeedsConcreteObject(verb) && tag == "NOUN" && lexicon.IsAbstractNoun(tree.lemma(object))) {
    return -1;  // "delivered a speech", "sent a message"
  }
  const int other = lexicon.AbstractObjectPredicate(verb);
  if (other < 0) return trigger.predicate;
  if (GivesReasonOrLabel(tree, lexicon, trigger.anchor)) return other;
  if (tag != "NOUN") return trigger.predicate;
  return lexicon.IsAbstractNoun(tree.lemma(object)) ? other : trigger.predicate;
}

}  // namespace kg::ingest::events
