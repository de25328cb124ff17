#include "ingest/document_analyzer.h"

#include <utility>
#include <vector>

namespace kg::ingest {

Extraction DocumentAnalyzer::Analyse(const Document& document) {
  std::vector<Sentence> sentences = segmenter_->Segment(document);
  // Names the actor lexicon knows are proper nouns whatever their spelling
  // suggests to the tagger; event frames read the parse.
  for (Sentence& s : sentences) {
    const std::vector<bool> names = extractor_.KnownNameTokens(s);
    syntax_.Annotate(s, &names);
  }
  return extractor_.Extract(document, std::move(sentences));
}

}  // namespace kg::ingest
