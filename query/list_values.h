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

// The numbers of range(start, end, step) without the list: `count` of
// them from `first`, `step` apart; count 0 when an argument is null.
// UNWIND range(...) walks these instead of making the list, so that it
// takes no memory per row and is not held to kMaxRangeSize.
struct RangeBounds {
  int64_t first = 0;
  int64_t step = 1;
  uint64_t count = 0;
  int64_t At(uint64_t i) const { return static_cast<int64_t>(first + static_cast<__int128>(i) * step); }
};
Result<RangeBounds> RangeOf(const Value& start, const Value& end, const Value& step);

}  // namespace kg::query
