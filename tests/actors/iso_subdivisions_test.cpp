// ISO 3166-2 subdivisions as places of their state: kept kinds, shared
// names left out, absent package tolerated, malformed file named.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdio>

#include "ingest/actors/iso_subdivisions.h"
#include "tests/test_util.h"

using kg::ingest::ReadIsoSubdivisions;
using kg::ingest::Subdivision;

TEST_CASE("iso subdivisions: states and provinces, not names two countries share") {
  kg::test::TempDir dir;
  kg::test::WriteFile(dir.File("iso_3166-1.json"),
                      R"({"3166-1": [{"alpha_2": "US", "alpha_3": "USA"}, {"alpha_2": "IN", "alpha_3": "IND"},
                                     {"alpha_2": "PK", "alpha_3": "PAK"}, {"alpha_2": "FR", "alpha_3": "FRA"},
                                     {"alpha_2": "CM", "alpha_3": "CMR"}, {"alpha_2": "GH", "alpha_3": "GHA"}]})");
  kg::test::WriteFile(dir.File("iso_3166-2.json"),
                      R"({"3166-2": [{"code": "US-WI", "name": "Wisconsin", "type": "State"},
                                     {"code": "IN-PB", "name": "Punjab", "type": "State"},
                                     {"code": "PK-PB", "name": "Punjab", "type": "Province"},
                                     {"code": "FR-75", "name": "Paris", "type": "Metropolitan department"},
                                     {"code": "US-XX", "name": "Isle [Other]", "type": "State"},
                                     {"code": "CM-ES", "name": "East", "type": "Region"},
                                     {"code": "GH-UE", "name": "Upper East", "type": "Region"},
                                     {"code": "GH-WN", "name": "Western North", "type": "Region"},
                                     {"code": "GH-AA", "name": "Greater Accra", "type": "Region"}]})");
  auto found = ReadIsoSubdivisions(dir.path());
  REQUIRE_MESSAGE(found.ok(), found.status().message());
  // Directions alone ("East", "Upper East") are left out, names with one
  // word of their own ("Greater Accra") kept.
  REQUIRE(found->size() == 2);
  CHECK(found->at(0).name == "Greater Accra");
  CHECK(found->at(0).country_code == "GHA");
  CHECK(found->at(1).name == "Wisconsin");
  CHECK(found->at(1).country_code == "USA");

  auto none = ReadIsoSubdivisions(dir.File("absent"));
  REQUIRE(none.ok());
  CHECK(none->empty());

  kg::test::WriteFile(dir.File("bad/iso_3166-1.json"), "{oops");
  kg::test::WriteFile(dir.File("bad/iso_3166-2.json"), "{}");
  auto bad = ReadIsoSubdivisions(dir.File("bad"));
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.status().message().find("iso_3166-1.json") != std::string::npos);
}

TEST_CASE("iso subdivisions: Debian's iso-codes, when installed, place US states and Canadian provinces") {
  auto found = ReadIsoSubdivisions(kg::ingest::IsoCodesDir());
  REQUIRE(found.ok());
  if (found->empty()) {
    std::printf("SKIPPED: iso-codes is not installed at %s\n", kg::ingest::IsoCodesDir().c_str());
    return;
  }
  auto has = [&](const std::string& name, const std::string& code) {
    return std::any_of(found->begin(), found->end(),
                       [&](const Subdivision& s) { return s.name == name && s.country_code == code; });
  };
  CHECK(has("Wisconsin", "USA"));
  CHECK(has("Ontario", "CAN"));
  CHECK_FALSE(has("Punjab", "IND"));  // Pakistan has one too
  CHECK_FALSE(has("East", "CMR"));     // "the Middle East"
}
