// CompoundView: a sentence's tokens and mentions seen over compound words
// (ingest/compound_words.h), for the relation rules. They were written when
// "cease-fire" was one token, and the predicate lexicon spells it so; the
// tokenizer now splits it as EWT does ("cease" "-" "fire"), and a lone "-"
// would read as a clause break. The view joins the compound back and maps
// what the rules find back to token positions.
#pragma once

#include <vector>

#include "ingest/actors/actor_mention.h"
#include "ingest/compound_words.h"
#include "ingest/relations/relation_finder.h"
#include "schema/sentence.h"

namespace kg::ingest::relations {

class CompoundView {
 public:
  CompoundView(const std::vector<Token>& tokens, const std::vector<ActorMention>& mentions);

  // Whether no compound was joined: then the view is the sentence itself.
  bool Unchanged() const { return ranges_.size() == token_count_; }
  const std::vector<Token>& tokens() const { return tokens_; }
  const std::vector<ActorMention>& mentions() const { return mentions_; }

  // Turns the view positions in `relation` into token positions.
  void MapBack(FoundRelation& relation) const;

 private:
  int WordOf(int token) const;
  int TokenBegin(int word) const;    // the first token of a word
  int TokenEnd(int word_end) const;  // the end of the token range of words ending at `word_end`
  void MapRange(int& first, int& end) const;

  size_t token_count_ = 0;
  std::vector<TokenRange> ranges_;
  std::vector<int> word_of_token_;
  std::vector<Token> tokens_;
  std::vector<ActorMention> mentions_;
};

}  // namespace kg::ingest::relations
