// What the tagger and parser know of a word besides its spelling: its lower
// case, affixes and shape, computed once per token.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace kg::syntax {

// "Netanyahu" -> "Xxxxx", "1,000" -> "d,ddd", "U.S." -> "X.X.": letters and
// digits by class, other characters as themselves, runs cut at four.
std::string WordShape(std::string_view word);

// ASCII lower case; other bytes unchanged.
std::string LowerAscii(std::string_view word);

// Whether `word` has a letter: an ASCII letter or any non-ASCII byte (a
// letter of another script, as far as byte-level code can tell).
bool HasLetter(std::string_view word);

struct WordInfo {
  uint64_t lower = 0;     // hash of the lower-cased form
  uint64_t suffix[3]{};   // hashes of the last 1, 2, 3 ... characters (bytes 1..3 for ASCII)
  uint64_t suffix4 = 0;
  uint64_t cased = 0;     // hash of the form as written ("US" is not "us")
  uint64_t prefix = 0;    // first byte
  uint64_t prefix3 = 0;   // first three bytes
  uint64_t shape = 0;
  bool upper_initial = false;
  bool has_digit = false;
  bool has_hyphen = false;
};

WordInfo DescribeWord(std::string_view word);

}  // namespace kg::syntax
