// The names of MentionCoding: stored in mentions.coded_by and exported, so
// they must stay distinct, plain words, and the ones documented.
#include <doctest/doctest.h>

#include <set>
#include <string_view>

#include "ingest/actors/mention_coding.h"

using kg::ingest::MentionCoding;
using kg::ingest::MentionCodingName;

TEST_CASE("each way of coding a mention has its own stable snake_case name") {
  std::set<std::string_view> names;
  for (int i = 0; i < kg::ingest::kMentionCodingCount; ++i) {
    const std::string_view name = MentionCodingName(static_cast<MentionCoding>(i));
    CAPTURE(i);
    REQUIRE_FALSE(name.empty());
    for (char c : name) CHECK(((c >= 'a' && c <= 'z') || c == '_'));
    names.insert(name);
  }
  CHECK(names.size() == static_cast<size_t>(kg::ingest::kMentionCodingCount));
  CHECK(MentionCodingName(MentionCoding::kNone) == "none");
  CHECK(MentionCodingName(MentionCoding::kLexicon) == "lexicon");
  CHECK(MentionCodingName(MentionCoding::kNationalityModifier) == "nationality_modifier");
  CHECK(MentionCodingName(MentionCoding::kPossessive) == "possessive");
  CHECK(MentionCodingName(MentionCoding::kOfPhrase) == "of_phrase");
  CHECK(MentionCodingName(MentionCoding::kApposition) == "apposition");
  CHECK(MentionCodingName(MentionCoding::kOrganisationName) == "organisation_name");
  CHECK(MentionCodingName(MentionCoding::kSubnationalPlace) == "subnational_place");
  CHECK(MentionCodingName(MentionCoding::kDateline) == "dateline");
  CHECK(MentionCodingName(MentionCoding::kAntecedent) == "antecedent");
}
