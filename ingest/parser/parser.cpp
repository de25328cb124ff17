#include "ingest/parser/parser.h"

#include <algorithm>
#include <limits>

#include "ingest/tagger/tagger.h"
#include "ingest/tagger/word_shape.h"

namespace kg::syntax {

bool ClassAllowed(const ParseState& state, int cls, int root_label) {
  Move move = ClassMove(cls);
  if (!state.Valid(move)) return false;
  if (move == Move::kShift || root_label < 0) return true;
  bool root_arc = move == Move::kLeft && state.Buffer(0) == state.words();
  return (ClassLabel(cls) == root_label) == root_arc;
}

int BestValidClass(const ParseState& state, const float* scores, int classes, int root_label) {
  int best = -1;
  float best_score = -std::numeric_limits<float>::infinity();
  for (int c = 0; c < classes; ++c) {
    if (!ClassAllowed(state, c, root_label)) continue;
    if (best < 0 || scores[c] > best_score) best = c, best_score = scores[c];
  }
  return best;
}

ParserWords Parser::Words(const Sentence& sentence) const {
  ParserWords words;
  const size_t n = sentence.tokens.size();
  words.word.reserve(n + 1);
  words.tag.reserve(n + 1);
  words.upos.reserve(n + 1);
  for (const Token& t : sentence.tokens) {
    words.word.push_back(HashString(LowerAscii(t.text)));
    words.tag.push_back(static_cast<uint64_t>(tags_.Id(Tagger::JointTag(t.upos, t.xpos)) + 2));
    words.upos.push_back(HashString(t.upos));
  }
  words.word.push_back(HashString("<root>"));
  words.tag.push_back(0);
  words.upos.push_back(0);
  return words;
}

void Parser::Predict(const Sentence& sentence, std::vector<int>* heads, std::vector<int>* labels) const {
  const int n = static_cast<int>(sentence.tokens.size());
  ParserWords words = Words(sentence);
  ParseState state(n);
  const int classes = weights_.classes();
  std::vector<FeatureKey> keys;
  std::vector<float> scores(static_cast<size_t>(classes));
  while (!state.Terminal()) {
    ExtractParserFeatures(state, words, &keys);
    std::fill(scores.begin(), scores.end(), 0.0f);
    weights_.Score(keys.data(), keys.size(), scores.data());
    int cls = BestValidClass(state, scores.data(), classes, labels_.Id("root"));
    state.Apply(ClassMove(cls), ClassLabel(cls));
  }
  heads->resize(static_cast<size_t>(n));
  labels->resize(static_cast<size_t>(n));
  for (int i = 0; i < n; ++i) {
    (*heads)[static_cast<size_t>(i)] = state.Head(i);
    (*labels)[static_cast<size_t>(i)] = state.Label(i);
  }
}

void Parser::Parse(Sentence& sentence) const {
  std::vector<int> heads, labels;
  Predict(sentence, &heads, &labels);
  const int n = static_cast<int>(sentence.tokens.size());
  for (int i = 0; i < n; ++i) {
    Token& t = sentence.tokens[static_cast<size_t>(i)];
    t.head = heads[static_cast<size_t>(i)] == n ? Token::kRoot : heads[static_cast<size_t>(i)];
    t.deprel = labels_.Name(labels[static_cast<size_t>(i)]);
  }
}

void Parser::Write(ByteWriter& out) const {
  tags_.Write(out);
  labels_.Write(out);
  weights_.Write(out);
}

Result<Parser> Parser::Read(std::string_view bytes, const std::string& origin) {
  Parser p;
  ByteReader in(bytes);
  if (!p.tags_.Read(in) || !p.labels_.Read(in) || !p.weights_.Read(in) ||
      p.weights_.classes() != MoveClasses(p.labels_.size()) || !in.AtEnd()) {
    return Status::Corruption(origin + ": the parser section of the model is damaged");
  }
  return p;
}

}  // namespace kg::syntax
