#include "ingest/relations/compound_view.h"

#include <algorithm>

namespace kg::ingest::relations {

CompoundView::CompoundView(const std::vector<Token>& tokens, const std::vector<ActorMention>& mentions)
    : token_count_(tokens.size()), ranges_(CompoundWordRanges(tokens)), mentions_(mentions) {
  if (Unchanged()) return;
  word_of_token_.resize(tokens.size());
  tokens_.reserve(ranges_.size());
  for (const TokenRange& range : ranges_) {
    const Token& first = tokens[range.first];
    const Token& last = tokens[range.end - 1];
    Token word;
    word.bytes = {first.bytes.begin, last.bytes.end};
    word.chars = {first.chars.start, last.chars.end};
    for (int t = range.first; t < range.end; ++t) {
      word.form += tokens[t].form;
      word_of_token_[t] = static_cast<int>(tokens_.size());
    }
    word.text = CompoundText(tokens, range);
    word.space_after = last.space_after;
    tokens_.push_back(std::move(word));
  }
  for (ActorMention& m : mentions_) {
    // Mentions cover whole words (actor recognition reads the same compounds).
    const int end = m.end_token > m.first_token ? WordOf(m.end_token - 1) + 1 : WordOf(m.first_token);
    m.first_token = WordOf(m.first_token);
    m.end_token = end;
    if (m.head_token >= 0) m.head_token = WordOf(m.head_token);
  }
}

int CompoundView::WordOf(int token) const {
  if (token <= 0) return 0;
  if (token >= static_cast<int>(token_count_)) return static_cast<int>(ranges_.size());
  return word_of_token_[token];
}

int CompoundView::TokenBegin(int word) const {
  if (word <= 0) return 0;
  if (word >= static_cast<int>(ranges_.size())) return static_cast<int>(token_count_);
  return ranges_[word].first;
}

int CompoundView::TokenEnd(int word_end) const {
  if (word_end <= 0) return 0;
  if (word_end >= static_cast<int>(ranges_.size())) return static_cast<int>(token_count_);
  return ranges_[word_end - 1].end;
}

void CompoundView::MapRange(int& first, int& end) const {
  const int begin = TokenBegin(first);
  end = end > first ? TokenEnd(end) : begin;
  first = begin;
}

void CompoundView::MapBack(FoundRelation& relation) const {
  if (Unchanged()) return;
  MapRange(relation.phrase_first, relation.phrase_end);
  for (auto* participants : {&relation.subjects, &relation.objects}) {
    for (Participant& p : *participants) {
      if (!p.is_mention()) MapRange(p.first, p.end);
    }
  }
}

}  // namespace kg::ingest::relations
