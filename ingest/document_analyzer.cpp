#include "ingest/document_analyzer.h"

#include <cstdio>
#include <utility>
#include <vector>

namespace kg::ingest {

Extraction DocumentAnalyzer::Analyse(const Document& document) {
  std::vector<Sentence> sentences = segmenter_->Segment(document);
  if (const ProseReading prose = prose_.Read(sentences); !prose.english) {
    Extraction unread;
    char share[64];
    std::snprintf(share, sizeof share, "%.0f%%", 100.0 * prose.share());
    unread.unread_because = "does not read as English prose (" + std::string(share) + " of its " +
                            std::to_string(prose.words) +
                            " word tokens are common English words); stored without entities or triples";
    unread.sentences = std::move(sentences);
    return unread;
  }
  // Names the actor lexicon knows are proper nouns whatever their spelling
  // suggests to the tagger; event frames read the parse.
  for (Sentence& s : sentences) {
    const std::vector<bool> names = extractor_.KnownNameTokens(s);
    syntax_.Annotate(s, &names);
  }
  return extractor_.Extract(document, std::move(sentences));
}

}  // namespace kg::ingest
