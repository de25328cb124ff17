// The CoNLL 2018 shared task evaluation (conll18_ud_eval.py, version 1.2):
// how well system sentences match gold ones, from segmentation to labelled
// dependencies, so that kgraph's tagger and parser are scored as the
// published figures were.
//
// Gold and system words are aligned over the characters of all their
// surface tokens concatenated, with whitespace (Unicode Zs) removed, which
// must be the same on both sides: a word aligns when its token has the same
// character span, and inside a stretch of multiword tokens words align by
// the longest common subsequence of their lowercased forms. So the scores
// hold when the system tokenized differently; with the gold tokenization
// they are plain accuracies.
//
// Metrics, as the official script computes them:
//   Tokens, Sentences: surface tokens / sentences with the same span.
//   Words: aligned words.
//   UPOS, XPOS, Lemmas (a gold "_" accepts any lemma), UFeats (only the
//   universal features, in sorted order), AllTags (UPOS+XPOS+UFeats).
//   UAS: the head is the gold head's aligned word (or both the root).
//   LAS: UAS and the relation's universal part, before ':'.
//   CLAS, MLAS, BLEX: LAS on content relations only; MLAS adds UPOS,
//   UFeats and the functional children, BLEX the lemma.
// Punctuation counts like any word. Unlike the script, cycles and multiple
// roots are not refused (the scores are defined all the same), and a word
// without a head (Token::kNoHead) counts as wrong in UAS and LAS.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "ingest/conllu/conllu_sentence.h"
#include "schema/sentence.h"
#include "schema/status.h"

namespace kg::ingest {

struct ConllScore {
  int64_t correct = 0;
  int64_t gold = 0;    // gold words (tokens, sentences) the metric counts
  int64_t system = 0;
  // Aligned words the metric counts; none for Tokens, Sentences and Words,
  // which are not measured on aligned words.
  std::optional<int64_t> aligned;

  double Precision() const { return system ? double(correct) / double(system) : 0.0; }
  double Recall() const { return gold ? double(correct) / double(gold) : 0.0; }
  double F1() const { return system + gold ? 2.0 * double(correct) / double(system + gold) : 0.0; }
  std::optional<double> AlignedAccuracy() const {
    if (!aligned) return std::nullopt;
    return *aligned ? double(correct) / double(*aligned) : 0.0;
  }
};

struct ConllEvaluation {
  ConllScore tokens, sentences, words;
  ConllScore upos, xpos, ufeats, all_tags, lemmas;
  ConllScore uas, las, clas, mlas, blex;
};

// Sentences by pointer, so that gold read from a treebank and system output
// the pipeline made (or read from another file) mix freely.
using SentenceList = std::vector<const kg::Sentence*>;
SentenceList SentencesOf(const std::vector<ConlluSentence>& sentences);
SentenceList SentencesOf(const std::vector<kg::Sentence>& sentences);

// Refused (InvalidInput): the two sides' characters differ (the message
// shows where, as the script does), a FORM with no character but
// whitespace, a HEAD outside its sentence.
Result<ConllEvaluation> EvaluateConll(const SentenceList& gold, const SentenceList& system);

// The script's verbose table: "Metric     | Precision |    Recall |  F1 Score | AligndAcc",
// a rule, then one row per metric in percent with two decimals.
std::string FormatConllTable(const ConllEvaluation& evaluation);

}  // namespace kg::ingest
