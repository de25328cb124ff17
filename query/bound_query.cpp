#include "query/bound_query.h"

#include <algorithm>

namespace kg::query {

const char* VariableKindName(VariableKind kind) {
  switch (kind) {
    case VariableKind::kNode: return "a node";
    case VariableKind::kRelationship: return "a relationship";
    case VariableKind::kRelationshipList: return "a list of relationships";
    case VariableKind::kPath: return "a path";
    case VariableKind::kValue: return "a value";
  }
  return "?";
}

bool IsAggregate(Function f) {
  switch (f) {
    case Function::kCount:
    case Function::kCollect:
    case Function::kMin:
    case Function::kMax:
    case Function::kSum:
    case Function::kAvg: return true;
    default: return false;
  }
}

void BoundExpr::CollectSlots(std::vector<int>& out) const {
  if (kind == Kind::kSlot) out.push_back(slot);
  if (kind == Kind::kSubquery) out.insert(out.end(), subquery_slots.begin(), subquery_slots.end());
  size_t first = out.size();
  for (const auto& c : children) c.CollectSlots(out);
  if (kind == Kind::kListComprehension) {  // its element is not a row variable
    out.erase(std::remove(out.begin() + static_cast<std::ptrdiff_t>(first), out.end(), slot), out.end());
  }
}

bool BoundExpr::HasAggregate() const {
  return kind == Kind::kAggregate ||
         std::any_of(children.begin(), children.end(), [](const BoundExpr& c) { return c.HasAggregate(); });
}

}  // namespace kg::query
