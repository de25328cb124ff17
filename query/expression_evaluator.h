// ExpressionEvaluator: computes a bound expression over one row.
//
// Cypher's three-valued logic: comparisons with null are null, AND/OR/XOR
// and NOT follow Kleene's tables, WHERE keeps a row only when its condition
// is true. A type error ("cannot add STRING and INTEGER") points at the
// operator in the statement.
#pragma once

#include <cstdint>
#include <functional>
#include <string_view>
#include <vector>

#include "query/bound_query.h"
#include "query/list_values.h"
#include "query/query_engine.h"
#include "query/value.h"
#include "schema/status.h"

namespace kg::graph {
class KnowledgeGraph;
}

namespace kg::query {

using Row = std::vector<Value>;

class ExpressionEvaluator {
 public:
  // `evidence` must outlive the evaluator (the engine keeps one per store).
  ExpressionEvaluator(const graph::KnowledgeGraph& graph, const Parameters& params, const EvidenceLookup& evidence,
                      std::string_view text)
      : graph_(graph), params_(params), evidence_(evidence), text_(text) {}

  // `aggregates` and `items` are the values kAggregate and kItem refer to
  // (projection and ORDER BY only).
  Result<Value> Evaluate(const BoundExpr& e, const Row& row, const std::vector<Value>* aggregates = nullptr,
                         const std::vector<Value>* items = nullptr) const;
  // The value without a copy when it is already stored (a constant, a
  // parameter, a variable of the row); otherwise computed into `scratch`.
  // The pointer lives as long as the expression, the parameters, the row
  // and `scratch`. Matching calls this per candidate, where copying a
  // name parameter's string each time showed in the statement's cost.
  Result<const Value*> EvaluateRef(const BoundExpr& e, const Row& row, Value& scratch) const;
  // The numbers of a range(...) call (`e` is one) without making its list.
  Result<RangeBounds> EvaluateRange(const BoundExpr& e, const Row& row) const;
  // WHERE: true only when the value is the boolean true.
  Result<bool> IsTrue(const BoundExpr& e, const Row& row) const;

  // Properties, shared with the pattern matcher.
  Value NodePropertyValue(graph::VertexId v, NodeProperty p) const;
  Value EdgePropertyValue(graph::EdgeId e, EdgeProperty p) const;

  Status Error(SourcePos pos, const std::string& message) const { return SourceError(text_, pos, message); }

  // Runs a kSubquery expression from a row; the executor gives it (a
  // subquery is a plan of its own).
  using SubqueryRunner = std::function<Result<Value>(const BoundExpr& subquery, const Row& row)>;
  void SetSubqueryRunner(SubqueryRunner runner) { subqueries_ = std::move(runner); }

 private:
  struct Scope {
    const Row& row;
    const std::vector<Value>* aggregates;
    const std::vector<Value>* items;
  };
  Result<Value> Eval(const BoundExpr& e, const Scope& s) const;
  Result<Value> EvalUnary(const BoundExpr& e, const Scope& s) const;
  Result<Value> EvalBinary(const BoundExpr& e, const Scope& s) const;
  Result<Value> EvalLogical(const BoundExpr& e, const Scope& s) const;
  Result<Value> EvalArithmetic(const BoundExpr& e, const Value& a, const Value& b) const;
  Result<Value> EvalFunction(const BoundExpr& e, const Scope& s) const;
  Result<Value> EvalKeyAccess(SourcePos pos, std::string_view key, const Value& object) const;
  // `value`, or its error placed at `pos`.
  Result<Value> Located(SourcePos pos, Result<Value> value) const;
  Result<Value> EvalRegex(const BoundExpr& e, const Value& text, const Value& pattern) const;

  const graph::KnowledgeGraph& graph_;
  const Parameters& params_;
  const EvidenceLookup& evidence_;
  std::string_view text_;
  SubqueryRunner subqueries_;
};

// Three-valued `=`: null when either side is null (or a list holds one).
Value EqualsTernary(const Value& a, const Value& b);
// `<` and friends: null when the types cannot be ordered.
Value CompareTernary(ast::BinaryOp op, const Value& a, const Value& b);

// "2024-03-01" from the graph's packed day 20240301; empty for 0.
std::string FormatDay(int32_t day);

}  // namespace kg::query
