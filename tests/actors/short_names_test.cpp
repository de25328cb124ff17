// Short forms by which an article refers again to a person or an
// organisation: person_names.h and acronym.h.
#include <doctest/doctest.h>

#include <sstream>

#include "ingest/actors/acronym.h"
#include "ingest/actors/actor_lexicon.h"
#include "ingest/actors/person_names.h"
#include "tests/actors/actors_test_util.h"
#include "tests/test_util.h"

using namespace kg;
using namespace kg::ingest;

namespace {

std::vector<Word> WordsOf(const std::string& text) {
  std::vector<Word> words;
  std::istringstream in(text);
  for (std::string piece; in >> piece;) {
    Word word;
    word.text = piece;
    word.lower = AsciiLower(piece);
    word.capitalized = piece[0] >= 'A' && piece[0] <= 'Z';
    words.push_back(word);
  }
  return words;
}

std::vector<std::string> ShortNames(const std::string& name, const ActorLexicon& lexicon) {
  const std::vector<Word> words = WordsOf(name);
  return PersonShortNames(words, 0, static_cast<int>(words.size()), lexicon);
}

using Names = std::vector<std::string>;

}  // namespace

TEST_CASE("a person named in full is referred to again by surname, given name or first surname") {
  auto lexicon = ActorLexicon::Load(test::ShippedLexicons());
  REQUIRE(lexicon.ok());
  CHECK(ShortNames("Maria Duarte", *lexicon) == Names{"Duarte"});
  CHECK(ShortNames("Faisal bin Nasser", *lexicon) == Names{"Faisal"});  // the given name before a patronymic
  CHECK(ShortNames("Luisa Ortega Vidal", *lexicon) == Names{"Ortega Vidal", "Ortega", "Vidal"});
  CHECK(ShortNames("John Q. Public", *lexicon) == Names{"Q. Public", "Public"});  // an initial alone names no one
  CHECK(ShortNames("Samuel Adams Jr.", *lexicon) == Names{"Adams"});  // a generational suffix is no surname
  CHECK(ShortNames("Lee Min-jun", *lexicon) == Names{"Lee"});  // the family name comes first
  CHECK(ShortNames("Anne-Marie Duval", *lexicon) == Names{"Duval"});
  CHECK(ShortNames("Madonna", *lexicon).empty());
}

TEST_CASE("an acronym abbreviates the capitalised words it is the initials of") {
  CHECK(IsAcronym("NWS"));
  CHECK_FALSE(IsAcronym("Dr"));
  CHECK_FALSE(IsAcronym("U.S."));
  CHECK_FALSE(IsAcronym("A"));
  const std::vector<Word> words = WordsOf("the Federal Bureau of Investigation");
  CHECK(AbbreviatesWords("FBI", words, 1, 5));
  CHECK_FALSE(AbbreviatesWords("FBA", words, 1, 5));
  CHECK_FALSE(AbbreviatesWords("AP", words, 1, 5));
}
