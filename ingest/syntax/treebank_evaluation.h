// Scoring a SyntaxModel against a CoNLL-U treebank the two ways the CoNLL
// 2018 shared task did (ingest/conllu/conll_eval.h):
//   - on the gold tokenization: each gold sentence's words, stripped of
//     their annotation, are tagged, lemmatised and parsed;
//   - from the raw text: the "# text" of the sentences, paragraphs kept
//     ("# newpar", "# newdoc"), goes through the segmenter too, so
//     tokenization and sentence splitting are scored as well.
#pragma once

#include <vector>

#include "ingest/conllu/conll_eval.h"
#include "ingest/conllu/conllu_sentence.h"
#include "ingest/segmenter.h"
#include "ingest/syntax/syntax_model.h"

namespace kg::syntax {

Result<ingest::ConllEvaluation> EvaluateOnGoldTokens(const SyntaxModel& model,
                                                     const std::vector<ingest::ConlluSentence>& gold);
Result<ingest::ConllEvaluation> EvaluateOnRawText(const SyntaxModel& model, ingest::Segmenter& segmenter,
                                                  const std::vector<ingest::ConlluSentence>& gold);

// The gold sentences' text as one document, one region per paragraph.
Document TreebankDocument(const std::vector<ingest::ConlluSentence>& gold);

// `sentence` with its annotation cleared: what a parser is given.
Sentence Unannotated(const Sentence& sentence);

}  // namespace kg::syntax
