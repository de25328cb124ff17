#include "ingest/events/modality_reader.h"

#include "ingest/events/infinitive_complement.h"

namespace kg::ingest::events {
namespace {

// How little a modality asserts, for Weaker.
int Strength(Modality m) {
  switch (m) {
    case Modality::kAsserted: return 0;
    case Modality::kReported: return 1;
    case Modality::kAlleged: return 2;
    case Modality::kIntended: return 3;
    case Modality::kHypothetical: return 4;
    case Modality::kQuestioned: return 5;
    case Modality::kCancelled: return 6;
    case Modality::kNegated: return 7;
  }
  return 0;
}

// "Did Iran attack?": the main clause of a sentence ending in a question mark.
bool IsQuestionClause(const DependencyTree& tree, int word) {
  if (tree.head(word) >= 0) return false;
  for (int i = tree.size() - 1; i >= 0; --i) {
    if (tree.upos(i) != "PUNCT") return false;
    if (tree.token(i).text == "?") return true;
  }
  return false;
}

// A subject that says nobody did it: its determiner or the first word of
// its coordination is a negator ("no official", "neither Spain nor ...").
// The coordination may be of the subject's modifiers: "neither US nor
// British authorities" hangs "neither" on "US", a compound of the subject;
// so the negator is the first word of the subject, wherever it hangs.
bool HasNegatingWord(const DependencyTree& tree, const ClausePolicy& policy, int subject) {
  const int first = tree.Span(subject).first;
  const std::string_view rel = tree.relation(first);
  return (rel == "det" || rel == "cc:preconj") && policy.IsNegator(tree.lemma(first));
}

// A clause under a noun with a subject of its own is its content ("its
// demand that Uganda withdraw"), not a relative or participle clause that
// says what became of it ("a meeting, which was cancelled").
bool HasOwnSubject(const DependencyTree& tree, int clause) {
  for (int c : tree.children(clause)) {
    if (tree.base_relation(c) == "nsubj" && !tree.IsRelativePronoun(c)) return true;
  }
  return false;
}

bool HasInfinitiveComplement(const DependencyTree& tree, const ClausePolicy& policy, int verb) {
  for (int c : tree.children(verb)) {
    if (tree.upos(c) == "VERB" && IsInfinitiveComplement(tree, policy, c)) return true;
  }
  return false;
}

}  // namespace

bool IsWillingNegation(const DependencyTree& tree, const ClausePolicy& policy, int verb) {
  for (int c : tree.ChildrenBy(verb, "aux")) {
    if (policy.IsFuture(tree.lemma(c)) || policy.IsModal(tree.lemma(c))) return true;
  }
  return false;
}

bool IsAllegedClause(const DependencyTree& tree, const ClausePolicy& policy, int clause) {
  const int h = tree.head(clause);
  if (h < 0) return false;
  const std::string_view rel = tree.base_relation(clause);
  if (rel == "advcl") return policy.IsAllegationVerb(tree.lemma(h));
  if (rel != "acl" || tree.ChildBy(clause, "mark") < 0) return false;
  // The parser hangs "of smuggling" on the accused as often as on the verb.
  const int verb = tree.head(h);
  const std::string_view accused = tree.relation(h);
  return verb >= 0 && (accused == "obj" || accused == "nsubj:pass") && policy.IsAllegationVerb(tree.lemma(verb));
}

Modality Weaker(Modality a, Modality b) { return Strength(a) >= Strength(b) ? a : b; }

Modality OwnModality(const DependencyTree& tree, const ClausePolicy& policy, int word) {
  Modality m = Modality::kAsserted;
  for (int c : tree.children(word)) {
    const std::string_view rel = tree.base_relation(c);
    const std::string& lemma = tree.lemma(c);
    if ((rel == "advmod" || rel == "det" || rel == "cc") && policy.IsNegator(lemma)) {
      m = Weaker(m, Modality::kNegated);
    } else if (rel == "nsubj" && HasNegatingWord(tree, policy, c)) {
      m = Weaker(m, Modality::kNegated);  // "neither Spain nor Portugal condemned", "no official said"
    } else if (rel == "aux") {
      if (policy.IsNegator(lemma)) m = Weaker(m, Modality::kNegated);
      else if (policy.IsModal(lemma)) m = Weaker(m, Modality::kHypothetical);
      else if (policy.IsFuture(lemma)) m = Weaker(m, Modality::kIntended);
    } else if (rel == "mark" && tree.base_relation(word) == "ccomp" && policy.IsQuestionMarker(lemma)) {
      m = Weaker(m, Modality::kQuestioned);  // "asked whether", "did not say if"
    } else if (rel == "mark" && policy.IsConditionalMarker(lemma)) {
      m = Weaker(m, Modality::kHypothetical);
    } else if (rel == "advcl" && !HasInfinitiveComplement(tree, policy, word)) {
      // The consequent of a condition: "if they attack, Israel will respond".
      // Not a threat or promise: "threatened to break relations unless
      // Russia withdrew" is a threat made, whose content is conditional.
      for (int g : tree.children(c)) {
        if (tree.base_relation(g) == "mark" && policy.IsConditionalMarker(tree.lemma(g))) {
          m = Weaker(m, Modality::kHypothetical);
        }
      }
    } else if (rel == "acl" && policy.IsCancelVerb(tree.PhrasalLemma(c)) && !HasOwnSubject(tree, c)) {
      m = Weaker(m, Modality::kCancelled);  // "a meeting, which was cancelled"
    }
  }
  // "the meeting was cancelled", "called off the talks": the event is what
  // a cancelling verb governs.
  const int h = tree.head(word);
  if (h >= 0 && policy.IsCancelVerb(tree.PhrasalLemma(h))) {
    const std::string_view rel = tree.base_relation(word);
    if (rel == "obj" || rel == "nsubj" || rel == "xcomp") m = Weaker(m, Modality::kCancelled);
  }
  if (IsQuestionClause(tree, word)) m = Weaker(m, Modality::kQuestioned);
  return m;
}

}  // namespace kg::ingest::events
