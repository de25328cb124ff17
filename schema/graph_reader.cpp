#include "schema/graph_reader.h"

namespace kg {
namespace {

Result<int64_t> CountRows(Database& db, std::string_view sql, std::string_view bound) {
  KG_ASSIGN_OR_RETURN(Statement stmt, db.Prepare(sql));
  if (!bound.empty()) stmt.Bind(1, bound);
  KG_ASSIGN_OR_RETURN(bool row, stmt.Step());
  return row ? stmt.ColumnInt(0) : 0;
}

// Runs `stmt` to completion, calling `on_row` for each row.
template <typename F>
Status ForEachRow(Statement& stmt, F&& on_row) {
  while (true) {
    KG_ASSIGN_OR_RETURN(bool row, stmt.Step());
    if (!row) return Status::Ok();
    on_row();
  }
}

}  // namespace

Result<std::unique_ptr<GraphReader>> GraphReader::Begin(Store& store) {
  std::unique_ptr<GraphReader> reader(new GraphReader(store));
  // The version is read inside the transaction, so a write committed after
  // it makes the snapshot stale and one committed before it is in the data.
  KG_RETURN_IF_ERROR(store.db().Exec("BEGIN"));
  reader->in_transaction_ = true;
  // A deferred transaction takes its snapshot at the first read.
  KG_RETURN_IF_ERROR(CountRows(store.db(), "SELECT count(*) FROM predicates", "").status());
  KG_ASSIGN_OR_RETURN(reader->data_version_, store.DataVersion());
  return reader;
}

GraphReader::~GraphReader() {
  if (in_transaction_) store_.db().Exec("COMMIT");
}

Result<int64_t> GraphReader::CountEntities() {
  return CountRows(store_.db(), "SELECT count(*) FROM entities", "");
}

Result<int64_t> GraphReader::CountTriples(std::string_view level) {
  return CountRows(store_.db(), "SELECT count(*) FROM triples WHERE level = ?1", level);
}

Result<int64_t> GraphReader::TripleCapacity() {
  return CountRows(store_.db(), "SELECT coalesce(max(id) - min(id) + 1, 0) FROM triples", "");
}

Status GraphReader::ForEachEntity(const std::function<void(const EntityView&)>& fn) {
  KG_ASSIGN_OR_RETURN(Statement stmt,
                      store_.db().Prepare("SELECT id, name, type, code, sector FROM entities ORDER BY id"));
  return ForEachRow(stmt, [&] {
    fn(EntityView{stmt.ColumnInt(0), stmt.ColumnView(1), stmt.ColumnView(2), stmt.ColumnView(3),
                  stmt.ColumnView(4)});
  });
}

Status GraphReader::ForEachAlias(const std::function<void(std::string_view, int64_t)>& fn) {
  KG_ASSIGN_OR_RETURN(Statement stmt,
                      store_.db().Prepare("SELECT alias, entity_id FROM aliases ORDER BY entity_id, alias"));
  return ForEachRow(stmt, [&] { fn(stmt.ColumnView(0), stmt.ColumnInt(1)); });
}

Status GraphReader::ForEachPredicate(const std::function<void(const PredicateView&)>& fn) {
  KG_ASSIGN_OR_RETURN(Statement stmt,
                      store_.db().Prepare("SELECT id, name, category, cameo FROM predicates ORDER BY id"));
  return ForEachRow(stmt, [&] {
    fn(PredicateView{stmt.ColumnInt(0), stmt.ColumnView(1), stmt.ColumnView(2), stmt.ColumnView(3)});
  });
}

Status GraphReader::ForEachTriple(std::string_view level, const std::function<void(const TripleView&)>& fn) {
  KG_ASSIGN_OR_RETURN(Statement stmt,
                      store_.db().Prepare("SELECT id, subject_id, predicate_id, object_id, negated, "
                                          "evidence_count, first_date, last_date FROM triples "
                                          "WHERE level = ?1 ORDER BY id"));
  stmt.Bind(1, level);
  return ForEachRow(stmt, [&] {
    fn(TripleView{stmt.ColumnInt(0), stmt.ColumnInt(1), stmt.ColumnInt(2), stmt.ColumnInt(3),
                  stmt.ColumnInt(4) != 0, stmt.ColumnInt(5), stmt.ColumnView(6), stmt.ColumnView(7)});
  });
}

}  // namespace kg
