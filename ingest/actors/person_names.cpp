#include "ingest/actors/person_names.h"

#include <algorithm>

namespace kg::ingest {

namespace {

std::string Join(const std::vector<Word>& words, int first_word, int end_word) {
  std::string text;
  for (int w = first_word; w < end_word; ++w) {
    if (w > first_word) text += ' ';
    text += words[w].text;
  }
  return text;
}

// "W.", "J.R.": initials, which name no one on their own.
bool IsInitial(const std::string& word) { return !word.empty() && word.back() == '.'; }

bool IsEastAsianGivenName(const std::string& word) {
  const size_t hyphen = word.find('-');
  return hyphen != std::string::npos && hyphen > 0 && hyphen + 1 < word.size() && word[hyphen + 1] >= 'a' &&
         word[hyphen + 1] <= 'z';
}

}  // namespace

std::vector<std::string> PersonShortNames(const std::vector<Word>& words, int first_word, int end_word,
                                          const ActorLexicon& lexicon) {
  std::vector<std::string> forms;
  int end = end_word;
  while (end - first_word > 1 && lexicon.IsNameSuffix(words[end - 1].text)) --end;
  const int length = end - first_word;
  if (length < 2) return forms;
  for (int w = first_word + 1; w < end; ++w) {
    if (lexicon.IsPatronymicParticle(words[w].lower)) {
      forms.push_back(Join(words, first_word, w));  // "Qaboos" of "Qaboos bin Said"
      return forms;
    }
  }
  // "Park Won-soon", "Chiang Kai-shek": a hyphenated given name with a
  // lower-case second part follows the family name, which is the short form.
  if (length == 2 && IsEastAsianGivenName(words[end - 1].text)) {
    forms.push_back(words[first_word].text);
    return forms;
  }
  if (length >= 3) {
    forms.push_back(Join(words, first_word + 1, end));  // "Rosselló Nevares"
    if (!IsInitial(words[end - 2].text)) forms.push_back(words[end - 2].text);  // "Rosselló", not "W."
  }
  forms.push_back(words[end - 1].text);
  const std::string full = Join(words, first_word, end_word);
  forms.erase(std::remove(forms.begin(), forms.end(), full), forms.end());
  return forms;
}

}  // namespace kg::ingest
