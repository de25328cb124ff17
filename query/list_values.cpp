#include "query/list_values.h"

#include <algorithm>
#include <string>

namespace kg::query {
namespace {

// A bound or index counted from the end when negative.
int64_t FromEnd(int64_t i, int64_t size) { return i < 0 ? i + size : i; }

Status NotAn(const char* wanted, const char* what, const Value& v) {
  return Status::InvalidInput(std::string(what) + " must be " + wanted + ", not " + TypeName(v.type()));
}

}  // namespace

Result<Value> ListElement(const Value& list, const Value& index) {
  if (list.is_null() || index.is_null()) return Value();
  if (list.type() != Value::Type::kList) return NotAn("a LIST", "the value indexed with [i]", list);
  if (index.type() != Value::Type::kInt) return NotAn("an INTEGER", "a list index", index);
  const auto size = static_cast<int64_t>(list.as_list().size());
  const int64_t i = FromEnd(index.as_int(), size);
  if (i < 0 || i >= size) return Value();
  return list.as_list()[static_cast<size_t>(i)];
}

Result<Value> ListSlice(const Value& list, const Value& from, const Value& to) {
  if (list.is_null() || from.is_null() || to.is_null()) return Value();
  if (list.type() != Value::Type::kList) return NotAn("a LIST", "the value sliced with [from..to]", list);
  if (from.type() != Value::Type::kInt) return NotAn("an INTEGER", "a slice bound", from);
  if (to.type() != Value::Type::kInt) return NotAn("an INTEGER", "a slice bound", to);
  const ValueList& items = list.as_list();
  const auto size = static_cast<int64_t>(items.size());
  const int64_t begin = std::clamp<int64_t>(FromEnd(from.as_int(), size), 0, size);
  const int64_t end = std::clamp<int64_t>(FromEnd(to.as_int(), size), 0, size);
  if (begin >= end) return Value::List({});
  return Value::List(ValueList(items.begin() + begin, items.begin() + end));
}

Result<RangeBounds> RangeOf(const Value& start, const Value& end, const Value& step) {
  if (start.is_null() || end.is_null() || step.is_null()) return RangeBounds{};
  for (const Value* v : {&start, &end, &step}) {
    if (v->type() != Value::Type::kInt) return NotAn("INTEGERs", "range()'s arguments", *v);
  }
  const int64_t by = step.as_int();
  if (by == 0) return Status::InvalidInput("range()'s step must not be 0");
  // Counted in 128 bits: the ends may be anywhere in 64.
  const __int128 span = static_cast<__int128>(end.as_int()) - start.as_int();
  const __int128 count = (span == 0 || (span > 0) == (by > 0)) ? span / by + 1 : 0;
  return RangeBounds{start.as_int(), by, static_cast<uint64_t>(count)};
}

Result<Value> Range(const Value& start, const Value& end, const Value& step) {
  if (start.is_null() || end.is_null() || step.is_null()) return Value();
  KG_ASSIGN_OR_RETURN(RangeBounds range, RangeOf(start, end, step));
  if (range.count > static_cast<uint64_t>(kMaxRangeSize)) {
    return Status::LimitExceeded("range() would make more than " + std::to_string(kMaxRangeSize) + " numbers");
  }
  ValueList out;
  out.reserve(range.count);
  for (uint64_t i = 0; i < range.count; ++i) out.push_back(Value::Int(range.At(i)));
  return Value::List(std::move(out));
}

}  // namespace kg::query
