#include "ingest/syntax/treebank_evaluation.h"

namespace kg::syntax {

Sentence Unannotated(const Sentence& sentence) {
  Sentence bare = sentence;
  for (Token& t : bare.tokens) {
    t.lemma.clear(), t.upos.clear(), t.xpos.clear(), t.feats.clear(), t.deprel.clear();
    t.head = Token::kNoHead;
  }
  return bare;
}

Result<ingest::ConllEvaluation> EvaluateOnGoldTokens(const SyntaxModel& model,
                                                     const std::vector<ingest::ConlluSentence>& gold) {
  std::vector<Sentence> system;
  system.reserve(gold.size());
  for (const ingest::ConlluSentence& g : gold) {
    system.push_back(Unannotated(g.sentence));
    model.Annotate(system.back());
  }
  return ingest::EvaluateConll(ingest::SentencesOf(gold), ingest::SentencesOf(system));
}

Document TreebankDocument(const std::vector<ingest::ConlluSentence>& gold) {
  Document doc;
  doc.format = "text";
  size_t region_start = 0;
  auto close_region = [&] {
    if (doc.text.size() > region_start) doc.regions.push_back({{region_start, doc.text.size()}, Section::kBody});
  };
  for (const ingest::ConlluSentence& g : gold) {
    bool new_paragraph = false;
    for (const std::string& c : g.comments) new_paragraph |= c.rfind("newpar", 0) == 0 || c.rfind("newdoc", 0) == 0;
    if (new_paragraph && !doc.text.empty()) {
      close_region();
      doc.text += "\n\n";
      region_start = doc.text.size();
    } else if (!doc.text.empty()) {
      doc.text += ' ';
    }
    doc.text += g.text;
  }
  close_region();
  return doc;
}

Result<ingest::ConllEvaluation> EvaluateOnRawText(const SyntaxModel& model, ingest::Segmenter& segmenter,
                                                  const std::vector<ingest::ConlluSentence>& gold) {
  Document doc = TreebankDocument(gold);
  std::vector<Sentence> system = segmenter.Segment(doc);
  for (Sentence& s : system) model.Annotate(s);
  return ingest::EvaluateConll(ingest::SentencesOf(gold), ingest::SentencesOf(system));
}

}  // namespace kg::syntax
