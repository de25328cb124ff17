#include "schema/bulk_triple_loader.h"

namespace kg {
namespace {

// Page cache for the load, in KiB (negative cache_size means KiB in SQLite).
// Index builds sort in this cache instead of spilling to temporary files;
// SQLite allocates it only as pages are used.
constexpr int64_t kBulkCacheKiB = 512 * 1024;

Result<int64_t> ReadPragma(Database& db, const char* sql) {
  KG_ASSIGN_OR_RETURN(Statement stmt, db.Prepare(sql));
  KG_ASSIGN_OR_RETURN(bool row, stmt.Step());
  return row ? stmt.ColumnInt(0) : 0;
}

}  // namespace

Result<std::unique_ptr<BulkTripleLoader>> BulkTripleLoader::Begin(Store& store, TripleWriter& writer) {
  std::unique_ptr<BulkTripleLoader> loader(new BulkTripleLoader(store, writer));
  Database& db = store.db();
  KG_ASSIGN_OR_RETURN(loader->previous_cache_size_, ReadPragma(db, "PRAGMA cache_size"));
  KG_RETURN_IF_ERROR(db.Exec("PRAGMA cache_size = " + std::to_string(-kBulkCacheKiB)));
  KG_ASSIGN_OR_RETURN(int64_t any_triple, ReadPragma(db, "SELECT EXISTS (SELECT 1 FROM triples)"));
  if (!any_triple) KG_RETURN_IF_ERROR(loader->DropIndexes());
  return loader;
}

BulkTripleLoader::~BulkTripleLoader() {
  store_.db().Exec("PRAGMA cache_size = " + std::to_string(previous_cache_size_));
}

Status BulkTripleLoader::DropIndexes() {
  Database& db = store_.db();
  // The statements come from the database's own schema, so the rebuilt
  // indexes are exactly the ones the migrations made.
  std::vector<std::string> names;
  {
    KG_ASSIGN_OR_RETURN(Statement list,
                        db.Prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND "
                                   "tbl_name = 'triples' AND sql IS NOT NULL ORDER BY name"));
    while (true) {
      KG_ASSIGN_OR_RETURN(bool row, list.Step());
      if (!row) break;
      names.push_back(list.ColumnText(0));
      dropped_indexes_.push_back(list.ColumnText(1));
    }
  }
  for (const std::string& name : names) {
    // Index names come from sqlite_schema, never from user input.
    KG_RETURN_IF_ERROR(db.Exec("DROP INDEX \"" + name + "\""));
  }
  KG_ASSIGN_OR_RETURN(insert_,
                      db.Prepare("INSERT INTO triples(subject_id, predicate_id, object_id, level, "
                                 "negated, confidence, first_date, last_date, evidence_count) "
                                 "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"));
  return Status::Ok();
}

Result<int64_t> BulkTripleLoader::Add(const TripleRow& row) {
  if (!rebuilds_indexes()) return writer_.Upsert(row);
  KG_RETURN_IF_ERROR(BindTripleRow(insert_, row));
  KG_RETURN_IF_ERROR(insert_.Run());
  return store_.db().LastInsertRowId();
}

Status BulkTripleLoader::Finish() {
  for (const std::string& sql : dropped_indexes_) {
    // A duplicate row would fail the unique index here, inside the
    // caller's transaction, leaving the database as it was.
    KG_RETURN_IF_ERROR(store_.db().Exec(sql).WithContext("rebuilding the triple indexes"));
  }
  dropped_indexes_.clear();
  return Status::Ok();
}

}  // namespace kg
