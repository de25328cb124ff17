#include <doctest/doctest.h>

#include <algorithm>

#include "ingest/relations/morphology.h"
#include "ingest/relations/word_class.h"

namespace {

using namespace kg::ingest::relations;

bool HasForm(const std::vector<InflectedForm>& forms, const std::string& text, VerbForm form) {
  return std::any_of(forms.begin(), forms.end(),
                     [&](const InflectedForm& f) { return f.text == text && f.form == form; });
}

}  // namespace

TEST_CASE("morphology: regular verb forms") {
  auto criticize = RegularVerbForms("criticize");
  CHECK(HasForm(criticize, "criticizes", VerbForm::kThirdPerson));
  CHECK(HasForm(criticize, "criticized", VerbForm::kPast));
  CHECK(HasForm(criticize, "criticizing", VerbForm::kGerund));
  auto veto = RegularVerbForms("veto");
  CHECK(HasForm(veto, "vetoes", VerbForm::kThirdPerson));
  CHECK(HasForm(veto, "vetoed", VerbForm::kPast));
  auto deny = RegularVerbForms("deny");
  CHECK(HasForm(deny, "denies", VerbForm::kThirdPerson));
  CHECK(HasForm(deny, "denied", VerbForm::kPast));
  CHECK(HasForm(deny, "denying", VerbForm::kGerund));
  auto ban = RegularVerbForms("ban");
  CHECK(HasForm(ban, "banned", VerbForm::kPast));
  CHECK(HasForm(ban, "banning", VerbForm::kGerund));
  auto agree = RegularVerbForms("agree");
  CHECK(HasForm(agree, "agreed", VerbForm::kPast));
  CHECK(HasForm(agree, "agreeing", VerbForm::kGerund));
  CHECK(ClassifyIrregularForm("met", "meet") == VerbForm::kPast);
  CHECK(ClassifyIrregularForm("beginning", "begin") == VerbForm::kGerund);
}

TEST_CASE("morphology: noun forms") {
  CHECK(NounForms("talk") == std::vector<std::string>{"talk", "talks"});
  CHECK(NounForms("casualty") == std::vector<std::string>{"casualty", "casualties"});
  CHECK(NounForms("hunger strike") == std::vector<std::string>{"hunger strike", "hunger strikes"});
  CHECK(NounForms("crash")[1] == "crashes");
}

TEST_CASE("word classes") {
  CHECK(ClassifyWord("the") == WordClass::kDeterminer);
  CHECK(ClassifyWord("n't") == WordClass::kNegation);
  CHECK(ClassifyWord("which") == WordClass::kRelative);
  CHECK(ClassifyWord("was") == WordClass::kBe);
  CHECK(ClassifyWord("specifically") == WordClass::kAdverb);
  CHECK(ClassifyWord("italy") == WordClass::kOpen);
  CHECK(ClassifyWord("1988") == WordClass::kNumber);
  CHECK(ClassifyWord("resolution") == WordClass::kOpen);
}
