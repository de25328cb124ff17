// The lemmatizer's order of evidence: training table, WordNet exceptions,
// suffix rules checked against WordNet's base forms, the word itself.
#include <doctest/doctest.h>

#include "ingest/lemmatizer/lemmatizer.h"

using namespace kg::syntax;

namespace {

Lemmatizer Small() {
  WordNetLexicon wn;
  wn.exceptions[static_cast<int>(WordClass::kVerb)] = {{"went", "go"}, {"held", "hold"}};
  wn.exceptions[static_cast<int>(WordClass::kNoun)] = {{"men", "man"}};
  wn.lemmas[static_cast<int>(WordClass::kVerb)] = {"hope", "hop", "stop", "veto", "carry", "attack"};
  wn.lemmas[static_cast<int>(WordClass::kNoun)] = {"city", "box", "church", "sanction"};
  wn.lemmas[static_cast<int>(WordClass::kAdjective)] = {"large", "happy"};
  return Lemmatizer(std::move(wn));
}

}  // namespace

TEST_CASE("irregular forms come from WordNet's exception lists") {
  Lemmatizer l = Small();
  CHECK(l.LemmaOf("went", "VERB", "VBD") == "go");
  CHECK(l.LemmaOf("held", "VERB", "VBN") == "hold");
  CHECK(l.LemmaOf("men", "NOUN", "NNS") == "man");
}

TEST_CASE("suffix rules prefer an answer WordNet knows") {
  Lemmatizer l = Small();
  CHECK(l.LemmaOf("hoped", "VERB", "VBD") == "hope");
  CHECK(l.LemmaOf("stopped", "VERB", "VBD") == "stop");
  CHECK(l.LemmaOf("vetoed", "VERB", "VBN") == "veto");
  CHECK(l.LemmaOf("carries", "VERB", "VBZ") == "carry");
  CHECK(l.LemmaOf("attacking", "VERB", "VBG") == "attack");
  CHECK(l.LemmaOf("cities", "NOUN", "NNS") == "city");
  CHECK(l.LemmaOf("boxes", "NOUN", "NNS") == "box");
  CHECK(l.LemmaOf("churches", "NOUN", "NNS") == "church");
  CHECK(l.LemmaOf("larger", "ADJ", "JJR") == "large");
  CHECK(l.LemmaOf("happiest", "ADJ", "JJS") == "happy");
}

TEST_CASE("unknown words follow the first rule, others are lower-cased, names keep their case") {
  Lemmatizer l = Small();
  CHECK(l.LemmaOf("blorfs", "NOUN", "NNS") == "blorf");
  CHECK(l.LemmaOf("The", "DET", "DT") == "the");
  CHECK(l.LemmaOf("Netanyahu", "PROPN", "NNP") == "Netanyahu");
  CHECK(l.LemmaOf("Americans", "PROPN", "NNPS") == "American");
}

TEST_CASE("the training data overrides the rules where they disagree") {
  Lemmatizer l = Small();
  kg::Sentence s;
  kg::Token t;
  t.text = t.form = "'s";
  t.upos = "AUX";
  t.xpos = "VBZ";
  t.lemma = "be";
  s.tokens.push_back(t);
  l.Learn({s});
  CHECK(l.LemmaOf("'s", "AUX", "VBZ") == "be");
  // A serialised lemmatizer answers the same.
  ByteWriter out;
  l.Write(out);
  auto read = Lemmatizer::Read(out.bytes(), "m");
  REQUIRE(read.ok());
  CHECK(read->LemmaOf("'s", "AUX", "VBZ") == "be");
  CHECK(read->LemmaOf("went", "VERB", "VBD") == "go");
}
