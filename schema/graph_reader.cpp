#include "schema/graph_reader.h"

#include <algorithm>

namespace kg {
namespace {

Result<IdRange> TripleIdsOf(Store& store) {
  // Two subqueries: each is one B-tree descent, where max(id) - min(id) in
  // one expression would scan the table.
  KG_ASSIGN_OR_RETURN(Statement stmt, store.db().Prepare("SELECT (SELECT min(id) FROM triples), "
                                                         "(SELECT max(id) FROM triples)"));
  KG_ASSIGN_OR_RETURN(bool row, stmt.Step());
  if (!row || stmt.ColumnIsNull(0)) return IdRange{};
  return IdRange{stmt.ColumnInt(0), stmt.ColumnInt(1)};
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

Status GraphReader::StartSnapshot() {
  KG_RETURN_IF_ERROR(store_.db().Exec("BEGIN"));
  in_transaction_ = true;
  // A deferred transaction takes its snapshot at the first read.
  return store_.db().QueryInt("SELECT count(*) FROM predicates").status();
}

Result<std::unique_ptr<GraphReader>> GraphReader::Begin(Store& store) {
  std::unique_ptr<GraphReader> reader(new GraphReader(store));
  KG_RETURN_IF_ERROR(reader->StartSnapshot());
  // The version is read inside the transaction, so a write committed after
  // it makes the snapshot stale and one committed before it is in the data.
  KG_ASSIGN_OR_RETURN(reader->store_version_, store.ReadVersion(/*in_transaction=*/true));
  reader->data_version_ = reader->store_version_.change_counter;
  return reader;
}

Result<std::vector<std::unique_ptr<GraphReader>>> GraphReader::BeginParallel(Store& store, int count,
                                                                             uint64_t min_triples_per_reader) {
  // SQLite can only pin a snapshot for another connection with an API that
  // Debian's build leaves out, so the snapshots are checked instead: the
  // extra connections start theirs between two reads of `store`'s data
  // version; when both reads agree no write was committed in between, and
  // every snapshot taken in between is the same one.
  std::vector<std::unique_ptr<GraphReader>> siblings;
  KG_ASSIGN_OR_RETURN(int64_t before, store.DataVersion());
  // Outside any snapshot: only a hint of the size, to spare small graphs
  // the cost of extra connections.
  KG_ASSIGN_OR_RETURN(IdRange ids, TripleIdsOf(store));
  count = static_cast<int>(std::clamp<uint64_t>(ids.size() / std::max<uint64_t>(min_triples_per_reader, 1), 1,
                                                static_cast<uint64_t>(std::max(count, 1))));
  for (int i = 1; i < count; ++i) {
    StoreOptions options;
    options.read_only = true;
    auto other = Store::Open(store.path(), options);
    if (!other.ok()) break;  // e.g. not a file: read with one connection
    std::unique_ptr<GraphReader> sibling(new GraphReader(std::move(*other)));
    if (!sibling->StartSnapshot().ok()) break;
    siblings.push_back(std::move(sibling));
  }
  std::vector<std::unique_ptr<GraphReader>> readers;
  KG_ASSIGN_OR_RETURN(std::unique_ptr<GraphReader> first, Begin(store));
  readers.push_back(std::move(first));
  if (!siblings.empty() && readers[0]->data_version_ == before) {
    for (auto& sibling : siblings) {
      sibling->data_version_ = readers[0]->data_version_;
      sibling->store_version_ = readers[0]->store_version_;
      readers.push_back(std::move(sibling));
    }
  }
  return readers;
}

GraphReader::~GraphReader() {
  if (in_transaction_) store_.db().Exec("COMMIT");
}

Result<int64_t> GraphReader::CountEntities() {
  return store_.db().QueryInt("SELECT count(*) FROM entities");
}

Result<int64_t> GraphReader::CountTriples(std::string_view level) {
  KG_ASSIGN_OR_RETURN(Statement stmt, store_.db().Prepare("SELECT count(*) FROM triples WHERE level = ?1"));
  stmt.Bind(1, level);
  KG_ASSIGN_OR_RETURN(bool row, stmt.Step());
  return row ? stmt.ColumnInt(0) : 0;
}

Result<IdRange> GraphReader::TripleIds() { return TripleIdsOf(store_); }

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

Status GraphReader::ForEachTriple(std::string_view level, IdRange ids,
                                  const std::function<void(const TripleView&)>& fn) {
  if (ids.empty()) return Status::Ok();
  KG_ASSIGN_OR_RETURN(Statement stmt,
                      store_.db().Prepare("SELECT id, subject_id, predicate_id, object_id, negated, "
                                          "evidence_count, first_date, last_date FROM triples "
                                          "WHERE id BETWEEN ?2 AND ?3 AND level = ?1 ORDER BY id"));
  stmt.Bind(1, level).Bind(2, ids.first).Bind(3, ids.last);
  return ForEachRow(stmt, [&] {
    fn(TripleView{stmt.ColumnInt(0), stmt.ColumnInt(1), stmt.ColumnInt(2), stmt.ColumnInt(3),
                  stmt.ColumnInt(4) != 0, stmt.ColumnInt(5), stmt.ColumnView(6), stmt.ColumnView(7)});
  });
}

}  // namespace kg
