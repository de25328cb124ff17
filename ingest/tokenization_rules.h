// TokenizationRules: the policy of the tokenizer (tokenizer.h) that is data,
// not code: the lexicon files of kind "tokenization"
// (ingest/lexicons/tokenization.json, and any file a user adds with that
// kind). Tokens follow UD English EWT: clitics are words of their own
// ("do" + "n't"), hyphenated compounds split ("center - north") except where
// one side is a bound form that is not a word ("e-mail", "non-commercial").
// See docs/lexicons.md.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include <rapidjson/document.h>

#include "ingest/lexicon/lexicons.h"
#include "schema/status.h"

namespace kg::ingest {

struct TokenizationRules {
  // Endings split off a word as a word of their own: "'s", "n't", "'ll",
  // lower case, written with the ASCII apostrophe (’ matches it too).
  std::vector<std::string> clitics;
  // Lower-case words written as one that are several: "cannot" -> can, not;
  // "gonna" -> gon, na. The words spell the whole, so each stays a
  // substring of the text.
  std::unordered_map<std::string, std::vector<std::string>> multiwords;
  // Lower-case bound forms kept joined across a hyphen: "e" (e-mail), "non"
  // (non-commercial) before it; "esque" after it.
  std::unordered_set<std::string> hyphen_prefixes;
  std::unordered_set<std::string> hyphen_suffixes;
  // Lower-case hyphenated words kept whole although no side is a bound
  // form ("uh-huh").
  std::unordered_set<std::string> hyphenated_words;
  // Lower-case units cut from a number written against them: "5pm" ->
  // "5" "pm", "40km" -> "40" "km".
  std::unordered_set<std::string> unit_suffixes;
  // Emoticons, one token each: ":-)", ";)".
  std::vector<std::string> emoticons;

  static Result<TokenizationRules> FromLexicons(const Lexicons& lexicons);
  // Parses the JSON text of one such file; `origin` names it in errors.
  static Result<TokenizationRules> Parse(std::string_view json, const std::string& origin);
  // Adds the lists of one parsed file.
  Status Merge(const rapidjson::Value& json, const std::string& origin);

  // The words of `lower` (a lower-case word) when it is a multiword, else nullptr.
  const std::vector<std::string>* MultiwordParts(const std::string& lower) const;
};

}  // namespace kg::ingest
