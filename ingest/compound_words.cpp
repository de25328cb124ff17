#include "ingest/compound_words.h"

#include <algorithm>
#include <cctype>

#include "ingest/code_points.h"
#include "ingest/punctuation.h"

namespace kg::ingest {
namespace {

bool EndsAlnum(const std::string& s) {
  size_t start;
  return !s.empty() && IsAlnum(CodePointBefore(s, s.size(), &start));
}
bool StartsAlnum(const std::string& s) { return !s.empty() && IsAlnum(CodePointAt(s, 0)); }

// Whether the hyphen at `h` joins the tokens on either side of it.
bool JoinsAt(const std::vector<Token>& tokens, size_t h) {
  return h > 0 && h + 1 < tokens.size() && IsHyphen(tokens[h].form) && !tokens[h - 1].space_after &&
         !tokens[h].space_after && EndsAlnum(tokens[h - 1].form) && StartsAlnum(tokens[h + 1].form);
}

bool IsNumber(const std::string& s) {
  return !s.empty() && std::isdigit(static_cast<unsigned char>(s[0])) &&
         s.find_first_not_of("0123456789.,") == std::string::npos;
}
bool IsLetters(const std::string& s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)); });
}

// "12" "M" of "$12M": the tokenizer cuts a unit off its number.
bool UnitAt(const std::vector<Token>& tokens, size_t u) {
  return u > 0 && u < tokens.size() && !tokens[u - 1].space_after && IsNumber(tokens[u - 1].form) &&
         IsLetters(tokens[u].form);
}

}  // namespace

std::vector<TokenRange> CompoundWordRanges(const std::vector<Token>& tokens) {
  std::vector<TokenRange> ranges;
  ranges.reserve(tokens.size());
  for (size_t i = 0; i < tokens.size();) {
    size_t end = i + 1;
    while (JoinsAt(tokens, end)) end += 2;
    if (UnitAt(tokens, end)) ++end;
    ranges.push_back({static_cast<int>(i), static_cast<int>(end)});
    i = end;
  }
  return ranges;
}

std::string CompoundText(const std::vector<Token>& tokens, TokenRange range) {
  std::string text;
  for (int i = range.first; i < range.end; ++i) text += tokens[i].text;
  return text;
}

}  // namespace kg::ingest
