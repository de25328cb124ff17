#include "schema/sentence.h"

namespace kg {

std::string_view Token::Feature(std::string_view name) const {
  std::string_view rest = feats;
  while (!rest.empty()) {
    size_t bar = rest.find('|');
    std::string_view item = rest.substr(0, bar);
    size_t eq = item.find('=');
    if (eq != std::string_view::npos && item.substr(0, eq) == name) return item.substr(eq + 1);
    if (bar == std::string_view::npos) break;
    rest.remove_prefix(bar + 1);
  }
  return {};
}

std::string_view Token::UniversalRelation() const {
  std::string_view rel = deprel;
  return rel.substr(0, rel.find(':'));
}

const MultiwordToken* Sentence::MultiwordStartingAt(int token) const {
  for (const MultiwordToken& m : multiwords) {
    if (m.first == token) return &m;
    if (m.first > token) break;
  }
  return nullptr;
}

}  // namespace kg
