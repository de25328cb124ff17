#include "kg/tree_text.h"

#include <vector>

namespace kg::cli {
namespace {

void AppendSubtree(const Sentence& s, const std::vector<std::vector<int>>& children, int word, int depth,
                   std::string& out) {
  const Token& t = s.tokens[static_cast<size_t>(word)];
  out.append(static_cast<size_t>(2 * depth), ' ');
  out += t.deprel.empty() ? "_" : t.deprel;
  out += "  " + t.form + "  " + t.upos + " " + t.xpos;
  if (!t.lemma.empty() && t.lemma != t.form) out += "  (" + t.lemma + ")";
  out += '\n';
  for (int child : children[static_cast<size_t>(word)]) AppendSubtree(s, children, child, depth + 1, out);
}

}  // namespace

void AppendTreeText(const Sentence& sentence, std::string_view id, std::string& out) {
  const int n = static_cast<int>(sentence.tokens.size());
  std::vector<std::vector<int>> children(static_cast<size_t>(n));
  std::vector<int> roots;
  for (int i = 0; i < n; ++i) {
    int head = sentence.tokens[static_cast<size_t>(i)].head;
    if (head >= 0 && head < n) children[static_cast<size_t>(head)].push_back(i);
    else roots.push_back(i);  // the root, or a word no parser attached
  }
  out += "# ";
  out.append(id);
  out += ':';
  for (const Token& t : sentence.tokens) out += ' ' + t.form;
  out += '\n';
  for (int root : roots) AppendSubtree(sentence, children, root, 1, out);
  out += '\n';
}

}  // namespace kg::cli
