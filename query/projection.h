// Projection: the RETURN part of a statement, fed one matched row at a
// time: grouping and aggregates, DISTINCT, ORDER BY, SKIP and LIMIT.
//
// Rows go to a RowOutput as soon as they are final: at once without ORDER
// BY or aggregates (so memory does not grow with the row count, and LIMIT
// stops the matching), at Finish after sorting or aggregating otherwise.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "query/bound_query.h"
#include "query/expression_evaluator.h"

namespace kg::query {

// Takes one result row; false when no more rows are wanted (whoever
// consumes them stopped, or failed and keeps the reason).
using RowOutput = std::function<bool(std::vector<Value>&&)>;

class Projection {
 public:
  // `max_rows` (0 = none) caps the rows it gives `out`; past it, status()
  // is the row-cap error. `out` must outlive the projection.
  Projection(const BoundQuery& query, const ExpressionEvaluator& evaluator, size_t max_rows, const RowOutput& out);
  ~Projection();

  // Evaluates SKIP and LIMIT (they may be parameters).
  Status Prepare();
  // Takes one matched row; false when no more rows are needed (LIMIT reached
  // with nothing to sort or aggregate) or on error (see status()).
  bool Add(const Row& row);
  // The planner's kCountReachable: the query's only aggregate is a
  // count(DISTINCT b) of the nodes within reach of a row's start node,
  // which the graph engine counts without a row per node. Takes one row
  // and its start; a group's count is that of the union over its rows'
  // starts, which `count_union` gives at Finish. False on error.
  using UnionCounter = std::function<int64_t(std::vector<uint32_t> starts)>;
  bool AddReachableFrom(const Row& row, uint32_t start);
  const Status& status() const { return status_; }
  // Gives the rows held back (aggregated or sorted), in order.
  // `count_union` is needed after AddReachableFrom.
  Status Finish(const UnionCounter* count_union = nullptr);

 private:
  struct AggregateState;
  struct OutputRow {
    std::vector<Value> values;
    std::vector<Value> sort_keys;
  };
  bool Emit(const Row& row, const std::vector<Value>* aggregates);
  // One final row through SKIP, LIMIT and the row cap to the output.
  bool Output(std::vector<Value>&& values);
  // The aggregate states of the row's group (made on first sight), or null on error.
  std::vector<AggregateState>* GroupOf(const Row& row);
  Status Update(AggregateState& state, const Aggregate& aggregate, const Row& row);
  Result<Value> Final(const AggregateState& state, const Aggregate& aggregate) const;

  const BoundQuery& q_;
  const ExpressionEvaluator& eval_;
  size_t max_rows_;
  Status status_;
  size_t skip_ = 0;
  std::optional<size_t> limit_;
  const RowOutput& out_;
  std::vector<bool> item_is_key_;
  bool sorting_ = false;  // ORDER BY: rows are held until Finish
  bool counts_reachable_ = false;  // AddReachableFrom was called
  size_t emitted_ = 0;  // rows given to out_
  std::vector<OutputRow> held_;  // ORDER BY
  std::unordered_set<std::vector<Value>, RowHash> seen_;  // DISTINCT
  // Aggregation: groups in first-seen order.
  std::unordered_map<std::vector<Value>, size_t, RowHash> group_index_;
  std::vector<Row> group_rows_;
  std::vector<std::vector<AggregateState>> group_states_;
};

}  // namespace kg::query
