#include "ingest/syntax/main_verb_retry.h"

#include <string_view>

namespace kg::syntax {
namespace {

bool IsFiniteTag(std::string_view xpos) { return xpos == "VBD" || xpos == "VBZ" || xpos == "VBP" || xpos == "MD"; }

bool IsNominal(const Token& t) { return t.upos == "NOUN" || t.upos == "PROPN" || t.upos == "PRON"; }

}  // namespace

bool HasFiniteMainClause(const Sentence& s) {
  const int n = static_cast<int>(s.tokens.size());
  for (int i = 0; i < n; ++i) {
    const Token& t = s.tokens[i];
    if (t.head == Token::kRoot && IsFiniteTag(t.xpos)) return true;
    if (t.head >= 0 && t.head < n && s.tokens[t.head].head == Token::kRoot && IsFiniteTag(t.xpos)) {
      const std::string_view rel = t.UniversalRelation();
      if (rel == "aux" || rel == "cop") return true;
    }
  }
  return false;
}

int MisreadMainVerb(const Sentence& s) {
  if (s.section == Section::kTitle) return -1;
  const int n = static_cast<int>(s.tokens.size());
  bool nominal_before = false;
  for (int i = 0; i < n; ++i) {
    const Token& t = s.tokens[i];
    if (t.xpos == "VBN" && nominal_before && i > 0) {
      const Token& before = s.tokens[i - 1];
      const bool attributive = before.upos == "DET" || before.upos == "ADJ" || before.upos == "ADP";
      const bool agentive = i + 1 < n && s.tokens[i + 1].text == "by";
      if (!attributive && !agentive) return i;
    }
    if (t.upos == "VERB" || t.upos == "AUX") return -1;  // the clause has its verb already
    nominal_before = nominal_before || IsNominal(t);
  }
  return -1;
}

}  // namespace kg::syntax
