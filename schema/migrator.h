// Brings a database to the schema version this kg was built with.
#pragma once

#include "schema/database.h"
#include "schema/status.h"

namespace kg {

// 'kgrf' in ASCII: marks a SQLite file as a kgraph store (PRAGMA application_id).
inline constexpr int kApplicationId = 0x6b677266;

// The newest schema version known to this build.
int LatestSchemaVersion();

// Reads PRAGMA user_version.
Result<int> SchemaVersion(Database& db);

// Applies every missing migration in one transaction: either the database
// ends at LatestSchemaVersion() (or `target`, which tests use to make a
// database as an older kgraph did) or it is left exactly as it was. Refuses
// a database made by a newer kgraph, and a SQLite file that belongs to
// another application.
Status Migrate(Database& db, int target = LatestSchemaVersion());

// Checks, without writing, that `db` is empty or a kgraph store of a
// version this build knows (not another program's SQLite file, not made by
// a newer kgraph).
Status CheckOwnership(Database& db);

// Checks, without writing, that `db` is a kgraph store this build can read.
Status CheckCompatible(Database& db);

}  // namespace kg
