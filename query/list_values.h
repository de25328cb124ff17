// List operations of the language: `xs[i]`, `xs[from..to]` and range().
// Errors carry only what is wrong; the evaluator adds the place.
#pragma once

#include <cstdint>

#include "query/value.h"
#include "schema/status.h"

namespace kg::query {

// Element i of a list (negative i counts from the end); null when out of
// range or when either is null.
Result<Value> ListElement(const Value& list, const Value& index);

// The elements from `from` up to, not including, `to` (negative bounds
// count from the end; bounds beyond the list are clamped); null when any
// is null.
Result<Value> ListSlice(const Value& list, const Value& from, const Value& to);

// range(start, end[, step]): the integers from start to end inclusive.
// A list of more than kMaxRangeSize elements is refused.
inline constexpr int64_t kMaxRangeSize = 10'000'000;
Result<Value> Range(const Value& start, const Value& end, const Value& step);

}  // namespace kg::query
