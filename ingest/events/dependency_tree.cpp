#include "ingest/events/dependency_tree.h"

#include <algorithm>
#include <cctype>

namespace kg::ingest::events {

bool RelationMatches(std::string_view relation, std::string_view pattern) {
  if (relation == pattern) return true;
  return pattern.find(':') == std::string_view::npos && relation.size() > pattern.size() &&
         relation.substr(0, pattern.size()) == pattern && relation[pattern.size()] == ':';
}

DependencyTree::DependencyTree(const Sentence& sentence)
    : tokens_(sentence.tokens),
      heads_(sentence.tokens.size(), -1),
      children_(sentence.tokens.size()),
      lemmas_(sentence.tokens.size()) {
  const int n = size();
  for (int i = 0; i < n; ++i) {
    const int h = tokens_[i].head;
    if (h >= 0 && h < n && h != i) {
      heads_[i] = h;
      children_[h].push_back(i);
    }
    std::string lower = tokens_[i].lemma.empty() ? tokens_[i].text : tokens_[i].lemma;
    for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    lemmas_[i] = std::move(lower);
  }
}

std::string DependencyTree::PhrasalLemma(int i) const {
  const int particle = ChildBy(i, "compound:prt");
  return particle < 0 ? lemmas_[i] : lemmas_[i] + " " + lemmas_[particle];
}

std::vector<int> DependencyTree::ChildrenBy(int i, std::string_view relation) const {
  std::vector<int> found;
  for (int c : children_[i]) {
    if (RelationMatches(tokens_[c].deprel, relation)) found.push_back(c);
  }
  return found;
}

int DependencyTree::ChildBy(int i, std::string_view relation) const {
  for (int c : children_[i]) {
    if (RelationMatches(tokens_[c].deprel, relation)) return c;
  }
  return -1;
}

bool DependencyTree::HasChild(int i, std::string_view relation, std::string_view lemma) const {
  for (int c : children_[i]) {
    if (RelationMatches(tokens_[c].deprel, relation) && lemmas_[c] == lemma) return true;
  }
  return false;
}

std::string_view DependencyTree::CaseOf(int i) const {
  for (int c : children_[i]) {
    std::string_view r = base_relation(c);
    if (r == "case" || r == "mark") return lemmas_[c];
  }
  return {};
}

std::pair<int, int> DependencyTree::Span(int i) const {
  int first = i, end = i + 1;
  std::vector<int> stack = {i};
  while (!stack.empty()) {
    const int k = stack.back();
    stack.pop_back();
    first = std::min(first, k);
    end = std::max(end, k + 1);
    for (int c : children_[k]) stack.push_back(c);
  }
  return {first, end};
}

std::string DependencyTree::Path(int from, int to) const {
  if (from == to) return "self";
  // Up from `to` to `from`: the relations read downwards.
  std::vector<std::string> down;
  for (int k = to, steps = 0; k >= 0 && steps <= size(); k = heads_[k], ++steps) {
    if (k == from) {
      std::string path;
      for (auto it = down.rbegin(); it != down.rend(); ++it) path += (path.empty() ? "" : "/") + *it;
      return path;
    }
    std::string step(tokens_[k].deprel);
    std::string_view c = CaseOf(k);
    if (!c.empty() && (base_relation(k) == "obl" || base_relation(k) == "nmod")) step += "<" + std::string(c);
    down.push_back(std::move(step));
  }
  // `to` governs `from`: "^acl:relcl" up to the antecedent.
  for (int k = from, steps = 0; k >= 0 && steps <= size(); k = heads_[k], ++steps) {
    if (heads_[k] == to) return "^" + std::string(tokens_[k].deprel);
  }
  return {};
}

bool DependencyTree::IsRelativePronoun(int i) const {
  const std::string& l = lemma(i);
  return tokens_[i].Feature("PronType") == "Rel" || l == "which" || l == "who" || l == "whom" || l == "that";
}

}  // namespace kg::ingest::events
