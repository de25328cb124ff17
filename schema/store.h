// Store: an open kgraph database file.
//
// Opening checks everything that can be wrong with the path before any data
// is touched (a folder, a missing file, a non-SQLite file, another program's
// database, a newer schema) and migrates an older schema in one transaction.
// The readers and writers of this folder (triple_writer.h, graph_reader.h,
// stats_reader.h ...) take a Store and are the only code that speaks SQL.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>

#include "schema/database.h"
#include "schema/status.h"

namespace kg {

struct StoreOptions {
  // Commands that only read (stats, query, path) open read-only: they need
  // no write permission and never create a file.
  bool read_only = false;
  // How long a writer waits for another writer before failing.
  int busy_timeout_ms = 5000;
};

// Which data a store holds: graph snapshots (graph/graph_snapshot.h) are
// keyed by it. data_version is persistent and raised by every write
// transaction kgraph commits (schema/migrations/004_store_version.sql);
// store_id is drawn at random when the store is made.
struct StoreVersion {
  int64_t store_id = 0;
  int64_t data_version = 0;
  int schema_version = 0;
  // Store::DataVersion() read in the same read transaction: what a graph
  // made from this version compares with to tell that it is stale.
  int64_t change_counter = 0;
};

class Store {
 public:
  static Result<std::unique_ptr<Store>> Open(const std::string& path, const StoreOptions& options);

  // The path the user meant: --db, else $KG_DB, else ./kg.db.
  static std::string ResolvePath(const std::optional<std::string>& flag);

  Database& db() { return *db_; }
  const std::string& path() const { return db_->path(); }
  bool read_only() const { return db_->read_only(); }

  // A number that changes whenever another connection commits a write: lets
  // a loaded graph tell that it is stale (PRAGMA data_version, plus our own
  // commits, which data_version does not count).
  Result<int64_t> DataVersion();
  void NoteOwnWrite() { ++own_writes_; }

  // The persistent data version and the change counter, read in one read
  // transaction so that they agree. Inside a read transaction already open
  // on this connection (GraphReader), pass `in_transaction`.
  Result<StoreVersion> ReadVersion(bool in_transaction = false);

 private:
  explicit Store(std::unique_ptr<Database> db) : db_(std::move(db)) {}
  std::unique_ptr<Database> db_;
  int64_t own_writes_ = 0;
};

}  // namespace kg
