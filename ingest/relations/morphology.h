// Morphology: the inflected forms of English verbs and nouns, generated from
// their lemmas. The relation rules look words up by surface form, so the
// lexicons list lemmas only and these rules fill in the rest; irregular
// forms come from verb_forms.json (WordNet's exception list).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace kg::ingest::relations {

enum class VerbForm { kBase, kThirdPerson, kPast, kGerund };  // kPast covers participles

struct InflectedForm {
  std::string text;
  VerbForm form;
};

// lemma, -s, -ed and -ing forms with e-dropping, y -> i and, for words ending
// in a single vowel and consonant, both the doubled and undoubled spellings
// (banned, cancelled/canceled): an unused spelling costs nothing.
std::vector<InflectedForm> RegularVerbForms(std::string_view lemma);

// The form a verb.exc entry is: -ing forms are gerunds, -s forms (other than
// the lemma's own -s) third person, the rest past forms.
VerbForm ClassifyIrregularForm(std::string_view form, std::string_view lemma);

// Singular and plural of a noun ("talk" -> talk, talks; "casualty" ->
// casualties); a multi-word noun inflects its last word.
std::vector<std::string> NounForms(std::string_view noun);

}  // namespace kg::ingest::relations
