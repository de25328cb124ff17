#include "ingest/piece_rules.h"

#include <cctype>
#include <string>
#include <string_view>

#include "ingest/code_points.h"
#include "ingest/punctuation.h"
#include "ingest/token_shapes.h"

namespace kg::ingest {
namespace {

bool EndsAlnum(std::string_view s) {
  size_t start;
  return !s.empty() && IsAlnum(CodePointBefore(s, s.size(), &start));
}
bool StartsAlnum(std::string_view s) { return !s.empty() && IsAlnum(CodePointAt(s, 0)); }

bool IsSentenceMark(std::string_view s) { return s == "." || s == "!" || s == "?"; }

// A mark EWT writes as one token when repeated: "''", ",,". Not brackets
// or double quotes, which each open or close something.
bool IsRepeatableMark(std::string_view s) {
  if (s.size() != 1) return false;
  const char c = s[0];
  return std::ispunct(static_cast<unsigned char>(c)) && std::string_view("()[]{}\"").find(c) == std::string_view::npos;
}

// Marks that make lines, mixed freely: "----==", "***", "~~~". Not "<" and
// ">", which come in pairs around a word ("<" "html" ">").
bool IsDecorationMark(std::string_view s) {
  return s.size() == 1 && std::string_view("-=_*~+#|^").find(s[0]) != std::string_view::npos;
}

// "..." "!!" "?!" (sentence marks mixed), "----==" (decoration mixed),
// "''" (one mark repeated).
size_t MarkRun(const TokenPieces& p, size_t i) {
  const std::string_view first = p.Slice(i);
  bool (*same_kind)(std::string_view) = IsSentenceMark(first)    ? IsSentenceMark
                                        : IsDecorationMark(first) ? IsDecorationMark
                                                                  : nullptr;
  if (same_kind == nullptr && !IsRepeatableMark(first)) return 1;
  size_t n = 1;
  while (p.Touching(i + n - 1) && (same_kind ? same_kind(p.Slice(i + n)) : p.Slice(i + n) == first)) ++n;
  return n;
}

bool StartsWithDigit(std::string_view s) { return !s.empty() && std::isdigit(static_cast<unsigned char>(s[0])); }

// "10:30", "5:00pm", "9/11", "02/13/2001": digits joined by ':' or '/'.
size_t NumberRun(const TokenPieces& p, size_t i) {
  if (!IsAsciiDigits(p.Slice(i))) return 1;
  size_t n = 1;
  while (p.Touching(i + n - 1) && p.Touching(i + n) && (p.Slice(i + n) == ":" || p.Slice(i + n) == "/") &&
         StartsWithDigit(p.Slice(i + n + 1))) {
    n += 2;
  }
  return n;
}

bool IsShortCapitals(std::string_view s) {
  if (s.empty() || s.size() > 3) return false;
  for (char c : s) {
    if (!std::isupper(static_cast<unsigned char>(c))) return false;
  }
  return true;
}

// "the 70's", "under 12's": a number's plural with its apostrophe, which
// ICU cuts as "70" "'" "s".
size_t NumberPlural(const TokenPieces& p, size_t i) {
  const bool plural = p.Touching(i) && p.Touching(i + 1) && IsAsciiDigits(p.Slice(i)) && IsApostrophe(p.Slice(i + 1)) &&
                      (p.Slice(i + 2) == "s" || p.Slice(i + 2) == "S");
  const bool word_follows = p.Touching(i + 2);
  return plural && !word_follows ? 3 : 1;
}

bool StartsChunk(const TokenPieces& p, size_t i) { return i == 0 || p[i - 1].end != p[i].begin; }

// "Russia 's", "we 'll": a clitic written apart, which ICU cuts after its
// apostrophe.
size_t CliticAlone(const TokenPieces& p, size_t i, const TokenizationRules& rules) {
  if (!StartsChunk(p, i) || !IsApostrophe(p.Slice(i)) || !p.Touching(i)) return 1;
  const std::string clitic = "'" + LowerCaseAscii(p.Slice(i + 1));
  const bool word_follows = p.Touching(i + 1) && StartsAlnum(p.Slice(i + 2));
  for (const std::string& c : rules.clitics) {
    if (c == clitic && !word_follows) return 2;
  }
  return 1;
}

// "#audiobooks": a hashtag starting a chunk. "AT&T", "P&L": capitals
// around '&'; "w/o", "b/c", "w/out": one letter, a slash and a short word,
// shorthand EWT keeps whole.
size_t SymbolWord(const TokenPieces& p, size_t i) {
  if (StartsChunk(p, i) && p.Slice(i) == "#" && p.Touching(i) && IsAsciiLetters(p.Slice(i + 1).substr(0, 1))) return 2;
  if (!p.Touching(i) || !p.Touching(i + 1)) return 1;
  const std::string_view left = p.Slice(i), mark = p.Slice(i + 1), right = p.Slice(i + 2);
  if (mark == "&" && IsShortCapitals(left) && IsShortCapitals(right)) return 3;
  if (mark == "/" && left.size() == 1 && IsAsciiLetters(left) && right.size() <= 4 && IsAsciiLetters(right)) {
    return 3;
  }
  return 1;
}

size_t AbbreviationWithPeriod(const TokenPieces& p, size_t i, const Abbreviations& abbreviations,
                              size_t last_word_end) {
  if (!p.Touching(i) || p.Slice(i + 1) != "." || p[i + 1].begin >= last_word_end) return 1;
  const std::string word(p.Slice(i));
  const bool abbreviation = IsInitialism(word) || IsCapitalInitial(word) || abbreviations.Contains(word);
  return abbreviation ? 2 : 1;
}

// Pieces of "X-Y-Z" from i: words joined by hyphens with no space (1: no hyphen follows).
size_t HyphenChain(const TokenPieces& p, size_t i) {
  size_t n = 1;
  while (p.Touching(i + n - 1) && p.Touching(i + n) && IsHyphen(p.Slice(i + n)) && EndsAlnum(p.Slice(i + n - 1)) &&
         StartsAlnum(p.Slice(i + n + 1))) {
    n += 2;
  }
  return n;
}

// Across hyphens EWT splits compounds ("center - north") but keeps a bound
// form with its word ("e-mail", "Kafka-esque"), phone numbers and the
// lexicon's hyphenated words whole.
size_t HyphenatedWord(const TokenPieces& p, size_t i, const TokenizationRules& rules) {
  const size_t chain = HyphenChain(p, i);
  if (chain == 1) return 1;
  const std::string_view whole = p.text().substr(p[i].begin, p[i + chain - 1].end - p[i].begin);
  if (IsPhoneNumber(whole) || rules.hyphenated_words.count(LowerCaseAscii(NormalizePunctuation(whole)))) return chain;
  const bool bound = rules.hyphen_prefixes.count(LowerCaseAscii(p.Slice(i))) ||
                     rules.hyphen_suffixes.count(LowerCaseAscii(p.Slice(i + 2)));
  return bound ? 3 : 1;
}

// Where the unit starts in "5pm", "3.5km", "39K" (0: not a number with a
// unit of the rules). Ordinals ("21st") and decades ("1990s") stay whole.
size_t UnitStart(std::string_view s, const TokenizationRules& rules) {
  size_t digits = 0;
  while (digits < s.size() && (std::isdigit(static_cast<unsigned char>(s[digits])) ||
                               (digits > 0 && (s[digits] == '.' || s[digits] == ',')))) {
    ++digits;
  }
  if (digits == 0 || !std::isdigit(static_cast<unsigned char>(s[digits - 1]))) return 0;
  const std::string_view unit = s.substr(digits);
  return IsAsciiLetters(unit) && rules.unit_suffixes.count(LowerCaseAscii(unit)) ? digits : 0;
}

}  // namespace

void ReshapePieces(const Abbreviations& abbreviations, const TokenizationRules& rules, size_t last_word_end,
                   TokenPieces& pieces) {
  pieces.Join([&](size_t i) { return MarkRun(pieces, i); });
  pieces.Join([&](size_t i) { return NumberRun(pieces, i); });
  pieces.Join([&](size_t i) { return NumberPlural(pieces, i); });
  pieces.Join([&](size_t i) { return CliticAlone(pieces, i, rules); });
  pieces.Join([&](size_t i) { return SymbolWord(pieces, i); });
  pieces.Join([&](size_t i) { return AbbreviationWithPeriod(pieces, i, abbreviations, last_word_end); });
  pieces.Join([&](size_t i) { return HyphenatedWord(pieces, i, rules); });
  pieces.Cut([&](size_t i) { return pieces[i].whole ? 0 : UnitStart(pieces.Slice(i), rules); });
}

}  // namespace kg::ingest
