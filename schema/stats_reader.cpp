#include "schema/stats_reader.h"

#include <filesystem>

#include "schema/migrator.h"

namespace kg {
namespace {

Result<std::vector<std::pair<std::string, int64_t>>> GroupCount(Database& db, const char* sql) {
  KG_ASSIGN_OR_RETURN(Statement stmt, db.Prepare(sql));
  std::vector<std::pair<std::string, int64_t>> out;
  while (true) {
    KG_ASSIGN_OR_RETURN(bool row, stmt.Step());
    if (!row) break;
    out.emplace_back(stmt.ColumnText(0), stmt.ColumnInt(1));
  }
  return out;
}

int64_t FileSize(const std::string& path) {
  std::error_code ec;
  int64_t total = 0;
  for (const char* suffix : {"", "-wal"}) {
    auto size = std::filesystem::file_size(path + suffix, ec);
    if (!ec) total += static_cast<int64_t>(size);
  }
  return total;
}

}  // namespace

Result<StoreStats> ReadStats(Store& store) {
  Database& db = store.db();
  StoreStats s;
  // One read transaction, so the numbers agree with each other even while
  // another process imports.
  KG_RETURN_IF_ERROR(db.Exec("BEGIN"));
  struct EndRead {
    Database& db;
    ~EndRead() { db.Exec("COMMIT"); }
  } end_read{db};
  KG_ASSIGN_OR_RETURN(s.documents, db.QueryInt("SELECT count(*) FROM documents"));
  KG_ASSIGN_OR_RETURN(s.sentences, db.QueryInt("SELECT count(*) FROM sentences"));
  KG_ASSIGN_OR_RETURN(s.entities, db.QueryInt("SELECT count(*) FROM entities"));
  KG_ASSIGN_OR_RETURN(s.entities_by_type,
                      GroupCount(db, "SELECT type, count(*) FROM entities GROUP BY type ORDER BY type"));
  KG_ASSIGN_OR_RETURN(s.aliases, db.QueryInt("SELECT count(*) FROM aliases"));
  KG_ASSIGN_OR_RETURN(s.mentions, db.QueryInt("SELECT count(*) FROM mentions"));
  KG_ASSIGN_OR_RETURN(s.predicates, db.QueryInt("SELECT count(*) FROM predicates"));
  KG_ASSIGN_OR_RETURN(s.triples, db.QueryInt("SELECT count(*) FROM triples"));
  KG_ASSIGN_OR_RETURN(s.triples_by_level,
                      GroupCount(db, "SELECT level, count(*) FROM triples GROUP BY level ORDER BY level"));
  KG_ASSIGN_OR_RETURN(s.evidence, db.QueryInt("SELECT count(*) FROM evidence"));
  KG_ASSIGN_OR_RETURN(s.schema_version, SchemaVersion(db));
  s.file_bytes = FileSize(store.path());
  return s;
}

}  // namespace kg
