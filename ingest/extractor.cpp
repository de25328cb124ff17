// Placeholder until the relation extraction lands: keeps the sentences and
// extracts nothing. Replaced by the extraction work of issue 3.
#include "ingest/extractor.h"

namespace kg::ingest {

struct Extractor::Impl {};

Extractor::Extractor() : impl_(std::make_unique<Impl>()) {}
Extractor::~Extractor() = default;

Result<std::unique_ptr<Extractor>> Extractor::Load(const std::string& /*lexicon_dir*/) {
  return std::unique_ptr<Extractor>(new Extractor());
}

Extraction Extractor::Extract(const Document& /*document*/, std::vector<Sentence> sentences) const {
  Extraction extraction;
  extraction.sentences = std::move(sentences);
  return extraction;
}

}  // namespace kg::ingest
