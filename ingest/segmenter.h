// Segmenter: splits the text regions of a Document into sentences of
// tokens, as UD English EWT segments and tokenizes.
//
// ICU's sentence break iterator does the Unicode work; on top of it the
// segmenter keeps abbreviations from ending sentences ("U.N. Security
// Council", "Gen. Smith", "Dec. 10"). Each sentence's words come from the
// Tokenizer (tokenizer.h): syntactic words with clitics split off
// ("Russia’s" -> "Russia" "’s", "didn't" -> "did" "n't") and grouped by
// multiword tokens, Token::text with typographic quotes, apostrophes and
// dashes made ASCII, while every span still points at the original
// characters. A lone newline inside a region is a soft line wrap; blank
// lines separate regions (the readers' paragraphs).
//
// A Segmenter holds ICU iterators, which are not thread-safe: use one per
// thread.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "ingest/abbreviations.h"
#include "ingest/lexicon/lexicons.h"
#include "ingest/punctuation.h"
#include "ingest/tokenization_rules.h"
#include "schema/document.h"
#include "schema/sentence.h"
#include "schema/status.h"

namespace kg::ingest {

class Segmenter {
 public:
  // Reads the lexicon files of kinds "abbreviations" and "tokenization".
  static Result<std::unique_ptr<Segmenter>> Create(const Lexicons& lexicons);
  // Loads the lexicon folder `lexicon_dir` first.
  static Result<std::unique_ptr<Segmenter>> Create(const std::string& lexicon_dir);
  static Result<std::unique_ptr<Segmenter>> Create(Abbreviations abbreviations, TokenizationRules rules);
  ~Segmenter();

  // Sentences of every region of `document`, indexed from 0 in text order.
  std::vector<Sentence> Segment(const Document& document);

  // The sentences of `text` taken as one body region: for tests and tools.
  std::vector<Sentence> SegmentText(const std::string& text);

 private:
  struct Impl;
  explicit Segmenter(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace kg::ingest
