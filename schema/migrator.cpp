#include "schema/migrator.h"

#include <string>

#include "schema/migrations_sql.h"

namespace kg {
namespace {

Result<int64_t> UserTableCount(Database& db) {
  return db.QueryInt("SELECT count(*) FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%'");
}

// Fails unless the file is empty or was made by kgraph at a version we know.
Status CheckOwnershipAt(Database& db, int version) {
  KG_ASSIGN_OR_RETURN(int64_t app_id, db.QueryInt("PRAGMA application_id"));
  KG_ASSIGN_OR_RETURN(int64_t tables, UserTableCount(db));
  if (app_id != kApplicationId && (app_id != 0 || tables > 0)) {
    return Status::Unsupported(db.path() +
                               ": not a kgraph database (it is a SQLite file made by another "
                               "program); choose another --db path");
  }
  if (version > LatestSchemaVersion()) {
    return Status::Unsupported(db.path() + ": made by a newer kgraph (schema version " +
                               std::to_string(version) + "; this kg knows up to version " +
                               std::to_string(LatestSchemaVersion()) + "); upgrade kg to use it");
  }
  return Status::Ok();
}

}  // namespace

Status CheckOwnership(Database& db) {
  KG_ASSIGN_OR_RETURN(int version, SchemaVersion(db));
  return CheckOwnershipAt(db, version);
}

int LatestSchemaVersion() {
  int latest = 0;
  for (const Migration& m : kMigrations) latest = m.version > latest ? m.version : latest;
  return latest;
}

Result<int> SchemaVersion(Database& db) {
  KG_ASSIGN_OR_RETURN(int64_t v, db.QueryInt("PRAGMA user_version"));
  return static_cast<int>(v);
}

Status CheckCompatible(Database& db) {
  KG_ASSIGN_OR_RETURN(int version, SchemaVersion(db));
  KG_RETURN_IF_ERROR(CheckOwnershipAt(db, version));
  if (version < LatestSchemaVersion()) {
    return Status::Unsupported(db.path() + ": schema version " + std::to_string(version) +
                               " needs migrating to version " +
                               std::to_string(LatestSchemaVersion()) +
                               "; run 'kg migrate' (or any command that writes) to upgrade it");
  }
  return Status::Ok();
}

Status Migrate(Database& db, int target) {
  KG_ASSIGN_OR_RETURN(int version, SchemaVersion(db));
  KG_RETURN_IF_ERROR(CheckOwnershipAt(db, version));
  if (version >= target) return Status::Ok();

  KG_ASSIGN_OR_RETURN(Transaction txn, Transaction::Begin(db));
  // Re-read under the write lock: another process may have migrated meanwhile.
  KG_ASSIGN_OR_RETURN(version, SchemaVersion(db));
  for (const Migration& m : kMigrations) {
    if (m.version <= version || m.version > target) continue;
    KG_RETURN_IF_ERROR(db.Exec(m.sql).WithContext(std::string("migration ") + m.name));
    KG_RETURN_IF_ERROR(db.Exec("PRAGMA user_version = " + std::to_string(m.version)));
  }
  KG_RETURN_IF_ERROR(db.Exec("PRAGMA application_id = " + std::to_string(kApplicationId)));
  return txn.Commit();
}

}  // namespace kg
