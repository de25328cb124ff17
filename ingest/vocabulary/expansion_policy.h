// ExpansionPolicy: how the vocabulary generator grows the seed predicates
// from WordNet, as data (ingest/lexicons/vocabulary.json, kind
// "vocabulary_expansion"): how many senses of a seed verb are expanded, the
// frequent-sense test a synonym or derived noun must pass, which noun
// classes may be event nouns, the particles of multi-word verbs, the stop
// list, and per-seed sense choices where WordNet's first sense is wrong.
#pragma once

#include <map>
#include <string>
#include <unordered_set>
#include <vector>

#include <rapidjson/document.h>

#include "ingest/lexicon/lexicons.h"
#include "schema/status.h"

namespace kg::ingest::vocabulary {

// What the policy says of one seed verb.
struct SeedChoice {
  std::vector<std::string> sense_keys;  // "charge%2:32:00::"
  std::vector<int> sense_numbers;       // 1-based, WordNet's order
  bool expand = true;                   // false: the seed stays as it is
};

struct ExpansionPolicy {
  std::string origin;    // the file, for messages
  int seed_senses = 1;   // a seed's most frequent senses that are expanded
  int synonym_rank = 1;  // a synonym's synset must be among its first N verb senses
  int noun_rank = 1;     // a derived noun's synset must be among its first N noun senses
  // ... and hold at least this share of the word's tagged uses (a word
  // WordNet never saw tagged is judged by rank alone).
  double min_tag_share = 0.0;
  std::unordered_set<std::string> noun_files;  // "noun.act": classes that name events
  // Classes whose nouns name a proposition, a decision or a communication
  // ("plan", "ruling", "remark"): the generated file lists the single-word
  // nouns whose most frequent sense is in one of them ("abstract_nouns").
  std::unordered_set<std::string> abstract_noun_files;
  // Classes whose nouns name a person or a group of people ("prisoner",
  // "militia"): listed as "animate_nouns".
  std::unordered_set<std::string> animate_noun_files;
  std::unordered_set<std::string> particles;   // "for", "down": a multi-word verb's other words
  std::unordered_set<std::string> stop_words;  // too general to be triggers
  std::map<std::string, SeedChoice> seeds;     // by the seed as written: "charge", "call for"

  // The choice for `seed` (the default one when the policy names none).
  const SeedChoice& For(const std::string& seed) const;

  static Result<ExpansionPolicy> FromJson(const rapidjson::Value& json, const std::string& origin);
  // The one lexicon file of kind "vocabulary_expansion".
  static Result<ExpansionPolicy> Load(const Lexicons& lexicons);
};

}  // namespace kg::ingest::vocabulary
