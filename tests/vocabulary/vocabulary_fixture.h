// The vocabulary tests' fixture: the tiny WordNet of data/wordnet and the
// seeds and policy of data/seeds, loaded once.
#pragma once

#include <doctest/doctest.h>

#include <string>

#include "ingest/events/predicate_lexicon.h"
#include "ingest/lexicon/lexicons.h"
#include "ingest/vocabulary/expansion_policy.h"
#include "ingest/vocabulary/vocabulary_expander.h"
#include "ingest/vocabulary/wordnet_database.h"
#include "tests/test_util.h"

namespace kg::test {

struct VocabularyFixture {
  ingest::Lexicons lexicons;
  ingest::events::PredicateLexicon seeds;
  ingest::vocabulary::ExpansionPolicy policy;
  ingest::vocabulary::WordNetDatabase wordnet;

  static const VocabularyFixture& Get() {
    static const VocabularyFixture* fixture = [] {
      auto* f = new VocabularyFixture;
      auto lexicons = ingest::Lexicons::Load(SeedDir(), ingest::GeneratedFiles::kExclude);
      REQUIRE_MESSAGE(lexicons.ok(), lexicons.status().message());
      f->lexicons = std::move(*lexicons);
      auto seeds = ingest::events::PredicateLexicon::Load(f->lexicons);
      REQUIRE_MESSAGE(seeds.ok(), seeds.status().message());
      f->seeds = std::move(*seeds);
      auto policy = ingest::vocabulary::ExpansionPolicy::Load(f->lexicons);
      REQUIRE_MESSAGE(policy.ok(), policy.status().message());
      f->policy = std::move(*policy);
      auto wordnet = ingest::vocabulary::WordNetDatabase::Load(WordNetDir());
      REQUIRE_MESSAGE(wordnet.ok(), wordnet.status().message());
      f->wordnet = std::move(*wordnet);
      return f;
    }();
    return *fixture;
  }

  static std::string SeedDir() { return SourcePath("tests/vocabulary/data/seeds"); }
  static std::string WordNetDir() { return SourcePath("tests/vocabulary/data/wordnet"); }
};

}  // namespace kg::test
