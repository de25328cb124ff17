// The one sentence of a CoNLL-U text, for the syntax tests that build trees
// by hand.
#pragma once

#include <doctest/doctest.h>

#include <sstream>
#include <string>

#include "ingest/conllu/conllu_reader.h"

namespace kg::test {

inline kg::Sentence ConlluText(const std::string& conllu) {
  std::istringstream in(conllu);
  kg::ingest::ConlluReader reader(in, "test");
  kg::ingest::ConlluSentence s;
  auto more = reader.Next(s);
  REQUIRE_MESSAGE(more.ok(), more.status().message());
  REQUIRE(*more);
  return s.sentence;
}

}  // namespace kg::test
