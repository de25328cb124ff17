#include "schema/store.h"

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <system_error>
#include <thread>

#include <unistd.h>

#include "schema/migrator.h"

namespace kg {

namespace fs = std::filesystem;

namespace {

// How long a writer pauses between two tries of PrepareForWriting.
constexpr std::chrono::milliseconds kBusyRetryPause{25};

// Switches the file to WAL and migrates it. Two processes creating the
// same new file race here, and these steps can fail busy at once, without
// SQLite's busy handler waiting: they are tried again until the busy
// timeout has passed, so the second writer waits as it does everywhere
// else instead of failing at once.
Status PrepareForWriting(Database& db, int busy_timeout_ms) {
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(busy_timeout_ms);
  for (;;) {
    Status status = db.ConfigureForWriting();
    if (status.ok()) status = Migrate(db);
    if (status.code() != Status::Code::kBusy || std::chrono::steady_clock::now() >= deadline) return status;
    std::this_thread::sleep_for(kBusyRetryPause);
  }
}

}  // namespace

std::string Store::ResolvePath(const std::optional<std::string>& flag) {
  if (flag && !flag->empty()) return *flag;
  if (const char* env = std::getenv("KG_DB"); env && *env) return env;
  return "kg.db";
}

Result<std::unique_ptr<Store>> Store::Open(const std::string& path, const StoreOptions& options) {
  std::error_code ec;
  fs::file_status st = fs::status(path, ec);
  if (fs::is_directory(st)) {
    return Status::InvalidInput(path + ": is a folder, not a database file; give a file path with --db");
  }
  bool exists = fs::exists(st);
  if (options.read_only && !exists) {
    return Status::NotFound(path + ": no such database; build one with 'kg ingest' or 'kg import', "
                                   "or name another with --db or $KG_DB");
  }
  if (!options.read_only && exists) {
    // SQLite would open a read-only file and fail only at the first write,
    // after work was done; say it up front instead.
    // The mode bits are checked as well as access(): root may write to
    // anything, but a file with every write bit cleared was made read-only
    // on purpose and is treated so.
    bool no_write_bits = (fs::status(path, ec).permissions() &
                          (fs::perms::owner_write | fs::perms::group_write | fs::perms::others_write)) ==
                         fs::perms::none;
    if (::access(path.c_str(), W_OK) != 0 || no_write_bits) {
      return Status::IOError(path + ": the database is read-only (no write permission)");
    }
  }
  if (!options.read_only && !exists) {
    fs::path parent = fs::path(path).parent_path();
    if (!parent.empty() && !fs::is_directory(parent, ec)) {
      return Status::NotFound(path + ": the folder " + parent.string() + " does not exist");
    }
  }

  auto mode = options.read_only ? Database::Mode::kReadOnly : Database::Mode::kReadWrite;
  KG_ASSIGN_OR_RETURN(std::unique_ptr<Database> db, Database::Open(path, mode, options.busy_timeout_ms));
  if (options.read_only) {
    KG_RETURN_IF_ERROR(CheckCompatible(*db));
  } else {
    // Another program's file is refused before anything in it changes.
    KG_RETURN_IF_ERROR(CheckOwnership(*db));
    KG_RETURN_IF_ERROR(PrepareForWriting(*db, options.busy_timeout_ms));
    // Every write transaction from here on raises the data version, so a
    // graph snapshot of the data before it is never taken for current.
    db->SetBeforeCommit("UPDATE store_version SET data_version = data_version + 1 WHERE id = 1");
  }
  return std::unique_ptr<Store>(new Store(std::move(db)));
}

Result<int64_t> Store::DataVersion() {
  KG_ASSIGN_OR_RETURN(int64_t v, db_->QueryInt("PRAGMA data_version"));
  return v * 1000003 + own_writes_;
}

Result<StoreVersion> Store::ReadVersion(bool in_transaction) {
  if (!in_transaction) KG_RETURN_IF_ERROR(db_->Exec("BEGIN"));
  struct EndRead {
    Database* db;
    ~EndRead() {
      if (db) db->Exec("COMMIT");
    }
  } end_read{in_transaction ? nullptr : db_.get()};
  StoreVersion v;
  KG_ASSIGN_OR_RETURN(Statement stmt, db_->Prepare("SELECT store_id, data_version FROM store_version WHERE id = 1"));
  KG_ASSIGN_OR_RETURN(bool row, stmt.Step());
  if (!row) return Status::Corruption(path() + ": the store_version row is missing");
  v.store_id = stmt.ColumnInt(0);
  v.data_version = stmt.ColumnInt(1);
  KG_ASSIGN_OR_RETURN(v.schema_version, SchemaVersion(*db_));
  KG_ASSIGN_OR_RETURN(v.change_counter, DataVersion());
  return v;
}

}  // namespace kg
