#include "ingest/actors/mention_coding.h"

#include <array>

namespace kg::ingest {
namespace {

// By enum value: the one table of the names.
constexpr std::array<std::string_view, kMentionCodingCount> kNames = {
    "none",         "lexicon",           "nationality_modifier", "possessive",       "of_phrase",
    "place_phrase", "apposition",        "organisation_name",    "subnational_place", "dateline",
    "document_country", "sentence_country", "antecedent",
};

}  // namespace

std::string_view MentionCodingName(MentionCoding coding) {
  const auto index = static_cast<size_t>(coding);
  return index < kNames.size() ? kNames[index] : kNames[0];
}

}  // namespace kg::ingest
