#include "schema/bulk_triple_loader.h"

#include <algorithm>
#include <optional>
#include <thread>

namespace kg {
namespace {

// Page cache for an upsert into stored triples, in KiB (negative cache_size
// means KiB in SQLite): it touches pages all over a large index. SQLite
// allocates the cache only as pages are used.
constexpr int64_t kUpsertCacheKiB = 512 * 1024;

// Page cache when the triples table starts empty. Its rows and triples_spo
// are written in order, so a page is done once it is full and a big cache
// only delays the writes (the import ran about 1 s faster with 1 MiB than
// with 512 MiB, and peaks 50 MiB lower). It also sizes the runs of SQLite's
// external sorter, which rebuilds any other index of triples (kgraph's own
// schema has none since version 2; a user may add one): one huge run is
// a linked-list merge sort of 2 million records that misses the CPU cache
// at every step (a third of the import), while runs of 1 MiB (SQLite's
// smallest) sort within the CPU cache and merge in streams, in less than
// half the time.
constexpr int64_t kAppendCacheKiB = 1024;

// Rows per multi-row INSERT: enough to make the per-statement cost vanish,
// far below SQLite's 32766 bound variables (10 columns x 256 rows).
constexpr size_t kRowsPerStatement = 256;

// "INSERT INTO t(a, b) VALUES (?, ?), (?, ?) ..." for `rows` rows.
std::string MultiRowInsert(std::string_view insert_into, int columns, size_t rows) {
  std::string row = "(?";
  for (int c = 1; c < columns; ++c) row += ",?";
  row += ')';
  std::string sql(insert_into);
  sql += " VALUES ";
  for (size_t r = 0; r < rows; ++r) {
    if (r > 0) sql += ',';
    sql += row;
  }
  return sql;
}

// Writes `rows` through statements of kRowsPerStatement rows; `full` caches
// that statement between calls, a shorter tail gets its own. `bind(stmt,
// first, row)` binds one row's `columns` values from index `first`.
template <typename Row, typename Bind>
Status InsertRows(Database& db, std::string_view insert_into, int columns, const std::vector<Row>& rows,
                  std::optional<Statement>& full, Bind bind) {
  for (size_t begin = 0; begin < rows.size(); begin += kRowsPerStatement) {
    size_t count = std::min(kRowsPerStatement, rows.size() - begin);
    std::optional<Statement> tail;
    std::optional<Statement>& target = count < kRowsPerStatement ? tail : full;
    if (!target) {
      KG_ASSIGN_OR_RETURN(target, db.Prepare(MultiRowInsert(insert_into, columns, count)));
    }
    Statement* stmt = &*target;
    for (size_t i = 0; i < count; ++i) {
      KG_RETURN_IF_ERROR(bind(*stmt, static_cast<int>(i) * columns + 1, rows[begin + i]));
    }
    KG_RETURN_IF_ERROR(stmt->Run());
  }
  return Status::Ok();
}

// The triples' ids are left to SQLite: on the empty table it numbers them
// 1, 2, ... in insert order, as Add() does, and an INSERT that names the
// rowid forgoes SQLite's append path (a B-tree search per row, 5% of the
// import). Finish() checks that the numbers agree.
//
// The bulk INSERTs say OR FAIL. A plain (OR ABORT) multi-row INSERT inside
// a transaction keeps a statement journal, to undo its own rows alone when
// a constraint fails half-way: SQLite copies every page the statement
// touches to a temporary file first, 930 MB for the 124 MB store of 2M
// triples. The bulk load never continues after a failed statement (the
// caller rolls the whole transaction back), so nothing needs undoing
// statement by statement.
constexpr std::string_view kInsertTriples =
    "INSERT OR FAIL INTO triples(subject_id, predicate_id, object_id, level, negated, confidence, "
    "first_date, last_date, evidence_count)";

}  // namespace

Result<ForeignKeyChecksOff> ForeignKeyChecksOff::Begin(Database& db) {
  KG_RETURN_IF_ERROR(db.Exec("PRAGMA foreign_keys = OFF"));
  return ForeignKeyChecksOff(&db);
}

ForeignKeyChecksOff::~ForeignKeyChecksOff() {
  if (db_) db_->Exec("PRAGMA foreign_keys = ON");
}

Result<std::unique_ptr<BulkTripleLoader>> BulkTripleLoader::Begin(Store& store, TripleWriter& writer) {
  std::unique_ptr<BulkTripleLoader> loader(new BulkTripleLoader(store, writer));
  Database& db = store.db();
  KG_ASSIGN_OR_RETURN(loader->previous_cache_size_, db.QueryInt("PRAGMA cache_size"));
  KG_ASSIGN_OR_RETURN(loader->previous_temp_store_, db.QueryInt("PRAGMA temp_store"));
  KG_ASSIGN_OR_RETURN(loader->previous_threads_, db.QueryInt("PRAGMA threads"));
  // The sorter's runs go to temporary files (in the OS page cache, rarely
  // on disk): with temp_store = MEMORY SQLite would keep one single run
  // and sort it on one thread (see kAppendCacheKiB).
  KG_RETURN_IF_ERROR(db.Exec("PRAGMA temp_store = FILE"));
  // Helper threads sort runs while the main thread reads the table.
  const unsigned cores = std::clamp(std::thread::hardware_concurrency(), 1u, 4u);
  KG_RETURN_IF_ERROR(db.Exec("PRAGMA threads = " + std::to_string(cores)));
  // The rows' values are checked here (entity types in ResolveEntities,
  // levels in BindTripleRow, negated is a bool), so SQLite need not
  // evaluate the tables' CHECK constraints per row: 7% of the import's CPU.
  KG_RETURN_IF_ERROR(db.Exec("PRAGMA ignore_check_constraints = ON"));
  KG_ASSIGN_OR_RETURN(int64_t any_triple, db.QueryInt("SELECT EXISTS (SELECT 1 FROM triples)"));
  const int64_t cache_kib = any_triple ? kUpsertCacheKiB : kAppendCacheKiB;
  KG_RETURN_IF_ERROR(db.Exec("PRAGMA cache_size = " + std::to_string(-cache_kib)));
  if (!any_triple) {
    KG_RETURN_IF_ERROR(loader->DropIndexes());
    KG_ASSIGN_OR_RETURN(int64_t max_id, db.QueryInt("SELECT coalesce(max(id), 0) FROM triples"));
    loader->next_triple_id_ = max_id + 1;
    loader->rebuilds_indexes_ = true;
    loader->pending_triples_.reserve(kRowsPerStatement);
  }
  return loader;
}

BulkTripleLoader::~BulkTripleLoader() {
  Database& db = store_.db();
  db.Exec("PRAGMA cache_size = " + std::to_string(previous_cache_size_));
  db.Exec("PRAGMA temp_store = " + std::to_string(previous_temp_store_));
  db.Exec("PRAGMA threads = " + std::to_string(previous_threads_));
  db.Exec("PRAGMA ignore_check_constraints = OFF");
}

Status BulkTripleLoader::DropIndexes() {
  Database& db = store_.db();
  // The statements come from the database's own schema, so the rebuilt
  // indexes are exactly the ones the migrations made.
  std::vector<std::string> names;
  {
    // triples_spo stays: rows arrive in its order, so each insert appends
    // at its right edge, which costs less than sorting 2M keys afterwards.
    KG_ASSIGN_OR_RETURN(Statement list,
                        db.Prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND "
                                   "tbl_name = 'triples' AND sql IS NOT NULL AND "
                                   "name <> 'triples_spo' ORDER BY name"));
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
  return Status::Ok();
}

Result<std::vector<int64_t>> BulkTripleLoader::ResolveEntities(const std::vector<EntityName>& entities) {
  // Above this many names, reading every stored name once is cheaper than
  // one lookup query per name.
  constexpr size_t kPreloadNamesAbove = 2000;
  Database& db = store_.db();
  // Names of an earlier call must be in the table for this one to find them.
  KG_RETURN_IF_ERROR(WriteNewEntities());
  KG_ASSIGN_OR_RETURN(int64_t max_id, db.QueryInt("SELECT coalesce(max(id), 0) FROM entities"));
  const bool any_stored = max_id > 0;
  if (any_stored && entities.size() > kPreloadNamesAbove) KG_RETURN_IF_ERROR(writer_.PreloadNames());

  std::vector<int64_t> ids;
  ids.reserve(entities.size());
  std::vector<std::pair<int64_t, EntityName>> fresh;
  EntitySpec spec;
  for (const EntityName& e : entities) {
    if (any_stored) {
      spec.name.assign(e.name);
      KG_ASSIGN_OR_RETURN(std::optional<int64_t> found, writer_.FindEntity(spec.name));
      if (found) {
        // The writer fills in a type the stored entity lacks.
        if (!e.type.empty() && e.type != "other") {
          spec.type.assign(e.type);
          KG_RETURN_IF_ERROR(writer_.Entity(spec).status());
        }
        ids.push_back(*found);
        continue;
      }
    }
    ids.push_back(0);  // numbered below
    fresh.emplace_back(static_cast<int64_t>(ids.size() - 1), e);
  }
  // New ids in name order: the unique name index then grows at its right
  // edge (on an empty table) instead of taking 200k random inserts.
  std::sort(fresh.begin(), fresh.end(),
            [](const auto& x, const auto& y) { return x.second.name < y.second.name; });
  for (auto& [at, e] : fresh) {
    if (e.name.empty()) return Status::InvalidInput("an entity needs a non-empty name");
    // The table's CHECK is not evaluated during the load (see Begin).
    if (!e.type.empty() && !IsEntityType(e.type)) {
      return Status::InvalidInput("unknown entity type '" + std::string(e.type) + "'");
    }
    ids[static_cast<size_t>(at)] = ++max_id;
    at = max_id;
  }
  new_entities_ += static_cast<int64_t>(fresh.size());
  pending_entities_.insert(pending_entities_.end(), fresh.begin(), fresh.end());
  return ids;
}

Status BulkTripleLoader::WriteNewEntities() {
  std::optional<Statement> full;
  Status s = InsertRows(store_.db(), "INSERT OR FAIL INTO entities(id, name, type)", 3, pending_entities_, full,
                        [](Statement& stmt, int first, const std::pair<int64_t, EntityName>& row) {
                          const EntityName& e = row.second;
                          stmt.Bind(first, row.first).Bind(first + 1, e.name);
                          stmt.Bind(first + 2, e.type.empty() ? std::string_view("other") : e.type);
                          return Status::Ok();
                        });
  pending_entities_.clear();
  return s;
}

Result<int64_t> BulkTripleLoader::Add(const TripleRow& row) {
  if (!rebuilds_indexes_) return writer_.Upsert(row);
  int64_t id = next_triple_id_++;
  pending_triples_.emplace_back(id, row);
  if (pending_triples_.size() >= kRowsPerStatement) KG_RETURN_IF_ERROR(FlushTriples());
  return id;
}

Status BulkTripleLoader::FlushTriples() {
  Status s = InsertRows(store_.db(), kInsertTriples, kTripleRowColumns, pending_triples_, insert_triples_,
                        [](Statement& stmt, int first, const std::pair<int64_t, TripleRow>& row) {
                          return BindTripleRow(stmt, row.second, first);
                        });
  pending_triples_.clear();
  return s;
}

Status BulkTripleLoader::Finish() {
  KG_RETURN_IF_ERROR(WriteNewEntities());
  KG_RETURN_IF_ERROR(FlushTriples());
  if (rebuilds_indexes_) {
    // SQLite numbered the rows (see kInsertTriples); Add() promised the same ids.
    KG_ASSIGN_OR_RETURN(int64_t last_id, store_.db().QueryInt("SELECT coalesce(max(id), 0) FROM triples"));
    if (last_id != next_triple_id_ - 1) {
      return Status::Internal("bulk load: the triples were numbered up to " + std::to_string(last_id) +
                              ", not " + std::to_string(next_triple_id_ - 1));
    }
  }
  for (const std::string& sql : dropped_indexes_) {
    // A duplicate row would fail the unique index here, inside the
    // caller's transaction, leaving the database as it was.
    KG_RETURN_IF_ERROR(store_.db().Exec(sql).WithContext("rebuilding the triple indexes"));
  }
  dropped_indexes_.clear();
  return Status::Ok();
}

}  // namespace kg
