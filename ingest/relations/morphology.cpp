#include "ingest/relations/morphology.h"

namespace kg::ingest::relations {
namespace {

bool IsVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// "ban", "expel", "admit": a consonant after a single vowel may double.
bool MayDoubleFinalConsonant(std::string_view w) {
  if (w.size() < 3) return false;
  char last = w.back(), vowel = w[w.size() - 2], before = w[w.size() - 3];
  return !IsVowel(last) && last != 'w' && last != 'x' && last != 'y' && IsVowel(vowel) &&
         !IsVowel(before);
}

}  // namespace

std::vector<InflectedForm> RegularVerbForms(std::string_view lemma) {
  std::string w(lemma);
  std::vector<InflectedForm> forms{{w, VerbForm::kBase}};
  if (w.empty()) return forms;
  // Third person.
  if (EndsWith(w, "s") || EndsWith(w, "x") || EndsWith(w, "z") || EndsWith(w, "ch") ||
      EndsWith(w, "sh") || EndsWith(w, "o")) {
    forms.push_back({w + "es", VerbForm::kThirdPerson});
  } else if (w.size() > 1 && w.back() == 'y' && !IsVowel(w[w.size() - 2])) {
    forms.push_back({w.substr(0, w.size() - 1) + "ies", VerbForm::kThirdPerson});
  } else {
    forms.push_back({w + "s", VerbForm::kThirdPerson});
  }
  // Past and gerund.
  if (w.back() == 'e') {
    std::string stem = w.substr(0, w.size() - 1);
    forms.push_back({w + "d", VerbForm::kPast});
    if (EndsWith(w, "ee") || EndsWith(w, "ye") || EndsWith(w, "oe")) {
      forms.push_back({w + "ing", VerbForm::kGerund});
    } else {
      forms.push_back({stem + "ing", VerbForm::kGerund});
    }
    return forms;
  }
  if (w.size() > 1 && w.back() == 'y' && !IsVowel(w[w.size() - 2])) {
    forms.push_back({w.substr(0, w.size() - 1) + "ied", VerbForm::kPast});
  } else {
    forms.push_back({w + "ed", VerbForm::kPast});
  }
  forms.push_back({w + "ing", VerbForm::kGerund});
  if (MayDoubleFinalConsonant(w)) {
    forms.push_back({w + w.back() + "ed", VerbForm::kPast});
    forms.push_back({w + w.back() + "ing", VerbForm::kGerund});
  }
  return forms;
}

VerbForm ClassifyIrregularForm(std::string_view form, std::string_view lemma) {
  if (EndsWith(form, "ing")) return VerbForm::kGerund;
  if (EndsWith(form, "s") && !EndsWith(lemma, "s") && form.size() > lemma.size()) {
    return VerbForm::kThirdPerson;
  }
  if (form == "am" || form == "are" || form == "is") return VerbForm::kThirdPerson;
  return VerbForm::kPast;
}

std::vector<std::string> NounForms(std::string_view noun) {
  std::string w(noun);
  std::vector<std::string> forms{w};
  if (w.empty()) return forms;
  if (EndsWith(w, "s") || EndsWith(w, "x") || EndsWith(w, "z") || EndsWith(w, "ch") ||
      EndsWith(w, "sh")) {
    forms.push_back(w + "es");
  } else if (w.size() > 1 && w.back() == 'y' && !IsVowel(w[w.size() - 2])) {
    forms.push_back(w.substr(0, w.size() - 1) + "ies");
  } else {
    forms.push_back(w + "s");
  }
  return forms;
}

}  // namespace kg::ingest::relations
