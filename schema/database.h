// Database and Statement: a thin RAII layer over the SQLite C API.
//
// This folder is the only code in kgraph that speaks SQL. Everything above it
// calls typed functions of the store; nothing builds SQL from user text, and
// every value reaches SQLite through a bound parameter.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "schema/status.h"

struct sqlite3;
struct sqlite3_stmt;

namespace kg {

class Database;

// A prepared statement. Bind indexes are 1-based, column indexes 0-based,
// as in SQLite.
class Statement {
 public:
  Statement() = default;
  Statement(Statement&& other) noexcept;
  Statement& operator=(Statement&& other) noexcept;
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;
  ~Statement();

  Statement& Bind(int index, int64_t value);
  Statement& Bind(int index, int value) { return Bind(index, static_cast<int64_t>(value)); }
  Statement& Bind(int index, double value);
  Statement& Bind(int index, std::string_view value);
  Statement& Bind(int index, const char* value) { return Bind(index, std::string_view(value)); }
  Statement& Bind(int index, const std::string& value) { return Bind(index, std::string_view(value)); }
  Statement& Bind(int index, const std::optional<std::string>& value);
  Statement& BindNull(int index);

  // Runs one step: true when a row is ready, false when done.
  Result<bool> Step();
  // Runs a statement that returns no rows to completion, then resets it.
  Status Run();
  void Reset();

  int64_t ColumnInt(int column) const;
  double ColumnDouble(int column) const;
  std::string ColumnText(int column) const;
  std::string_view ColumnView(int column) const;  // valid until the next Step
  bool ColumnIsNull(int column) const;
  std::optional<std::string> ColumnOptionalText(int column) const;

 private:
  friend class Database;
  Statement(sqlite3* db, sqlite3_stmt* stmt) : db_(db), stmt_(stmt) {}
  sqlite3* db_ = nullptr;
  sqlite3_stmt* stmt_ = nullptr;
};

class Database {
 public:
  enum class Mode { kReadWrite, kReadOnly };

  // Opens (and, in kReadWrite mode, creates) the SQLite file at `path`, with
  // foreign keys on and a busy timeout. Opening changes nothing in the file;
  // a writer calls ConfigureForWriting once it knows the file is its own.
  static Result<std::unique_ptr<Database>> Open(const std::string& path, Mode mode,
                                                int busy_timeout_ms);
  // Makes a kReadWrite database ready for kgraph's writes: 16 KiB pages for
  // a new file, WAL journal, synchronous NORMAL. WAL is stored in the file's
  // header, so this is called only after the file is known to be kgraph's
  // (or empty): another program's SQLite file is refused unchanged.
  Status ConfigureForWriting();
  ~Database();
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;

  Result<Statement> Prepare(std::string_view sql);
  // Runs trusted SQL text (schema scripts, pragmas) that binds no values.
  Status Exec(std::string_view sql);
  // The integer in the first column of the first row of trusted SQL (a
  // count, a pragma), 0 when it returns no row.
  Result<int64_t> QueryInt(std::string_view sql);
  int64_t LastInsertRowId() const;
  int Changes() const;
  const std::string& path() const { return path_; }
  bool read_only() const { return mode_ == Mode::kReadOnly; }
  sqlite3* handle() { return db_; }

  // Translates the last SQLite error into a Status.
  Status LastError(std::string_view what) const;

  // Trusted SQL that every Transaction runs just before its COMMIT, so that
  // it commits (or rolls back) with the transaction's own writes. The store
  // installs the raise of its data version here (schema/store.h): every
  // write kgraph makes then changes the version, and no writer has to
  // remember to. Empty (the default): nothing is run.
  void SetBeforeCommit(std::string sql) { before_commit_ = std::move(sql); }
  const std::string& before_commit() const { return before_commit_; }

 private:
  Database(sqlite3* db, std::string path, Mode mode) : db_(db), path_(std::move(path)), mode_(mode) {}
  sqlite3* db_;
  std::string path_;
  Mode mode_;
  std::string before_commit_;
};

// BEGIN IMMEDIATE ... COMMIT, rolled back if destroyed before Commit().
// Commit() runs the database's before-commit SQL first (SetBeforeCommit).
// IMMEDIATE takes the write lock up front, so a second writer waits for the
// busy timeout at BEGIN rather than failing half-way through its work.
class Transaction {
 public:
  static Result<Transaction> Begin(Database& db);
  Transaction(Transaction&& other) noexcept : db_(other.db_) { other.db_ = nullptr; }
  Transaction& operator=(Transaction&&) = delete;
  ~Transaction();
  Status Commit();
  void Rollback();

 private:
  explicit Transaction(Database* db) : db_(db) {}
  Database* db_;
};

// Maps a SQLite result code to a Status with `what` as context.
Status SqliteStatus(int code, std::string_view what, sqlite3* db);

}  // namespace kg
