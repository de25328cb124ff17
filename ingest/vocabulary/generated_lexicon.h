// The generated lexicon file (predicates.wordnet.generated.json): a
// lexicon file of kind "predicates" that adds the expansion's verbs and
// nouns to the seed predicates, with every entry's provenance (seed, sense,
// synset, relation) and every dropped word with its reason, so that a
// trigger can be traced back to WordNet; and the abstract nouns.
#pragma once

#include <string>
#include <vector>

#include "ingest/events/predicate_lexicon.h"
#include "ingest/vocabulary/vocabulary_expander.h"

namespace kg::ingest::vocabulary {

// The file's name, in the build tree and in the installed lexicon folder.
inline constexpr const char* kGeneratedLexiconName = "predicates.wordnet.generated.json";

// The file's JSON text; `sources` names the seed files and WordNet's folder;
// `abstract_nouns` and `animate_nouns` (noun_classes.h) become its
// "abstract_nouns" and "animate_nouns" lists.
std::string GeneratedLexiconJson(const Expansion& expansion, const events::PredicateLexicon& seeds,
                                 const std::vector<std::string>& sources,
                                 const std::vector<std::string>& abstract_nouns,
                                 const std::vector<std::string>& animate_nouns);

}  // namespace kg::ingest::vocabulary
