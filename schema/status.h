// Status and Result<T>: how every layer of kgraph reports failure.
//
// As in LevelDB, errors travel as values, not exceptions, so that a caller
// sees at the call site that something can fail and decides what to do.
// A Status carries a code (for callers that branch on the kind of failure)
// and a message written for the user ("data.tsv:12: expected 3 columns").
#pragma once

#include <cassert>
#include <memory>
#include <optional>
#include <string>
#include <utility>

namespace kg {

class Status {
 public:
  enum class Code {
    kOk = 0,
    kInvalidInput,   // the user's data or arguments are malformed
    kNotFound,       // a file, entity or record does not exist
    kIOError,        // the file system or SQLite failed
    kCorruption,     // a file is not what it claims to be
    kBusy,           // another writer holds the database
    kUnsupported,    // e.g. a database made by a newer kgraph
    kLimitExceeded,  // a row cap, time budget or enumeration bound was hit
    kCancelled,      // the user interrupted (Ctrl-C)
    kInternal,       // a bug in kgraph
    kUsage,          // the command line is wrong: a missing or conflicting argument (kg exits 2)
  };

  Status() = default;
  static Status Ok() { return Status(); }
  static Status InvalidInput(std::string m) { return {Code::kInvalidInput, std::move(m)}; }
  static Status NotFound(std::string m) { return {Code::kNotFound, std::move(m)}; }
  static Status IOError(std::string m) { return {Code::kIOError, std::move(m)}; }
  static Status Corruption(std::string m) { return {Code::kCorruption, std::move(m)}; }
  static Status Busy(std::string m) { return {Code::kBusy, std::move(m)}; }
  static Status Unsupported(std::string m) { return {Code::kUnsupported, std::move(m)}; }
  static Status LimitExceeded(std::string m) { return {Code::kLimitExceeded, std::move(m)}; }
  static Status Cancelled(std::string m) { return {Code::kCancelled, std::move(m)}; }
  static Status Internal(std::string m) { return {Code::kInternal, std::move(m)}; }
  static Status Usage(std::string m) { return {Code::kUsage, std::move(m)}; }

  // As in LevelDB, success is a null pointer: making, moving and dropping
  // an OK Status (every call that can fail returns one) touches one word.
  Status(const Status& other) : state_(other.state_ ? std::make_unique<State>(*other.state_) : nullptr) {}
  Status& operator=(const Status& other) {
    if (this != &other) state_ = other.state_ ? std::make_unique<State>(*other.state_) : nullptr;
    return *this;
  }
  Status(Status&&) noexcept = default;
  Status& operator=(Status&&) noexcept = default;
  ~Status() = default;

  bool ok() const { return state_ == nullptr; }
  Code code() const { return state_ ? state_->code : Code::kOk; }
  const std::string& message() const {
    static const std::string kNone;
    return state_ ? state_->message : kNone;
  }

  // Returns a copy whose message is prefixed with `context: `, for adding
  // the file name or statement a lower layer did not know about.
  Status WithContext(const std::string& context) const {
    if (ok()) return *this;
    return Status(state_->code, context + ": " + state_->message);
  }

 private:
  struct State {
    Code code;
    std::string message;
  };
  Status(Code code, std::string message) : state_(std::make_unique<State>(State{code, std::move(message)})) {}
  std::unique_ptr<State> state_;
};

// Either a value or the Status explaining why there is none.
template <typename T>
class Result {
 public:
  Result(T value) : value_(std::move(value)) {}  // NOLINT: implicit by design
  Result(Status status) : status_(std::move(status)) {  // NOLINT
    assert(!status_.ok() && "a Result built from a Status must carry an error");
  }

  bool ok() const { return status_.ok(); }
  const Status& status() const { return status_; }
  T& value() & { assert(ok()); return *value_; }
  const T& value() const& { assert(ok()); return *value_; }
  T&& value() && { assert(ok()); return std::move(*value_); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }

 private:
  Status status_;
  std::optional<T> value_;
};

}  // namespace kg

// Propagates a failed Status from an expression returning Status.
#define KG_RETURN_IF_ERROR(expr)            \
  do {                                      \
    ::kg::Status kg_status_ = (expr);       \
    if (!kg_status_.ok()) return kg_status_; \
  } while (0)

#define KG_CONCAT_INNER_(a, b) a##b
#define KG_CONCAT_(a, b) KG_CONCAT_INNER_(a, b)
// Declares `lhs` from a Result-returning expression, or returns its Status.
#define KG_ASSIGN_OR_RETURN(lhs, expr)                          \
  auto KG_CONCAT_(kg_result_, __LINE__) = (expr);               \
  if (!KG_CONCAT_(kg_result_, __LINE__).ok())                   \
    return KG_CONCAT_(kg_result_, __LINE__).status();           \
  lhs = std::move(KG_CONCAT_(kg_result_, __LINE__)).value()
