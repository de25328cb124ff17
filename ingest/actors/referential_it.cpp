#include "ingest/actors/referential_it.h"

#include <string_view>

namespace kg::ingest {
namespace {

bool HasChildRelation(const Sentence& sentence, int head, std::initializer_list<std::string_view> relations) {
  for (const Token& t : sentence.tokens) {
    if (t.head != head) continue;
    for (std::string_view r : relations) {
      if (t.UniversalRelation() == r) return true;
    }
  }
  return false;
}

bool IsPassive(const Sentence& sentence, int head) {
  for (const Token& t : sentence.tokens) {
    if (t.head == head && t.deprel == "aux:pass") return true;
  }
  return sentence.tokens[head].xpos == "VBN" && HasChildRelation(sentence, head, {"cop"});
}

}  // namespace

bool IsReferentialIt(const Sentence& sentence, int token, const ActorLexicon& lexicon) {
  const Token& it = sentence.tokens[token];
  // Subjects only: an object "it" ("describing it as") is as often the
  // matter talked about as an actor. A subject the parser took for an
  // expletive is read again below when its predicate is an adjective: EWT
  // has many "it is important to", and parsers carry that over to "it is
  // willing to".
  const bool expletive = it.deprel == "expl";
  if (it.deprel != "nsubj" && it.deprel != "nsubj:pass" && !expletive) return false;
  const int head = it.head;
  if (head < 0 || head >= static_cast<int>(sentence.tokens.size())) return false;
  // Two subjects of one verb are a misparse ("It was late; they said ..."
  // read as "It ... they said"): this "it" is no subject of it.
  for (int t = 0; t < static_cast<int>(sentence.tokens.size()); ++t) {
    if (t != token && sentence.tokens[t].head == head && sentence.tokens[t].UniversalRelation() == "nsubj") return false;
  }
  const Token& predicate = sentence.tokens[head];
  const std::string lemma = AsciiLower(predicate.lemma);
  if (lexicon.IsImpersonalPredicate(lemma)) return false;  // "it seems that", "it takes weeks"
  // "it is clear that ...", "it was reported that ...".
  const bool that_clause = HasChildRelation(sentence, head, {"ccomp", "csubj"});
  if (predicate.upos == "ADJ") {
    // "it is willing to talk", not "it is important to talk" nor "it was
    // late": an adjective says what an actor is ready to do, else nothing.
    return !that_clause && !lexicon.IsExtraposingAdjective(lemma) && HasChildRelation(sentence, head, {"xcomp"});
  }
  // An expletive before anything but an adjective is the parser's
  // considered reading ("it is raining", "it is time to").
  return !expletive && !(that_clause && IsPassive(sentence, head));
}

}  // namespace kg::ingest
