#include "query/projection.h"

#include <algorithm>
#include <string>

namespace kg::query {

struct Projection::AggregateState {
  int64_t count = 0;
  Value best;  // min / max
  bool float_sum = false;
  int64_t int_sum = 0;
  double float_total = 0;
  ValueList collected;
  std::unordered_set<Value, ValueHash> distinct;
  std::vector<uint32_t> starts;  // AddReachableFrom
};

namespace {

Status RowCapError(size_t max_rows) {
  return Status::LimitExceeded("the query returns more than " + std::to_string(max_rows) +
                               " rows (the row cap); add LIMIT, or raise it with --max-rows");
}

}  // namespace

Projection::Projection(const BoundQuery& query, const ExpressionEvaluator& evaluator, size_t max_rows,
                       const RowOutput& out)
    : q_(query), eval_(evaluator), max_rows_(max_rows), out_(out) {
  for (const auto& item : q_.items) item_is_key_.push_back(!item.expr.HasAggregate());
  sorting_ = !q_.order_by.empty();
}

Projection::~Projection() = default;

Status Projection::Prepare() {
  auto count = [&](const std::optional<BoundExpr>& e, const char* clause) -> Result<std::optional<size_t>> {
    if (!e) return std::optional<size_t>();
    KG_ASSIGN_OR_RETURN(Value v, eval_.Evaluate(*e, Row{}));
    if (v.type() != Value::Type::kInt || v.as_int() < 0) {
      return eval_.Error(e->pos, std::string(clause) + " takes a non-negative integer, not " + TypeName(v.type()));
    }
    return std::optional<size_t>(static_cast<size_t>(v.as_int()));
  };
  KG_ASSIGN_OR_RETURN(auto skip, count(q_.skip, "SKIP"));
  KG_ASSIGN_OR_RETURN(limit_, count(q_.limit, "LIMIT"));
  skip_ = skip.value_or(0);
  return Status::Ok();
}

std::vector<Projection::AggregateState>* Projection::GroupOf(const Row& row) {
  std::vector<Value> key;
  for (size_t i = 0; i < q_.items.size(); ++i) {
    if (!item_is_key_[i]) continue;
    auto v = eval_.Evaluate(q_.items[i].expr, row);
    if (!v.ok()) {
      status_ = v.status();
      return nullptr;
    }
    key.push_back(std::move(*v));
  }
  auto [it, inserted] = group_index_.try_emplace(std::move(key), group_rows_.size());
  if (inserted) {
    group_rows_.push_back(row);
    group_states_.emplace_back(q_.aggregates.size());
  }
  return &group_states_[it->second];
}

bool Projection::Add(const Row& row) {
  if (q_.aggregates.empty()) return Emit(row, nullptr);
  auto* states = GroupOf(row);
  if (!states) return false;
  for (size_t i = 0; i < q_.aggregates.size(); ++i) {
    status_ = Update((*states)[i], q_.aggregates[i], row);
    if (!status_.ok()) return false;
  }
  return true;
}

bool Projection::AddReachableFrom(const Row& row, uint32_t start) {
  if (q_.aggregates.size() != 1 || q_.aggregates[0].function != Function::kCount) {
    status_ = Status::Internal("AddReachableFrom needs a query whose only aggregate is a count");
    return false;
  }
  auto* states = GroupOf(row);
  if (!states) return false;
  (*states)[0].starts.push_back(start);
  counts_reachable_ = true;
  return true;
}

Status Projection::Update(AggregateState& state, const Aggregate& aggregate, const Row& row) {
  if (!aggregate.argument) {  // count(*)
    ++state.count;
    return Status::Ok();
  }
  KG_ASSIGN_OR_RETURN(Value v, eval_.Evaluate(*aggregate.argument, row));
  if (v.is_null()) return Status::Ok();  // aggregates skip nulls
  if (aggregate.distinct && !state.distinct.insert(v).second) return Status::Ok();
  switch (aggregate.function) {
    case Function::kCount: ++state.count; break;
    case Function::kCollect: state.collected.push_back(std::move(v)); break;
    case Function::kMin:
      if (state.best.is_null() || CompareForSort(v, state.best) < 0) state.best = std::move(v);
      break;
    case Function::kMax:
      if (state.best.is_null() || CompareForSort(v, state.best) > 0) state.best = std::move(v);
      break;
    case Function::kSum:
    case Function::kAvg:
      if (!v.is_number()) {
        return eval_.Error(aggregate.argument->pos, std::string(aggregate.function == Function::kSum ? "sum" : "avg") +
                                                        "() takes numbers, not " + TypeName(v.type()));
      }
      ++state.count;
      state.float_total += v.as_number();
      if (v.type() == Value::Type::kFloat) {
        state.float_sum = true;
      } else if (__builtin_add_overflow(state.int_sum, v.as_int(), &state.int_sum)) {
        state.float_sum = true;  // beyond 64 bits: carry on in floating point
      }
      break;
    default: break;
  }
  return Status::Ok();
}

Result<Value> Projection::Final(const AggregateState& state, const Aggregate& aggregate) const {
  switch (aggregate.function) {
    case Function::kCount: return Value::Int(state.count);
    case Function::kCollect: return Value::List(state.collected);
    case Function::kMin:
    case Function::kMax: return state.best;
    case Function::kSum:
      return state.float_sum ? Value::Float(state.float_total) : Value::Int(state.int_sum);
    case Function::kAvg:
      if (state.count == 0) return Value();
      return Value::Float(state.float_total / static_cast<double>(state.count));
    default: return Value();
  }
}

bool Projection::Emit(const Row& row, const std::vector<Value>* aggregates) {
  OutputRow out;
  out.values.reserve(q_.items.size());
  for (const auto& item : q_.items) {
    auto v = eval_.Evaluate(item.expr, row, aggregates);
    if (!v.ok()) {
      status_ = v.status();
      return false;
    }
    out.values.push_back(std::move(*v));
  }
  if (q_.distinct && !seen_.insert(out.values).second) return true;
  if (!sorting_) return Output(std::move(out.values));
  for (const auto& o : q_.order_by) {
    auto v = eval_.Evaluate(o.expr, row, aggregates, &out.values);
    if (!v.ok()) {
      status_ = v.status();
      return false;
    }
    out.sort_keys.push_back(std::move(*v));
  }
  held_.push_back(std::move(out));
  return true;
}

bool Projection::Output(std::vector<Value>&& values) {
  if (skip_ > 0) {
    --skip_;
    return true;
  }
  if (limit_ && emitted_ >= *limit_) return false;
  if (max_rows_ && emitted_ >= max_rows_) {
    status_ = RowCapError(max_rows_);
    return false;
  }
  ++emitted_;
  if (!out_(std::move(values))) return false;
  return !(limit_ && emitted_ >= *limit_);
}

Status Projection::Finish(const UnionCounter* count_union) {
  KG_RETURN_IF_ERROR(status_);
  if (counts_reachable_) {
    if (!count_union) return Status::Internal("Projection::Finish needs the union counter");
    for (auto& states : group_states_) states[0].count = (*count_union)(std::move(states[0].starts));
  }
  if (!q_.aggregates.empty()) {
    // Aggregates over no rows at all still give one row: count(*) = 0.
    if (group_rows_.empty() && std::none_of(item_is_key_.begin(), item_is_key_.end(), [](bool k) { return k; })) {
      group_rows_.push_back(Row(q_.variables.size()));
      group_states_.emplace_back(q_.aggregates.size());
    }
    for (size_t g = 0; g < group_rows_.size(); ++g) {
      std::vector<Value> finals;
      for (size_t i = 0; i < q_.aggregates.size(); ++i) {
        KG_ASSIGN_OR_RETURN(Value v, Final(group_states_[g][i], q_.aggregates[i]));
        finals.push_back(std::move(v));
      }
      if (!Emit(group_rows_[g], &finals)) break;  // an error (status_), LIMIT, or the output stopped
    }
    KG_RETURN_IF_ERROR(status_);
  }
  if (!sorting_) return status_;
  std::stable_sort(held_.begin(), held_.end(), [&](const OutputRow& a, const OutputRow& b) {
    for (size_t i = 0; i < q_.order_by.size(); ++i) {
      int c = CompareForSort(a.sort_keys[i], b.sort_keys[i]);
      if (c != 0) return q_.order_by[i].descending ? c > 0 : c < 0;
    }
    return false;
  });
  // All rows are known: a result over the cap fails before its first row.
  size_t begin = std::min(skip_, held_.size());
  size_t end = limit_ ? std::min(held_.size(), begin + *limit_) : held_.size();
  if (max_rows_ && end - begin > max_rows_) return RowCapError(max_rows_);
  for (size_t r = begin; r < end; ++r) {
    if (!out_(std::move(held_[r].values))) break;
  }
  held_.clear();
  return Status::Ok();
}

}  // namespace kg::query
