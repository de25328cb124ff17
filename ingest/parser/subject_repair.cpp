#include "ingest/parser/subject_repair.h"

#include <algorithm>
#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/tagger/word_shape.h"

namespace kg::syntax {
namespace {

// Bare time nouns that stand without a preposition between subject and
// verb in wire copy; EWT gives them obl:unmarked.
constexpr std::array<std::string_view, 11> kTimeNouns = {
    "today", "yesterday", "tonight", "tomorrow", "monday", "tuesday",
    "wednesday", "thursday", "friday", "saturday", "sunday"};

constexpr std::string_view kTimeRelation = "obl:unmarked";

bool IsTimeNoun(const Token& token) {
  return std::find(kTimeNouns.begin(), kTimeNouns.end(), LowerAscii(token.text)) != kTimeNouns.end();
}

bool IsSubject(const Token& token) { return token.UniversalRelation() == "nsubj"; }

// The first and last token of every word's subtree, from the heads.
struct Spans {
  std::vector<int> first, last;
};

Spans SubtreeSpans(const Sentence& s) {
  const int n = static_cast<int>(s.tokens.size());
  Spans spans{std::vector<int>(n), std::vector<int>(n)};
  for (int i = 0; i < n; ++i) spans.first[i] = spans.last[i] = i;
  for (int i = 0; i < n; ++i) {
    // n steps at most: a malformed cycle cannot hang the walk.
    for (int h = s.tokens[i].head, steps = 0; h >= 0 && h < n && steps < n; h = s.tokens[h].head, ++steps) {
      spans.first[h] = std::min(spans.first[h], i);
      spans.last[h] = std::max(spans.last[h], i);
    }
  }
  return spans;
}

void Attach(Sentence& s, int word, int head, std::string_view relation, int& moved) {
  s.tokens[word].head = head;
  s.tokens[word].deprel = std::string(relation);
  ++moved;
}

// "Denmark today accepted" / "The Security Council today agreed": the time
// word goes to the verb; its nearest left compound, if any, becomes the
// subject and takes the time word's other left dependents.
bool RepairTimeSubject(Sentence& s, int time, int& moved) {
  Token& t = s.tokens[time];
  const int verb = t.head;
  if (verb < 0 || !IsSubject(t) || !IsTimeNoun(t)) return false;
  int subject = -1, others = 0;
  for (int i = time - 1; i >= 0; --i) {
    if (s.tokens[i].head != time) continue;
    std::string_view rel = s.tokens[i].UniversalRelation();
    if (subject < 0 && (rel == "compound" || rel == "flat") &&
        (s.tokens[i].upos == "PROPN" || s.tokens[i].upos == "NOUN"))
      subject = i;
  }
  for (int i = 0; i < static_cast<int>(s.tokens.size()); ++i)
    if (i != time && s.tokens[i].head == verb && IsSubject(s.tokens[i])) ++others;
  if (subject < 0 && others == 0) return false;  // "Today was quiet": a real subject
  const std::string relation = t.deprel;
  if (subject >= 0) {
    Attach(s, subject, verb, relation, moved);
    for (int i = 0; i < time; ++i)
      if (i != subject && s.tokens[i].head == time) s.tokens[i].head = subject, ++moved;
  }
  Attach(s, time, verb, kTimeRelation, moved);
  return true;
}

// Whether the words [first, last] can be the left part of one nominal:
// no verb, no clause punctuation (a hyphen or the possessive is fine).
bool IsNominalPiece(const Sentence& s, int first, int last) {
  for (int i = first; i <= last; ++i) {
    const Token& t = s.tokens[i];
    if (t.upos == "VERB" || t.upos == "AUX" || t.upos == "SCONJ") return false;
    if (t.upos == "PUNCT" && t.xpos != "HYPH") return false;
  }
  return true;
}

// What the left half of a split subject is to the right half's head.
std::string_view ModifierRelation(const Sentence& s, int left) {
  for (int i = 0; i < static_cast<int>(s.tokens.size()); ++i)
    if (s.tokens[i].head == left && s.tokens[i].deprel == "case" && s.tokens[i].text == "'s")
      return "nmod:poss";
  return s.tokens[left].upos == "ADJ" ? "amod" : "compound";
}

// The conjunct that ends the subtree of `word`, or -1.
int FinalConjunct(const Sentence& s, const Spans& spans, int word) {
  for (int i = spans.last[word]; i > word; --i)
    if (s.tokens[i].head == word && s.tokens[i].UniversalRelation() == "conj" &&
        spans.last[i] == spans.last[word])
      return i;
  return -1;
}

// Two adjacent subjects `left` and `right` of one verb: one nominal.
bool JoinSplitSubject(Sentence& s, const Spans& spans, int left, int right, int& moved) {
  const Token& r = s.tokens[right];
  if (r.upos != "NOUN" && r.upos != "PROPN") return false;
  if (s.tokens[left].upos == "PRON" || s.tokens[left].upos == "DET" || s.tokens[left].upos == "NUM") return false;
  if (spans.last[left] + 1 != spans.first[right]) return false;
  if (!IsNominalPiece(s, spans.first[left], spans.last[left])) return false;
  if (int conj = FinalConjunct(s, spans, left); conj >= 0) {
    // "A and B | C-chain": B modifies C, and C is the conjunct of A.
    const int coordinated = s.tokens[conj].head;
    for (int i = spans.first[conj]; i < conj; ++i)
      if (s.tokens[i].head == conj && s.tokens[i].deprel == "cc") s.tokens[i].head = right, ++moved;
    Attach(s, conj, right, ModifierRelation(s, conj), moved);
    Attach(s, right, coordinated, "conj", moved);
    return true;
  }
  Attach(s, left, right, ModifierRelation(s, left), moved);
  // The determiner of the whole nominal belongs to its head.
  for (int i = spans.first[left]; i < left; ++i)
    if (s.tokens[i].head == left && s.tokens[i].deprel == "det") s.tokens[i].head = right, ++moved;
  return true;
}

bool RepairOneSplitSubject(Sentence& s, int& moved) {
  const int n = static_cast<int>(s.tokens.size());
  const Spans spans = SubtreeSpans(s);
  for (int verb = 0; verb < n; ++verb) {
    int previous = -1;
    for (int i = 0; i < verb; ++i) {
      if (s.tokens[i].head != verb || !IsSubject(s.tokens[i])) continue;
      if (previous >= 0 && JoinSplitSubject(s, spans, previous, i, moved)) return true;
      previous = i;
    }
  }
  return false;
}

}  // namespace

int RepairSubjects(Sentence& sentence) {
  int moved = 0;
  for (int i = 0; i < static_cast<int>(sentence.tokens.size()); ++i) {
    if (sentence.tokens[i].head == Token::kNoHead) return 0;
  }
  for (int i = 0; i < static_cast<int>(sentence.tokens.size()); ++i) RepairTimeSubject(sentence, i, moved);
  // Each join makes one subject of two; at most n joins.
  for (size_t round = 0; round < sentence.tokens.size() && RepairOneSplitSubject(sentence, moved); ++round) {
  }
  return moved;
}

}  // namespace kg::syntax
