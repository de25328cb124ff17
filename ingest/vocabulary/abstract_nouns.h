// AbstractNouns: the single-word nouns whose most frequent WordNet sense is
// in one of the policy's abstract classes (noun.communication,
// noun.cognition, noun.act): what a "plan", a "ruling" or a "remark" is.
// The event frames read the list to tell an attack on somebody from an
// attack on what somebody said or decided ("attacked the plan" criticizes).
// Only the first sense counts, so a word is abstract as news mostly uses it.
#pragma once

#include <string>
#include <vector>

#include "ingest/vocabulary/expansion_policy.h"
#include "ingest/vocabulary/wordnet_database.h"

namespace kg::ingest::vocabulary {

// Sorted; empty when the policy names no abstract class.
std::vector<std::string> AbstractNouns(const WordNetDatabase& wordnet, const ExpansionPolicy& policy);

}  // namespace kg::ingest::vocabulary
