// Extractor: turns the sentences of one document into actors, mentions and
// triples. It owns the lexicons (loaded once) and is const after loading, so
// one Extractor serves every document of an ingest run.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "schema/document.h"
#include "schema/sentence.h"
#include "schema/extraction.h"
#include "schema/status.h"

namespace kg::ingest {

class Extractor {
 public:
  // Loads the lexicons found in `lexicon_dir` (see ingest/lexicons/).
  static Result<std::unique_ptr<Extractor>> Load(const std::string& lexicon_dir);
  ~Extractor();

  // Before tagging: the tokens of `sentence` that are words of a name the
  // actor lexicon knows (ActorRecognizer::KnownNameTokens), for the tagger.
  std::vector<bool> KnownNameTokens(const Sentence& sentence) const;

  // `sentences` come from the segmenter; the result keeps them.
  Extraction Extract(const Document& document, std::vector<Sentence> sentences) const;

 private:
  Extractor();
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace kg::ingest
