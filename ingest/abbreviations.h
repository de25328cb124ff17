// Abbreviations: words that take a period without ending a sentence, read
// from the lexicon files of kind "abbreviations"
// (ingest/lexicons/abbreviations.json, and any file a user adds with that
// kind), spelled without the final period. The segmenter uses them to keep
// "Gen. Smith" in one sentence, the tokenizer to keep "Gen." one token.
#pragma once

#include <string>
#include <string_view>
#include <unordered_set>

#include <rapidjson/document.h>

#include "ingest/lexicon/lexicons.h"
#include "schema/status.h"

namespace kg::ingest {

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

// "U.N", "U.S", "a.m": single letters joined by periods (the final period
// left off, as a word break leaves it).
bool IsInitialism(std::string_view word);
// "M" of "Jennifer M. Anderson".
bool IsCapitalInitial(std::string_view word);

}  // namespace kg::ingest
