// Noun classes from WordNet: the single-word nouns whose most frequent
// sense is in one of a set of WordNet noun classes (lexicographer files).
// Only the first sense counts, so a word is classed as news mostly uses it.
//
//   * AbstractNouns (noun.communication, noun.cognition, noun.act): what a
//     "plan", a "ruling" or a "remark" is. The event frames read the list to
//     tell an attack on somebody from an attack on what somebody said or
//     decided ("attacked the plan" criticizes).
//   * AnimateNouns (noun.person, noun.group): who a "prisoner", a
//     "journalist" or a "militia" is. Verbs whose event needs a person as
//     object ("released the hostages", not "released the report") read it.
#pragma once

#include <string>
#include <unordered_set>
#include <vector>

#include "ingest/vocabulary/expansion_policy.h"
#include "ingest/vocabulary/wordnet_database.h"

namespace kg::ingest::vocabulary {

// Sorted; empty when `classes` is.
std::vector<std::string> NounsOfClasses(const WordNetDatabase& wordnet, const std::unordered_set<std::string>& classes);

inline std::vector<std::string> AbstractNouns(const WordNetDatabase& wordnet, const ExpansionPolicy& policy) {
  return NounsOfClasses(wordnet, policy.abstract_noun_files);
}
inline std::vector<std::string> AnimateNouns(const WordNetDatabase& wordnet, const ExpansionPolicy& policy) {
  return NounsOfClasses(wordnet, policy.animate_noun_files);
}

}  // namespace kg::ingest::vocabulary
