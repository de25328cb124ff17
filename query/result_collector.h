// ResultCollector: a RowSink that keeps the rows, as a ResultSet.
//
// For the callers that need a whole result in memory (tests, benchmarks,
// the REPL, which keeps its last result for :export). What it keeps is
// bounded by the statement's row cap (QueryLimits::max_rows), not by it.
#pragma once

#include "query/result_set.h"
#include "query/row_sink.h"

namespace kg::query {

class ResultCollector final : public RowSink {
 public:
  Status Begin(const ResultHeader& header) override;
  Status Add(std::vector<Value>&& row) override;
  Status Plan(const std::string& plan) override;
  Status End(const Status& outcome) override;

  ResultSet& result() { return result_; }

 private:
  ResultSet result_;
};

}  // namespace kg::query
