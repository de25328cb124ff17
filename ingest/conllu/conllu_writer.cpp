#include "ingest/conllu/conllu_writer.h"

#include <span>
#include <vector>

namespace kg::ingest {
namespace {

// Appends `value` with each of the characters `breaking` as a space.
void AppendReplacing(std::string_view value, std::string_view breaking, std::string& out) {
  size_t start = out.size();
  out += value;
  for (size_t i = start; i < out.size(); ++i) {
    if (breaking.find(out[i]) != std::string_view::npos) out[i] = ' ';
  }
}

// One field: "_" for an empty value; tabs and line breaks as spaces.
void AppendField(std::string_view value, std::string& out) {
  if (value.empty()) {
    out += '_';
  } else {
    AppendReplacing(value, "\t\n\r", out);
  }
}

// Comments may hold tabs, which a round trip keeps, but no line break.
void AppendComment(std::string_view comment, std::string& out) {
  out += comment.empty() ? "#" : "# ";
  AppendReplacing(comment, "\n\r", out);
  out += '\n';
}

void AppendHead(int head, std::string& out) {
  if (head == Token::kNoHead) {
    out += '_';
  } else {
    out += std::to_string(head + 1);  // kRoot is HEAD 0
  }
}

std::string_view SpaceAfterMisc(bool space_after) { return space_after ? "_" : "SpaceAfter=No"; }

// What a sentence has besides kg::Sentence, each part possibly shorter than
// the sentence (a sentence built in code has no DEPS).
struct LineExtras {
  std::span<const std::string> deps, misc;
  std::span<const MultiwordColumns> multiword_columns;
  std::span<const EmptyNode> empty_nodes;
};

void AppendWordLine(const Sentence& s, int i, const LineExtras& extras, std::string& out) {
  const Token& t = s.tokens[i];
  out += std::to_string(i + 1);
  for (std::string_view field : {std::string_view(t.form), std::string_view(t.lemma), std::string_view(t.upos),
                                 std::string_view(t.xpos), std::string_view(t.feats)}) {
    out += '\t';
    AppendField(field, out);
  }
  out += '\t';
  AppendHead(t.head, out);
  out += '\t';
  AppendField(t.deprel, out);
  out += '\t';
  AppendField(static_cast<size_t>(i) < extras.deps.size() ? std::string_view(extras.deps[i]) : "_", out);
  out += '\t';
  AppendField(static_cast<size_t>(i) < extras.misc.size() ? std::string_view(extras.misc[i])
                                                          : SpaceAfterMisc(t.space_after),
              out);
  out += '\n';
}

void AppendMultiwordLine(const Sentence& s, size_t k, const LineExtras& extras, std::string& out) {
  const MultiwordToken& m = s.multiwords[k];
  out += std::to_string(m.first + 1) + "-" + std::to_string(m.last + 1) + "\t";
  AppendField(m.form, out);
  bool raw = k < extras.multiword_columns.size();
  out += "\t_\t_\t_\t";
  AppendField(raw ? std::string_view(extras.multiword_columns[k].feats) : "_", out);
  out += "\t_\t_\t_\t";
  AppendField(raw ? std::string_view(extras.multiword_columns[k].misc) : SpaceAfterMisc(s.tokens[m.last].space_after),
              out);
  out += '\n';
}

void AppendEmptyNode(const EmptyNode& node, std::string& out) {
  for (size_t c = 0; c < node.columns.size(); ++c) {
    if (c > 0) out += '\t';
    AppendField(node.columns[c], out);
  }
  out += '\n';
}

// The word, multiword and empty-node lines in file order, and the blank line.
void AppendLines(const Sentence& s, const LineExtras& extras, std::string& out) {
  size_t next_multiword = 0, next_empty = 0;
  auto empty_nodes_after = [&](int words) {
    while (next_empty < extras.empty_nodes.size() && extras.empty_nodes[next_empty].after_word == words) {
      AppendEmptyNode(extras.empty_nodes[next_empty++], out);
    }
  };
  empty_nodes_after(0);
  for (int i = 0; i < static_cast<int>(s.tokens.size()); ++i) {
    if (next_multiword < s.multiwords.size() && s.multiwords[next_multiword].first == i) {
      AppendMultiwordLine(s, next_multiword++, extras, out);
    }
    AppendWordLine(s, i, extras, out);
    empty_nodes_after(i + 1);
  }
  out += '\n';
}

std::string TokenRangeMisc(Span chars, bool space_after) {
  std::string misc = space_after ? "" : "SpaceAfter=No|";
  return misc + "TokenRange=" + std::to_string(chars.start) + ":" + std::to_string(chars.end);
}

// MISC of each word and multiword token of a pipeline sentence.
void PipelineMisc(const Sentence& s, std::vector<std::string>& misc, std::vector<MultiwordColumns>& multiword) {
  for (const Token& t : s.tokens) misc.push_back(TokenRangeMisc(t.chars, t.space_after));
  for (const MultiwordToken& m : s.multiwords) {
    const Token& last = s.tokens[m.last];
    MultiwordColumns columns;
    columns.misc = TokenRangeMisc({s.tokens[m.first].chars.start, last.chars.end}, last.space_after);
    multiword.push_back(std::move(columns));
    for (int i = m.first; i <= m.last; ++i) misc[i] = "_";
  }
}

}  // namespace

void AppendConllu(const ConlluSentence& sentence, std::string& out) {
  for (const std::string& comment : sentence.comments) AppendComment(comment, out);
  AppendLines(sentence.sentence, {sentence.deps, sentence.misc, sentence.multiword_columns, sentence.empty_nodes},
              out);
}

void WriteConllu(const ConlluSentence& sentence, std::ostream& out) {
  std::string text;
  AppendConllu(sentence, text);
  out << text;
}

void AppendPipelineConllu(const Document& document, const Sentence& sentence, std::string_view sent_id,
                          std::string& out) {
  AppendComment("sent_id = " + std::string(sent_id), out);
  std::string_view text = std::string_view(document.text).substr(sentence.bytes.begin,
                                                                 sentence.bytes.end - sentence.bytes.begin);
  AppendComment("text = " + std::string(text), out);
  std::vector<std::string> misc;
  std::vector<MultiwordColumns> multiword;
  PipelineMisc(sentence, misc, multiword);
  AppendLines(sentence, {{}, misc, multiword, {}}, out);
}

void WritePipelineConllu(const Document& document, const Sentence& sentence, std::string_view sent_id,
                         std::ostream& out) {
  std::string text;
  AppendPipelineConllu(document, sentence, sent_id, text);
  out << text;
}

}  // namespace kg::ingest
