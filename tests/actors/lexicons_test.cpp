#include <doctest/doctest.h>

#include <cstdlib>

#include "ingest/lexicon/lexicons.h"
#include "tests/test_util.h"

using namespace kg;
using namespace kg::ingest;

TEST_CASE("every JSON file is loaded, kind from its field or else its name") {
  test::TempDir dir;
  test::WriteFile(dir.File("b.json"), R"({"kind": "countries", "entries": []})");
  test::WriteFile(dir.File("a-extra.json"), R"({"kind": "countries", "entries": []})");
  test::WriteFile(dir.File("roles.json"), R"({"entries": []})");
  test::WriteFile(dir.File("notes.txt"), "not a lexicon");
  auto lexicons = Lexicons::Load(dir.path());
  REQUIRE(lexicons.ok());
  auto countries = lexicons->OfKind("countries");
  REQUIRE(countries.size() == 2);
  CHECK(countries[0]->path == dir.File("a-extra.json"));  // name order
  CHECK(lexicons->OfKind("roles").size() == 1);
  CHECK(lexicons->OfKind("notes").empty());
}

TEST_CASE("a malformed lexicon names the file, line and column") {
  test::TempDir dir;
  test::WriteFile(dir.File("bad.json"), "{\n  \"kind\": \"roles\",\n  \"entries\": [ ,]\n}");
  auto lexicons = Lexicons::Load(dir.path());
  REQUIRE_FALSE(lexicons.ok());
  CHECK(lexicons.status().message().rfind(dir.File("bad.json") + ":3:16: ", 0) == 0);

  test::WriteFile(dir.File("bad.json"), "[1, 2]");
  lexicons = Lexicons::Load(dir.path());
  REQUIRE_FALSE(lexicons.ok());
  CHECK(lexicons.status().message().find("a lexicon file is a JSON object") != std::string::npos);
}

TEST_CASE("FindLexiconDir: flag, then $KG_LEXICONS, then the installed or source folder") {
  test::TempDir dir;
  CHECK(FindLexiconDir(dir.path()).value() == dir.path());
  auto missing = FindLexiconDir(dir.File("nope"));
  REQUIRE_FALSE(missing.ok());
  CHECK(missing.status().message().find("--lexicons") != std::string::npos);

  setenv("KG_LEXICONS", dir.path().c_str(), 1);
  CHECK(FindLexiconDir("").value() == dir.path());
  setenv("KG_LEXICONS", dir.File("nope").c_str(), 1);
  CHECK_FALSE(FindLexiconDir("").ok());
  unsetenv("KG_LEXICONS");
  auto found = FindLexiconDir("");
  REQUIRE(found.ok());
  CHECK(Lexicons::Load(*found)->OfKind("countries").size() >= 1);
}
