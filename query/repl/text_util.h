// Small ASCII text helpers the shell needs for its own syntax (commands,
// keywords, quoting). Entity names are matched by case-folded prefix only,
// which is right for the ASCII-case differences users make when typing.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace kg::repl {

inline bool IsBlank(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

std::string_view Trim(std::string_view text);
// The lines of `text`, split at '\n' (a text without one is one line).
std::vector<std::string> SplitLines(std::string_view text);
std::string ToLower(std::string_view text);
bool StartsWithIgnoreCase(std::string_view text, std::string_view prefix);

// Levenshtein distance, for "did you mean …" suggestions.
size_t EditDistance(std::string_view a, std::string_view b);

// `text` as the shell would read it back as one argument: bare when it is a
// single word, else in double quotes with `"` and `\` escaped.
std::string QuoteIfNeeded(std::string_view text);
std::string Quote(std::string_view text);

// `words` as lines of at most `width` columns (0: 80), each line led by
// `indent` and each word parted from the next by two spaces.
std::string WrapWords(const std::vector<std::string>& words, size_t width, std::string_view indent = "");

}  // namespace kg::repl
