// ProseCheck: English prose passes, base64, German and lists of names do
// not, short texts are not judged, and a bad prose file names itself.
#include <doctest/doctest.h>

#include <string>

#include "ingest/lexicon/lexicons.h"
#include "ingest/prose_check.h"
#include "ingest/segmenter.h"
#include "tests/test_util.h"

using kg::ingest::ProseCheck;
using kg::ingest::ProseReading;
using kg::ingest::Segmenter;

namespace {

ProseReading Read(const std::string& text) {
  static auto segmenter = Segmenter::Create(kg::test::SourcePath("ingest/lexicons"));
  REQUIRE(segmenter.ok());
  static auto lexicons = kg::ingest::Lexicons::Load(kg::test::SourcePath("ingest/lexicons"));
  REQUIRE(lexicons.ok());
  static auto check = ProseCheck::Load(*lexicons);
  REQUIRE(check.ok());
  return check->Read((*segmenter)->SegmentText(text));
}

}  // namespace

TEST_CASE("prose check: the shipped prose lexicon tells English prose from other text") {
  const ProseReading english = Read(
      "The foreign minister of Chile said on Monday that his government would not accept the proposal, "
      "which had been made by Bolivia after talks in La Paz. Officials from both countries are expected "
      "to meet again next month.");
  CHECK(english.judged);
  CHECK(english.english);
  CHECK(english.share() > 0.3);

  const ProseReading base64 = Read(
      "U29tZSBieXRlcyB0aGF0IGFyZSBub3QgcHJvc2UgYXQgYWxs aGVyZSBpcyBtb3JlIG9mIHRoZW0gYW5kIG1vcmU "
      "QmFzZTY0IGlzIG5vdCBFbmdsaXNo IHNvIG5vIGFjdG9ycyBzaG91bGQgYmUgZm91bmQgaGVyZQ== ZXZlbiB3aGVu "
      "dGhlIGJsb2IgaXMgbG9uZw== YW5kIGhhcyBtYW55IHdvcmRz cXVpdGUgYSBmZXc= bW9yZSB0aGFuIHR3ZW50eQ== "
      "YWJj ZGVm Z2hp amts bW5v cHFy c3R1 dnd4 eXph QUJD REVG R0hJ SktM TU5P UFFS U1RV");
  CHECK(base64.judged);
  CHECK_FALSE(base64.english);

  const ProseReading german = Read(
      "Die Regierung in Berlin kritisierte am Montag die Entscheidung scharf. Der Kanzler sagte, man werde "
      "die Verhandlungen mit Warschau fortsetzen, obwohl die Gespräche zuletzt ins Stocken geraten seien.");
  CHECK(german.judged);
  CHECK_FALSE(german.english);

  const ProseReading names = Read(
      "Israel Russia Iran Syria Turkey Egypt Jordan Lebanon Iraq Kuwait Qatar Oman Yemen Libya Tunisia "
      "Algeria Morocco Sudan Chad Niger Mali Ghana Togo Benin Nigeria Cameroon Gabon Congo Angola Zambia");
  CHECK(names.judged);
  CHECK_FALSE(names.english);

  const ProseReading headline = Read("Berlin kritisiert Warschau");  // too short to tell
  CHECK_FALSE(headline.judged);
  CHECK(headline.english);
}

TEST_CASE("prose check: no prose file judges nothing, a bad one is refused with its name") {
  auto none = ProseCheck::Parse(R"({"kind": "prose"})", "empty.json");
  REQUIRE(none.ok());
  CHECK_FALSE(none->Read({}).judged);

  auto bad = ProseCheck::Parse(R"({"kind": "prose", "min_function_word_share": 2})", "my-prose.json");
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.status().message().find("my-prose.json") != std::string::npos);
  CHECK(bad.status().message().find("min_function_word_share") != std::string::npos);
}
