// The features of the dependency parser: words, tags and relations of the
// top three stack items and first three buffer items, their outermost
// dependents, distance, valency and the label sets of dependents, in
// combinations after Zhang and Nivre (2011), adapted to arc-hybrid (where
// b0 can have left dependents). Shared by the trainer and the parser.
#pragma once

#include <cstdint>
#include <vector>

#include "ingest/parser/arc_hybrid.h"
#include "ingest/syntax/feature_hash.h"

namespace kg::syntax {

// What the parser reads of each word: its lower-case form's hash, its
// joint tag id and its UPOS. Index n is the root.
struct ParserWords {
  std::vector<uint64_t> word;
  std::vector<uint64_t> tag;
  std::vector<uint64_t> upos;  // the universal part of the tag, which pools rarer XPOS
};

// Replaces the contents of `out` with the keys of `state`.
void ExtractParserFeatures(const ParseState& state, const ParserWords& words, std::vector<FeatureKey>* out);

}  // namespace kg::syntax
