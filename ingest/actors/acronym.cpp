#include "ingest/actors/acronym.h"

namespace kg::ingest {

namespace {
constexpr size_t kMinLetters = 2, kMaxLetters = 8;
bool IsCapital(char c) { return c >= 'A' && c <= 'Z'; }
}  // namespace

bool IsAcronym(std::string_view word) {
  if (word.size() < kMinLetters || word.size() > kMaxLetters) return false;
  for (char c : word) {
    if (!IsCapital(c)) return false;
  }
  return true;
}

bool AbbreviatesWords(std::string_view acronym, const std::vector<Word>& words, int first_word, int end_word) {
  size_t next = 0;
  for (int w = first_word; w < end_word && next < acronym.size(); ++w) {
    const std::string& text = words[w].text;
    if (!text.empty() && IsCapital(text[0]) && text[0] == acronym[next]) ++next;
  }
  return next == acronym.size();
}

}  // namespace kg::ingest
