// End to end: kg migrate upgrades a database an older kgraph made; readers
// refuse it until then and say how to upgrade.
#include <doctest/doctest.h>

#include "schema/migrator.h"
#include "tests/schema/version1_store.h"
#include "tests/test_util.h"

using kg::test::RunKg;
using kg::test::TempDir;

TEST_CASE("kg migrate upgrades a version 1 database that readers refuse until then") {
  TempDir dir;
  std::string db = dir.File("v1.db");
  kg::test::MakeVersion1Store(db);
  auto refused = RunKg({"--db", db, "path", "Israel", "Iran"});
  CHECK(refused.exit_code == 1);
  CHECK(refused.err.find("kg migrate") != std::string::npos);

  auto migrated = RunKg({"--db", db, "migrate"});
  CHECK(migrated.exit_code == 0);
  CHECK(migrated.out.find("from schema version 1 to " + std::to_string(kg::LatestSchemaVersion())) !=
        std::string::npos);
  auto again = RunKg({"--db", db, "migrate"});
  CHECK(again.exit_code == 0);
  CHECK(again.out.find("already at schema version") != std::string::npos);

  auto path = RunKg({"--db", db, "path", "Israel", "Iran"});
  CHECK(path.exit_code == 0);
  CHECK(path.out.find("criticizes") != std::string::npos);
}

TEST_CASE("kg migrate on a missing database creates nothing") {
  TempDir dir;
  auto r = RunKg({"--db", dir.File("none.db"), "migrate"});
  CHECK(r.exit_code == 1);
  CHECK(r.err.find("no such database") != std::string::npos);
}
