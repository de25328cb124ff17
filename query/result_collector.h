// ResultCollector: a RowSink that keeps the rows, as a ResultSet.
//
// For the callers that need a whole result in memory (tests, benchmarks,
// the REPL's meta-commands and its :export of the last result). `max_rows`
// bounds what it keeps: past it, it keeps counting but drops the rows and
// says so (truncated()), so that keeping a copy never takes unbounded
// memory.
#pragma once

#include <cstddef>
#include <optional>

#include "query/result_set.h"
#include "query/row_sink.h"

namespace kg::query {

class ResultCollector final : public RowSink {
 public:
  // 0 = keep every row.
  explicit ResultCollector(size_t max_rows = 0) : max_rows_(max_rows) {}

  Status Begin(const ResultHeader& header) override;
  Status Add(std::vector<Value>&& row) override;
  Status Plan(const std::string& plan) override;
  Status End(const Status& outcome) override;

  // The rows kept (at most max_rows).
  ResultSet& result() { return result_; }
  // Rows added, kept or not.
  size_t rows_seen() const { return rows_seen_; }
  bool truncated() const { return rows_seen_ > result_.rows.size(); }

 private:
  size_t max_rows_;
  size_t rows_seen_ = 0;
  ResultSet result_;
};

}  // namespace kg::query
