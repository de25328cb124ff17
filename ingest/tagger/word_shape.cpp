#include "ingest/tagger/word_shape.h"

#include <cctype>

#include "ingest/syntax/feature_hash.h"

namespace kg::syntax {
namespace {

// The byte length of the last `n` UTF-8 characters of `word`.
size_t TailBytes(std::string_view word, int n) {
  size_t i = word.size();
  while (i > 0 && n > 0) {
    --i;
    if ((static_cast<unsigned char>(word[i]) & 0xC0) != 0x80) --n;
  }
  return word.size() - i;
}

}  // namespace

std::string WordShape(std::string_view word) {
  std::string shape;
  char last = 0;
  int run = 0;
  for (unsigned char c : word) {
    char s = std::isupper(c) ? 'X' : std::islower(c) ? 'x' : std::isdigit(c) ? 'd' : c >= 0x80 ? 'u' : static_cast<char>(c);
    if (c >= 0x80 && (c & 0xC0) == 0x80) continue;  // one mark per non-ASCII character
    run = s == last ? run + 1 : 1;
    last = s;
    if (run <= 4) shape.push_back(s);
  }
  return shape;
}

bool HasLetter(std::string_view word) {
  for (char c : word) {
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || static_cast<unsigned char>(c) >= 0x80) return true;
  }
  return false;
}

std::string LowerAscii(std::string_view word) {
  std::string out(word);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

WordInfo DescribeWord(std::string_view word) {
  WordInfo info;
  std::string lower = LowerAscii(word);
  std::string_view l = lower;
  info.lower = HashString(l);
  for (int n = 1; n <= 3; ++n) info.suffix[n - 1] = HashString(l.substr(l.size() - TailBytes(l, n)));
  info.suffix4 = HashString(l.substr(l.size() - TailBytes(l, 4)));
  info.cased = HashString(word);
  info.prefix = HashString(l.substr(0, 1));
  info.prefix3 = HashString(l.substr(0, 3));  // a byte is enough to tell letters, digits, marks
  info.shape = HashString(WordShape(word));
  info.upper_initial = !word.empty() && std::isupper(static_cast<unsigned char>(word[0]));
  for (unsigned char c : word) {
    info.has_digit |= std::isdigit(c) != 0;
    info.has_hyphen |= c == '-';
  }
  return info;
}

}  // namespace kg::syntax
