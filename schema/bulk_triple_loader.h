// BulkTripleLoader: writes many entities and distinct triples at once,
// inside the caller's transaction (a `kg import` of millions of lines).
//
// Ids are assigned in memory (after the largest stored id) and rows go out
// through multi-row INSERT statements, a few hundred rows per step, instead
// of one statement per row.
//
// When the triples table is empty at the start, its secondary indexes are
// dropped and rebuilt at the end: one sorted index build is several times
// faster than millions of B-tree inserts. The drop and the rebuild happen in
// the caller's transaction, so a failure anywhere leaves the indexes (and
// everything else) as they were. Otherwise each row is an ordinary upsert
// through the TripleWriter, merging with the assertions already stored.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "schema/triple_writer.h"

namespace kg {

// An entity as an import names it; an empty type means "not said" (other).
struct EntityName {
  std::string_view name, type;
};

// Turns SQLite's foreign-key enforcement off while it lives. The bulk path
// takes its ids from the tables it writes, so every reference holds by
// construction, and three parent lookups per triple row would cost more than
// the insert itself. SQLite ignores this pragma inside a transaction: make
// the guard before the transaction begins, so it ends after it.
class ForeignKeyChecksOff {
 public:
  static Result<ForeignKeyChecksOff> Begin(Database& db);
  ForeignKeyChecksOff(ForeignKeyChecksOff&& other) noexcept : db_(other.db_) { other.db_ = nullptr; }
  ForeignKeyChecksOff& operator=(ForeignKeyChecksOff&&) = delete;
  ~ForeignKeyChecksOff();

 private:
  explicit ForeignKeyChecksOff(Database* db) : db_(db) {}
  Database* db_;
};

class BulkTripleLoader {
 public:
  static Result<std::unique_ptr<BulkTripleLoader>> Begin(Store& store, TripleWriter& writer);
  ~BulkTripleLoader();

  // The ids of `entities` (distinct names), in order. Stored names keep
  // their id (an 'other' type is filled in, as TripleWriter::Entity does);
  // the rest get new ids, and their rows are written by WriteNewEntities()
  // (or Finish()), so that a caller can use the ids meanwhile. Types must
  // be valid entity types; the names must outlive those writes.
  Result<std::vector<int64_t>> ResolveEntities(const std::vector<EntityName>& entities);
  Status WriteNewEntities();
  int64_t new_entities() const { return new_entities_; }

  // Rows must be distinct on (subject, predicate, object, level, negated);
  // they load fastest sorted that way. Returns the triple id (the row may
  // be written later, by the time Finish() returns).
  Result<int64_t> Add(const TripleRow& row);

  // Writes the buffered rows and rebuilds the dropped indexes. Without it
  // the caller must roll back.
  Status Finish();

  bool rebuilds_indexes() const { return rebuilds_indexes_; }

 private:
  BulkTripleLoader(Store& store, TripleWriter& writer) : store_(store), writer_(writer) {}
  Status DropIndexes();
  Status FlushTriples();

  Store& store_;
  TripleWriter& writer_;
  bool rebuilds_indexes_ = false;
  std::vector<std::string> dropped_indexes_;  // their CREATE INDEX statements
  // Rows waiting for the next multi-row INSERT, each with its id.
  std::vector<std::pair<int64_t, EntityName>> pending_entities_;
  std::vector<std::pair<int64_t, TripleRow>> pending_triples_;
  std::optional<Statement> insert_triples_;   // prepared for a full batch
  int64_t next_triple_id_ = 1;
  int64_t new_entities_ = 0;
  int64_t previous_cache_size_ = 0;
  int64_t previous_temp_store_ = 0;
  int64_t previous_threads_ = 0;
};

}  // namespace kg
