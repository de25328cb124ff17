// Tagger: fills Token::upos, xpos and feats of a sentence.
//
// A greedy left-to-right averaged perceptron over joint "UPOS XPOS" tags
// (features in tagger_features.h). Frequent words that the training data
// always tags the same way skip the classifier (the tag dictionary); UD
// features come from the training data's most frequent features for the
// word and tag, else for the tag. The trainer (tagger_trainer.h) makes one;
// the model file stores it (Write/Read).
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "ingest/syntax/byte_io.h"
#include "ingest/syntax/frozen_weights.h"
#include "ingest/syntax/label_set.h"
#include "ingest/tagger/tagger_features.h"
#include "schema/sentence.h"
#include "schema/status.h"

namespace kg::syntax {

class Tagger {
 public:
  // The joint tag's name: "NOUN NN".
  static std::string JointTag(std::string_view upos, std::string_view xpos);

  // Tags every token of `sentence` (reads Token::text). `proper_nouns`, when
  // given, has one flag per token: the caller knows the word is part of a
  // name (the actor lexicon's "Norway", "United States"), and the tagger
  // tags it PROPN NNP rather than guess from its spelling; the tags after
  // it are predicted from that.
  void Tag(Sentence& sentence, const std::vector<bool>* proper_nouns = nullptr) const;
  // Gives `token` the tag `upos` `xpos` and the features the tagger gives
  // that word with that tag; false (token unchanged) for a tag the model
  // does not know.
  bool Assign(Token& token, std::string_view upos, std::string_view xpos) const;
  // The joint tag ids for `sentence` without writing them: for the trainer.
  std::vector<int> Predict(const Sentence& sentence) const;

  const LabelSet& tags() const { return tags_; }
  const FrozenWeights& weights() const { return weights_; }

  void Write(ByteWriter& out) const;
  // `origin` names the model in the message of a damaged section.
  static Result<Tagger> Read(std::string_view bytes, const std::string& origin);

 private:
  friend class TaggerTrainer;
  std::string_view FeatsFor(const std::string& lower, int tag) const;
  // Each token's text in lower case, which every table lookup reads.
  static std::vector<std::string> Lowered(const Sentence& sentence);
  // The features of `sentence`, with its words' likely tags.
  TaggerFeatures Features(const Sentence& sentence, const std::vector<std::string>& lowers) const;
  std::vector<int> Predict(const Sentence& sentence, const std::vector<std::string>& lowers,
                           const std::vector<bool>* proper_nouns = nullptr) const;

  LabelSet tags_;
  FrozenWeights weights_;
  std::unordered_map<std::string, int> dictionary_;   // lower-case word -> tag
  std::unordered_map<std::string, int> likely_;       // lower-case word -> its most frequent tag
  LabelSet feats_;                                     // distinct FEATS strings
  std::unordered_map<std::string, int> word_feats_;    // "lower\ttag" -> feats id
  std::vector<int> tag_feats_;                         // tag -> feats id
};

}  // namespace kg::syntax
