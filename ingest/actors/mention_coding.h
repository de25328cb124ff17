// MentionCoding: how an actor mention's code was found — the evidence the
// recogniser placed it by. Stored with each mention (mentions.coded_by) and
// written by `kg export --format mentions`, by the stable names of one table
// (MentionCodingName): rename none of them, add new ones at the end.
#pragma once

#include <string_view>

namespace kg::ingest {

enum class MentionCoding {
  kNone,                 // this mention places the entity with no code
  kLexicon,              // a lexicon entry: "Israel", "NATO", "the Kremlin", people.json's "Putin", "a human rights group"
  kNationalityModifier,  // an adjective or country name before a title or role noun: "Ukrainian President ...", "U.S. troops"
  kPossessive,           // "Britain's foreign secretary", "Iraq's interim government"
  kOfPhrase,             // "the president of Armenia", "King Hassan of Morocco"
  kPlacePhrase,          // a place after "in" or "from": "rebels in the Ivory Coast", "ethnic Albanians in Serbia"
  kApposition,           // "Ana Ruiz, the foreign minister of Colombia" (the parse's appos), and her later mentions
  kOrganisationName,     // a country opening an organisation's own name: "Nigerian Union of Teachers"
  kSubnationalPlace,     // a city, province or state standing for its country: "Texas", "Moscow's envoys", "Ohio police"
  kDateline,             // the country of the document's dateline: "MOSCOW, Dec. 5 —" ... "officials"
  kDocumentCountry,      // the state most of the document's names point to, when the dateline gives none
  kSentenceCountry,      // the one state the sentence names, for an official with a bare title: "President Elena Choque"
  kAntecedent,           // a pronoun, short name or title resolved to an earlier mention: "he", "Netanyahu", "the president"
};
inline constexpr int kMentionCodingCount = static_cast<int>(MentionCoding::kAntecedent) + 1;

// "lexicon", "nationality_modifier", ...: the name stored and exported.
std::string_view MentionCodingName(MentionCoding coding);

}  // namespace kg::ingest
