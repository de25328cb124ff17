// Segmenter: splits the text regions of a Document into sentences and tokens.
//
// ICU's sentence and word break iterators do the Unicode work; on top of
// them the segmenter keeps abbreviations from ending sentences ("U.N.
// Security Council", "Gen. Smith", "Dec. 10"), joins "U.N." and "de-escalate"
// into one token, splits possessives and negations ("Russia’s" -> "Russia",
// "'s"; "didn't" -> "did", "n't") and normalises typographic quotes,
// apostrophes and dashes in Token::text while every span still points at the
// original characters. A lone newline inside a region is a soft line wrap;
// blank lines separate regions (the readers' paragraphs).
//
// A Segmenter holds ICU iterators, which are not thread-safe: use one per
// thread.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include <rapidjson/document.h>

#include "ingest/document.h"
#include "ingest/lexicon/lexicons.h"
#include "schema/status.h"

namespace kg::ingest {

// Words that take a period without ending a sentence: the lexicon files of
// kind "abbreviations" (ingest/lexicons/abbreviations.json, and any file a
// user adds with that kind), spelled without the final period.
struct Abbreviations {
  std::unordered_set<std::string> titles;          // Mr, Gen: always followed by a name
  std::unordered_set<std::string> before_numbers;  // Dec, No: not final before a number
  std::unordered_set<std::string> others;          // Inc, etc: final before a capital
  // Capitalised words that start sentences, so that "... the U.S. The vote"
  // still splits after an initialism while "the U.N. Security Council" does not.
  std::unordered_set<std::string> sentence_starters;

  static Result<Abbreviations> FromLexicons(const Lexicons& lexicons);
  // Parses the JSON text of one such file; `origin` names it in errors.
  static Result<Abbreviations> Parse(std::string_view json, const std::string& origin);
  // Adds the lists of one parsed file.
  Status Merge(const rapidjson::Value& json, const std::string& origin);
  bool Contains(const std::string& word) const;
};

class Segmenter {
 public:
  static Result<std::unique_ptr<Segmenter>> Create(const Lexicons& lexicons);
  // Loads the lexicon folder `lexicon_dir` first.
  static Result<std::unique_ptr<Segmenter>> Create(const std::string& lexicon_dir);
  static Result<std::unique_ptr<Segmenter>> Create(Abbreviations abbreviations);
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

// Typographic quotes, apostrophes and dashes replaced by their ASCII forms.
std::string NormalizePunctuation(std::string_view text);

}  // namespace kg::ingest
