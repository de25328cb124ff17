// ExpandVocabulary: the seed verbs of the predicate lexicon grown from
// WordNet as the expansion policy says. For each seed verb, its chosen
// senses (the policy's, else its most frequent ones); from each sense, the
// synset's other words whose own frequent senses include it (so a rare use
// of a common word is no trigger), and the derivationally related nouns
// ('+' pointers) of the seed and of those synonyms, under the same test and
// only in the noun classes that name events. Seeds always win: a word that
// is a seed, on the stop list, or wanted by two predicates is dropped, and
// so are the synonyms from a synset that holds a seed of another predicate
// (a sense the two share); each drop is recorded with its reason.
#pragma once

#include <string>
#include <vector>

#include "ingest/events/predicate_lexicon.h"
#include "ingest/vocabulary/expansion_policy.h"
#include "ingest/vocabulary/wordnet_database.h"
#include "schema/status.h"

namespace kg::ingest::vocabulary {

// One word the expansion found, kept or dropped, with where it came from.
struct ExpandedWord {
  std::string text;  // as the lexicon lists it: "pick apart", "criticism"
  char pos = 'v';    // 'v' a verb, 'n' an event noun
  bool without_object = false;  // a synonym of an intransitive-only seed is one too
  int predicate = -1;
  std::string seed;        // the seed verb it was found from
  std::string relation;    // "synonym" or "derivation"
  std::string from;        // the verb a derived noun comes from (the seed or a synonym)
  std::string seed_sense;  // the seed's sense key: "criticize%2:32:00::"
  std::string sense;       // the word's own sense key
  std::string synset;      // "00826527-v"
  std::string why;         // for a dropped word: why it is not generated
};

struct Expansion {
  std::vector<ExpandedWord> words;    // generated, in seed order
  std::vector<ExpandedWord> dropped;  // found but not generated
  std::vector<std::string> not_in_wordnet;  // seed verbs WordNet does not have
};

// Fails (InvalidInput, naming the policy file) when the policy names a seed
// that no predicate has or a sense that is not the seed's.
Result<Expansion> ExpandVocabulary(const events::PredicateLexicon& seeds, const ExpansionPolicy& policy,
                                   const WordNetDatabase& wordnet);

}  // namespace kg::ingest::vocabulary
