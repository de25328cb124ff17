// DependencyTree: the parse of one annotated sentence (schema/sentence.h)
// seen from the heads down, as event frames read it: the children of a
// word by relation, the relation a word hangs by, and the path between two
// words for the evidence.
//
// It only reads the Sentence, which must outlive it. A sentence that was
// never parsed (every head kNoHead) gives a tree of roots with no
// relations, so frames find nothing in it rather than misreading it.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "schema/sentence.h"

namespace kg::ingest::events {

class DependencyTree {
 public:
  explicit DependencyTree(const Sentence& sentence);

  int size() const { return static_cast<int>(tokens_.size()); }
  const Token& token(int i) const { return tokens_[i]; }
  // The head of `i`, or -1 for a root.
  int head(int i) const { return heads_[i]; }
  // The full relation ("nsubj:pass") and its universal part ("nsubj").
  std::string_view relation(int i) const { return tokens_[i].deprel; }
  std::string_view base_relation(int i) const { return tokens_[i].UniversalRelation(); }
  // Lower-cased lemma (the lemmatizer keeps proper nouns' capitals).
  const std::string& lemma(int i) const { return lemmas_[i]; }
  std::string_view upos(int i) const { return tokens_[i].upos; }
  const std::vector<int>& children(int i) const { return children_[i]; }
  // The lemma with its particle, "call off" for "called the talks off";
  // the lemma alone when it has none.
  std::string PhrasalLemma(int i) const;

  // Children of `i` whose relation is `relation`: a relation without a
  // subtype ("obl") matches every subtype ("obl:agent", "obl:tmod").
  std::vector<int> ChildrenBy(int i, std::string_view relation) const;
  // The first such child, or -1.
  int ChildBy(int i, std::string_view relation) const;
  // Whether a child of `i` by `relation` has the lower-case lemma `lemma`.
  bool HasChild(int i, std::string_view relation, std::string_view lemma) const;
  // The lemma of the `case` (or `mark`) child of a nominal: "by" for
  // "by the United States"; empty when none.
  std::string_view CaseOf(int i) const;
  // "which", "who", "that" opening a relative clause.
  bool IsRelativePronoun(int i) const;
  // The words of `i` and everything below it: first and one-past-last index.
  std::pair<int, int> Span(int i) const;
  // "nsubj", "obl:agent<by", "^acl:relcl" (up to the antecedent): how `from`
  // reaches `to` through the tree, for the evidence. Empty if unrelated.
  std::string Path(int from, int to) const;

 private:
  const std::vector<Token>& tokens_;
  std::vector<int> heads_;
  std::vector<std::vector<int>> children_;
  std::vector<std::string> lemmas_;
};

// `relation` matches `pattern` as ChildrenBy does.
bool RelationMatches(std::string_view relation, std::string_view pattern);

}  // namespace kg::ingest::events
