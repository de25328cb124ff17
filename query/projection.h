// Projection: the RETURN part of a statement, fed one matched row at a
// time: grouping and aggregates, DISTINCT, ORDER BY, SKIP and LIMIT.
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

class Projection {
 public:
  // `max_rows` (0 = none) caps the rows it returns.
  Projection(const BoundQuery& query, const ExpressionEvaluator& evaluator, size_t max_rows);
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
  // The result rows, in order. `count_union` is needed after AddReachableFrom.
  Result<std::vector<std::vector<Value>>> Finish(const UnionCounter* count_union = nullptr);

 private:
  struct AggregateState;
  struct OutputRow {
    std::vector<Value> values;
    std::vector<Value> sort_keys;
  };
  bool Emit(const Row& row, const std::vector<Value>* aggregates);
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
  std::vector<bool> item_is_key_;
  bool streaming_ = true;  // rows can go straight to the output
  bool counts_reachable_ = false;  // AddReachableFrom was called
  std::vector<OutputRow> out_;
  std::unordered_set<std::vector<Value>, RowHash> seen_;  // DISTINCT
  // Aggregation: groups in first-seen order.
  std::unordered_map<std::vector<Value>, size_t, RowHash> group_index_;
  std::vector<Row> group_rows_;
  std::vector<std::vector<AggregateState>> group_states_;
};

}  // namespace kg::query
