// Parser: fills Token::head and Token::deprel of a tagged sentence.
//
// A greedy arc-hybrid parser (arc_hybrid.h) whose moves an averaged
// perceptron scores (parser_features.h): 2n moves for n words, each the
// best-scoring valid one, so time is linear in sentence length. Relations
// are predicted with the move (LEFT-nsubj, RIGHT-obj ...), subtypes
// included. The trainer (parser_trainer.h) makes one; the model file
// stores it (Write/Read).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "ingest/parser/parser_features.h"
#include "ingest/syntax/byte_io.h"
#include "ingest/syntax/frozen_weights.h"
#include "ingest/syntax/label_set.h"
#include "schema/sentence.h"
#include "schema/status.h"

namespace kg::syntax {

class Parser {
 public:
  Parser() = default;
  Parser(LabelSet tags, LabelSet labels, FrozenWeights weights)
      : tags_(std::move(tags)), labels_(std::move(labels)), weights_(std::move(weights)) {}

  // Reads Token::text, upos and xpos; writes head and deprel.
  void Parse(Sentence& sentence) const;
  // The heads (n for the root) and label ids, without writing them.
  void Predict(const Sentence& sentence, std::vector<int>* heads, std::vector<int>* labels) const;

  // What the features read of a sentence: for the trainer too.
  ParserWords Words(const Sentence& sentence) const;

  const LabelSet& labels() const { return labels_; }
  const FrozenWeights& weights() const { return weights_; }

  void Write(ByteWriter& out) const;
  static Result<Parser> Read(std::string_view bytes, const std::string& origin);

 private:
  LabelSet tags_;    // the tagger's joint tags, "NOUN NN"
  LabelSet labels_;  // relations, "nsubj:pass"
  FrozenWeights weights_;
};

// The best-scoring valid class of `state` (ties to the lowest class). UD
// keeps the relation `root_label` for the root's one dependent: an arc to
// the root takes it, every other arc any other (-1: no such label).
int BestValidClass(const ParseState& state, const float* scores, int classes, int root_label);
// Whether class `cls` is a valid move of `state` with a label allowed there.
bool ClassAllowed(const ParseState& state, int cls, int root_label);

}  // namespace kg::syntax
