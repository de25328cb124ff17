// Sentence and Token: one annotated sentence that every NLP stage reads and
// fills, as UDPipe's Sentence/Word do.
//
// The segmenter makes it (spans, forms, multiword tokens); the tagger fills
// upos, xpos and feats, the lemmatizer lemma, the parser head and deprel.
// Actor recognition and event extraction only read it. A Token is one
// syntactic word, a CoNLL-U word line: "don't" is two Tokens, "do" and
// "n't", grouped by a MultiwordToken that keeps the surface form. Every
// Token's span is a substring of the document text, so evidence spans stay
// exact.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "schema/document.h"

namespace kg {

struct Token {
  ByteSpan bytes;    // where the word stands in Document::text
  Span chars;
  std::string form;  // the characters at `bytes`, as written
  std::string text;  // form with typographic quotes, apostrophes and dashes
                     // made ASCII: what lexicons and the models read
  bool space_after = true;  // whitespace follows in the text (CoNLL-U SpaceAfter)

  // Filled by the syntax stages; empty (head kNoHead) until they have run.
  std::string lemma;
  std::string upos;   // UD universal tag: NOUN, VERB, PROPN ...
  std::string xpos;   // Penn Treebank tag: NN, VBD, NNP ...
  std::string feats;  // UD features, "Number=Sing|Person=3", empty for none
  int head = kNoHead;  // index of the head Token in Sentence::tokens, kRoot for the root
  std::string deprel;  // UD relation with subtype: nsubj:pass, obl:agent ...

  static constexpr int kRoot = -1;
  static constexpr int kNoHead = -2;

  // The value of one UD feature ("Number" -> "Plur"), empty when absent.
  std::string_view Feature(std::string_view name) const;
  // The relation without its subtype: "nsubj:pass" -> "nsubj".
  std::string_view UniversalRelation() const;
};

// Several Tokens written as one: "don't" = do + n't, "cannot" = can + not.
struct MultiwordToken {
  int first = 0;  // first and last Token index, inclusive
  int last = 0;
  std::string form;  // the surface, e.g. "don't"
};

struct Sentence {
  int index = 0;  // 0-based in the document
  ByteSpan bytes;
  Span chars;
  Section section = Section::kBody;
  std::vector<Token> tokens;
  std::vector<MultiwordToken> multiwords;  // in token order

  // The multiword token whose first word is `token`, or nullptr.
  const MultiwordToken* MultiwordStartingAt(int token) const;
};

}  // namespace kg
