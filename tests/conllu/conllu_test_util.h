// Helpers of the CoNLL-U suites: the data files of tests/conllu/data.
#pragma once

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "ingest/conllu/conllu_reader.h"
#include "tests/test_util.h"

namespace kg::test {

inline std::string ConlluData(const std::string& name) { return SourcePath("tests/conllu/data/" + name); }

// The sentences of a data file, which must read without error.
inline std::vector<kg::ingest::ConlluSentence> ReadConlluData(const std::string& name) {
  auto sentences = kg::ingest::ReadConlluFile(ConlluData(name));
  REQUIRE_MESSAGE(sentences.ok(), sentences.status().message());
  return std::move(sentences).value();
}

}  // namespace kg::test
