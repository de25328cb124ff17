// Lemmatizer: fills Token::lemma from the word, its UPOS and its XPOS.
//
// In this order: what the training data says for the word and tag (its
// most frequent lemma, kept only where the rules below would say something
// else); WordNet's irregular forms; suffix rules by tag ("-ies" -> "-y",
// "-ed", "-ing", "-er", "-est"), preferring an answer WordNet knows as a
// base form; else the word itself, lower-cased unless it is a proper noun.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>

#include "ingest/lemmatizer/wordnet_lexicon.h"
#include "ingest/syntax/byte_io.h"
#include "schema/sentence.h"
#include "schema/status.h"

namespace kg::syntax {

class Lemmatizer {
 public:
  Lemmatizer() = default;
  explicit Lemmatizer(WordNetLexicon wordnet) : wordnet_(std::move(wordnet)) {}

  // Learns the training data's lemmas where the rules get them wrong.
  void Learn(const std::vector<Sentence>& gold);

  void Lemmatize(Sentence& sentence) const;
  std::string LemmaOf(std::string_view form, std::string_view upos, std::string_view xpos) const;
  // What the rules alone say (no training table).
  std::string RuleLemma(std::string_view form, std::string_view upos, std::string_view xpos) const;

  void Write(ByteWriter& out) const;
  static Result<Lemmatizer> Read(std::string_view bytes, const std::string& origin);

 private:
  WordNetLexicon wordnet_;
  std::unordered_map<std::string, std::string> table_;  // "form\txpos" -> lemma
};

}  // namespace kg::syntax
