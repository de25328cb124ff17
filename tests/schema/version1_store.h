// A database as kgraph 0.1 with schema version 1 left it: two countries and
// one triple (Israel -criticizes-> Iran, 3 pieces of evidence), for the
// migration tests.
#pragma once

#include <doctest/doctest.h>

#include <string>

#include "schema/database.h"
#include "schema/migrator.h"

namespace kg::test {

inline void MakeVersion1Store(const std::string& path) {
  auto db = Database::Open(path, Database::Mode::kReadWrite, 1000);
  REQUIRE(db.ok());
  REQUIRE(Migrate(**db, 1).ok());
  REQUIRE((*db)->Exec("INSERT INTO entities(id, name, type) VALUES (1, 'Israel', 'country'), (2, 'Iran', 'country');"
                      "INSERT INTO predicates(id, name) VALUES (1, 'criticizes');"
                      "INSERT INTO triples(subject_id, predicate_id, object_id, evidence_count) VALUES (1, 1, 2, 3);")
              .ok());
  CHECK(*SchemaVersion(**db) == 1);
  CHECK(*(*db)->QueryInt("SELECT count(*) FROM sqlite_schema WHERE name = 'triples_object'") == 1);
}

}  // namespace kg::test
