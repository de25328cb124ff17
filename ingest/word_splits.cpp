#include "ingest/word_splits.h"

#include <algorithm>
#include <cctype>
#include <string>

#include "ingest/code_points.h"
#include "ingest/punctuation.h"
#include "ingest/token_shapes.h"

namespace kg::ingest {
namespace {

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() > suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// "cannot" -> "can" "not": the lexicon's words, cut at their lengths.
std::vector<ByteSpan> MultiwordParts(std::string_view written, ByteSpan word, const TokenizationRules& rules) {
  if (!IsAsciiLetters(written)) return {};
  const std::vector<std::string>* parts = rules.MultiwordParts(LowerCaseAscii(written));
  if (parts == nullptr) return {};
  std::vector<ByteSpan> out;
  size_t at = word.begin;
  for (const std::string& part : *parts) {
    out.push_back({at, at + part.size()});
    at += part.size();
  }
  return out;
}

// Where a clitic of the rules starts in `written`, or npos. The clitics are
// ASCII; the written word may have ’ for the apostrophe, and each
// character of a clitic is one code point of the word, so the clitic's
// length in code points finds it in the original bytes.
size_t CliticStart(std::string_view written, const TokenizationRules& rules) {
  const std::string normal = LowerCaseAscii(NormalizePunctuation(written));
  for (const std::string& clitic : rules.clitics) {
    if (!EndsWith(normal, clitic)) continue;
    size_t start = written.size();
    for (size_t k = 0; k < clitic.size(); ++k) CodePointBefore(written, start, &start);
    size_t before;
    // A clitic leans on a word: "n't" or "'s" alone is not split, nor the
    // plural of a number ("the 70's").
    if (start > 0 && IsLetter(CodePointBefore(written, start, &before))) return start;
  }
  return std::string_view::npos;
}

}  // namespace

std::vector<ByteSpan> SyntacticWords(std::string_view text, ByteSpan word, const TokenizationRules& rules) {
  std::string_view written = text.substr(word.begin, word.end - word.begin);
  std::vector<ByteSpan> parts = MultiwordParts(written, word, rules);
  if (!parts.empty()) return parts;
  // Clitics from the end: "should've", and "shouldn't've" twice.
  std::vector<ByteSpan> clitics;
  for (size_t start; (start = CliticStart(written, rules)) != std::string_view::npos;) {
    clitics.push_back({word.begin + start, word.begin + written.size()});
    written = written.substr(0, start);
  }
  parts.push_back({word.begin, word.begin + written.size()});
  parts.insert(parts.end(), clitics.rbegin(), clitics.rend());
  return parts;
}

}  // namespace kg::ingest
