#include "ingest/lemmatizer/lemmatizer.h"

#include <algorithm>
#include <map>
#include <vector>

#include "ingest/tagger/word_shape.h"

namespace kg::syntax {
namespace {

// Suffix rules: for words of `tags` (Penn tags starting so), a word ending
// in `suffix` has the lemma with `base` in its place. Tried in order; the
// first whose answer WordNet knows wins, else the first that applied.
struct SuffixRule {
  const char* tags;
  WordClass word_class;
  const char* suffix;
  const char* base;
};
constexpr SuffixRule kSuffixRules[] = {
    {"NNS", WordClass::kNoun, "ies", "y"},   {"NNS", WordClass::kNoun, "ves", "f"},
    {"NNS", WordClass::kNoun, "ves", "fe"},  {"NNS", WordClass::kNoun, "ses", "s"},
    {"NNS", WordClass::kNoun, "xes", "x"},   {"NNS", WordClass::kNoun, "ches", "ch"},
    {"NNS", WordClass::kNoun, "shes", "sh"}, {"NNS", WordClass::kNoun, "men", "man"},
    {"NNS", WordClass::kNoun, "s", ""},
    {"VBZ", WordClass::kVerb, "ies", "y"},   {"VBZ", WordClass::kVerb, "es", "e"},
    {"VBZ", WordClass::kVerb, "es", ""},     {"VBZ", WordClass::kVerb, "s", ""},
    {"VBD", WordClass::kVerb, "ied", "y"},   {"VBD", WordClass::kVerb, "ed", "e"},
    {"VBD", WordClass::kVerb, "ed", ""},     {"VBN", WordClass::kVerb, "ied", "y"},
    {"VBN", WordClass::kVerb, "ed", "e"},    {"VBN", WordClass::kVerb, "ed", ""},
    {"VBG", WordClass::kVerb, "ying", "ie"}, {"VBG", WordClass::kVerb, "ing", "e"},
    {"VBG", WordClass::kVerb, "ing", ""},
    {"JJR", WordClass::kAdjective, "ier", "y"}, {"JJR", WordClass::kAdjective, "er", "e"},
    {"JJR", WordClass::kAdjective, "er", ""},   {"JJS", WordClass::kAdjective, "iest", "y"},
    {"JJS", WordClass::kAdjective, "est", "e"}, {"JJS", WordClass::kAdjective, "est", ""},
    {"RBR", WordClass::kAdverb, "er", ""},      {"RBS", WordClass::kAdverb, "est", ""},
};

std::string TableKey(std::string_view form, std::string_view xpos) {
  std::string key(form);
  key.push_back('\t');
  key.append(xpos);
  return key;
}

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() > suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// "stopped" -> "stop": the stem with a doubled final consonant undone.
std::string Undouble(const std::string& stem) {
  size_t n = stem.size();
  if (n >= 3 && stem[n - 1] == stem[n - 2] && std::string_view("aeiouy").find(stem[n - 1]) == std::string_view::npos) {
    return stem.substr(0, n - 1);
  }
  return stem;
}

}  // namespace

std::string Lemmatizer::RuleLemma(std::string_view form, std::string_view upos, std::string_view xpos) const {
  const bool proper = upos == "PROPN";
  const std::string lower = LowerAscii(form);
  if (proper && xpos != "NNPS") return std::string(form);
  const std::string& word = proper ? std::string(form) : lower;
  std::string first_applied;
  for (const SuffixRule& rule : kSuffixRules) {
    std::string_view tags = rule.tags;
    if (xpos != tags && !(proper && tags == "NNS")) continue;
    const auto& known = wordnet_.lemmas[static_cast<int>(rule.word_class)];
    if (first_applied.empty()) {
      const auto& irregular = wordnet_.exceptions[static_cast<int>(rule.word_class)];
      auto it = irregular.find(lower);
      if (it != irregular.end()) return it->second;
    }
    if (!EndsWith(word, rule.suffix)) continue;
    std::string stem = word.substr(0, word.size() - std::string_view(rule.suffix).size()) + rule.base;
    if (known.count(LowerAscii(stem))) return stem;
    std::string undoubled = Undouble(stem);
    if (rule.base[0] == '\0' && undoubled != stem && known.count(LowerAscii(undoubled))) return undoubled;
    if (first_applied.empty()) first_applied = stem;
  }
  if (!first_applied.empty()) return first_applied;
  return proper ? std::string(form) : lower;
}

std::string Lemmatizer::LemmaOf(std::string_view form, std::string_view upos, std::string_view xpos) const {
  auto it = table_.find(TableKey(form, xpos));
  if (it != table_.end()) return it->second;
  if (upos != "PROPN") {
    it = table_.find(TableKey(LowerAscii(form), xpos));
    if (it != table_.end()) return it->second;
  }
  return RuleLemma(form, upos, xpos);
}

void Lemmatizer::Lemmatize(Sentence& sentence) const {
  for (Token& t : sentence.tokens) t.lemma = LemmaOf(t.text, t.upos, t.xpos);
}

void Lemmatizer::Learn(const std::vector<Sentence>& gold) {
  // Counted by the form as written for proper nouns, lower-cased otherwise,
  // as LemmaOf looks them up.
  std::map<std::string, std::map<std::string, int>> counts;
  std::map<std::string, std::pair<std::string, std::string>> tags_of;
  for (const Sentence& s : gold) {
    for (const Token& t : s.tokens) {
      std::string key = TableKey(t.upos == "PROPN" ? t.text : LowerAscii(t.text), t.xpos);
      ++counts[key][t.lemma];
      tags_of.emplace(key, std::make_pair(t.upos, t.xpos));
    }
  }
  table_.clear();
  for (const auto& [key, lemmas] : counts) {
    auto best = std::max_element(lemmas.begin(), lemmas.end(),
                                 [](const auto& a, const auto& b) { return a.second < b.second; });
    const auto& [upos, xpos] = tags_of[key];
    if (best->first != RuleLemma(key.substr(0, key.find('\t')), upos, xpos)) table_.emplace(key, best->first);
  }
}

void Lemmatizer::Write(ByteWriter& out) const {
  wordnet_.Write(out);
  std::vector<std::pair<std::string, std::string>> items(table_.begin(), table_.end());
  std::sort(items.begin(), items.end());
  out.U32(static_cast<uint32_t>(items.size()));
  for (const auto& [key, lemma] : items) out.String(key), out.String(lemma);
}

Result<Lemmatizer> Lemmatizer::Read(std::string_view bytes, const std::string& origin) {
  Lemmatizer l;
  ByteReader in(bytes);
  bool ok = l.wordnet_.Read(in);
  uint32_t n = in.U32();
  ok = ok && in.Has(static_cast<uint64_t>(n) * 8);
  for (uint32_t i = 0; ok && i < n && in.ok(); ++i) {
    std::string key = in.String();
    l.table_.emplace(std::move(key), in.String());
  }
  if (!ok || !in.ok() || !in.AtEnd()) {
    return Status::Corruption(origin + ": the lemmatizer section of the model is damaged");
  }
  return l;
}

}  // namespace kg::syntax
