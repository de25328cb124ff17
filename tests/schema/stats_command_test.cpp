// End to end: kg stats on fresh and bad databases.
#include <doctest/doctest.h>

#include "tests/test_util.h"

using kg::test::RunKg;
using kg::test::TempDir;

TEST_CASE("kg stats on a missing database fails with the path in the message") {
  TempDir dir;
  auto r = RunKg({"--db", dir.File("none.db"), "stats"});
  CHECK(r.exit_code == 1);
  CHECK(r.err.find("none.db") != std::string::npos);
}

TEST_CASE("kg stats --format json on a folder names the folder") {
  TempDir dir;
  auto r = RunKg({"--db", dir.path(), "stats", "--format", "json"});
  CHECK(r.exit_code == 1);
  CHECK(r.err.find("is a folder") != std::string::npos);
}

TEST_CASE("kg stats rejects an unknown --format") {
  TempDir dir;
  auto r = RunKg({"--db", dir.File("kg.db"), "stats", "--format", "yaml"});
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("yaml") != std::string::npos);
}
