// Shared set-up of the actor tests: the shipped lexicons, loaded once.
#pragma once

#include <string>
#include <vector>

#include "ingest/actors/actor_recognizer.h"
#include "ingest/lexicon/lexicons.h"
#include "ingest/segmenter.h"

namespace kg::test {

const ingest::Lexicons& ShippedLexicons();
const ingest::ActorRecognizer& ShippedRecognizer();

// One line per mention of `text`: "surface | entity | actor code | sector |
// coded by" (ingest/actors/mention_coding.h's names).
std::vector<std::string> DescribeMentions(const std::string& text);

}  // namespace kg::test
