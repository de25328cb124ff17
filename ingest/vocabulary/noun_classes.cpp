#include "ingest/vocabulary/noun_classes.h"

namespace kg::ingest::vocabulary {

std::vector<std::string> NounsOfClasses(const WordNetDatabase& wordnet, const std::unordered_set<std::string>& classes) {
  std::vector<std::string> nouns;
  if (classes.empty()) return nouns;
  for (const std::string& lemma : wordnet.Lemmas('n')) {
    // Multi-word lemmas ("bill_of_rights") never match one object's lemma.
    if (lemma.find('_') != std::string::npos) continue;
    const auto& senses = wordnet.Senses(lemma, 'n');
    const Synset* first = senses.empty() ? nullptr : wordnet.Find(senses.front(), 'n');
    if (first == nullptr) continue;
    const std::string file(WordNetDatabase::LexicographerFileName(first->lexicographer_file));
    if (classes.count(file) > 0) nouns.push_back(lemma);
  }
  return nouns;
}

}  // namespace kg::ingest::vocabulary
