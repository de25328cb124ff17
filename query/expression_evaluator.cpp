#include "query/expression_evaluator.h"

#include <algorithm>

#include <fmt/format.h>
#include <unicode/unistr.h>

#include <cmath>
#include <limits>

#include "graph/knowledge_graph.h"
#include "query/regex_pattern.h"
#include "query/list_values.h"

namespace kg::query {

using ast::BinaryOp;
using ast::UnaryOp;

std::string FormatDay(int32_t day) {
  if (day <= 0) return "";
  return fmt::format("{:04d}-{:02d}-{:02d}", day / 10000, day / 100 % 100, day % 100);
}

namespace {

bool HasNull(const Value& v) {
  if (v.is_null()) return true;
  if (v.type() == Value::Type::kList) {
    for (const auto& item : v.as_list()) {
      if (HasNull(item)) return true;
    }
  }
  return false;
}

Value OptionalString(std::string_view s) { return s.empty() ? Value() : Value::String(std::string(s)); }

// Scalars as toString() and string concatenation print them.
std::optional<std::string> ScalarText(const Value& v) {
  switch (v.type()) {
    case Value::Type::kString: return v.as_string();
    case Value::Type::kInt: return std::to_string(v.as_int());
    case Value::Type::kFloat: return FormatFloat(v.as_float());
    case Value::Type::kBool: return v.as_bool() ? "true" : "false";
    default: return std::nullopt;
  }
}

std::string ConvertCase(const std::string& s, bool upper) {
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(s);
  if (upper) {
    u.toUpper();
  } else {
    u.toLower();
  }
  std::string out;
  u.toUTF8String(out);
  return out;
}

}  // namespace

Value EqualsTernary(const Value& a, const Value& b) {
  if (HasNull(a) || HasNull(b)) {
    // [1, null] = [2, null] is false (the non-null parts differ), else null.
    if (a.type() == Value::Type::kList && b.type() == Value::Type::kList) {
      const auto& x = a.as_list();
      const auto& y = b.as_list();
      if (x.size() != y.size()) return Value::Bool(false);
      bool unknown = false;
      for (size_t i = 0; i < x.size(); ++i) {
        Value eq = EqualsTernary(x[i], y[i]);
        if (eq.is_null()) {
          unknown = true;
        } else if (!eq.as_bool()) {
          return Value::Bool(false);
        }
      }
      return unknown ? Value() : Value::Bool(true);
    }
    return Value();
  }
  return Value::Bool(a == b);
}

Value CompareTernary(BinaryOp op, const Value& a, const Value& b) {
  if (a.is_null() || b.is_null()) return Value();
  bool comparable = (a.is_number() && b.is_number()) || (a.type() == b.type() &&
                    (a.type() == Value::Type::kString || a.type() == Value::Type::kBool ||
                     a.type() == Value::Type::kList));
  if (!comparable) return Value();
  if (a.type() == Value::Type::kFloat && std::isnan(a.as_float())) return Value::Bool(false);
  if (b.type() == Value::Type::kFloat && std::isnan(b.as_float())) return Value::Bool(false);
  int c = CompareForSort(a, b);
  switch (op) {
    case BinaryOp::kLt: return Value::Bool(c < 0);
    case BinaryOp::kLe: return Value::Bool(c <= 0);
    case BinaryOp::kGt: return Value::Bool(c > 0);
    case BinaryOp::kGe: return Value::Bool(c >= 0);
    default: return Value();
  }
}

Value ExpressionEvaluator::NodePropertyValue(graph::VertexId v, NodeProperty p) const {
  switch (p) {
    case NodeProperty::kName: return Value::String(std::string(graph_.name(v)));
    case NodeProperty::kType: return Value::String(std::string(graph::EntityTypeName(graph_.type(v))));
    case NodeProperty::kCode: return OptionalString(graph_.code(v));
    case NodeProperty::kSector: return OptionalString(graph_.sector(v));
  }
  return Value();
}

Value ExpressionEvaluator::EdgePropertyValue(graph::EdgeId e, EdgeProperty p) const {
  const graph::EdgeInfo& info = graph_.edge(e);
  switch (p) {
    case EdgeProperty::kCategory: return OptionalString(graph_.predicate_of(e).category);
    case EdgeProperty::kCameo: return OptionalString(graph_.predicate_of(e).cameo);
    case EdgeProperty::kCount: return Value::Int(info.evidence_count);
    case EdgeProperty::kFirstDate: return OptionalString(FormatDay(info.first_day));
    case EdgeProperty::kLastDate: return OptionalString(FormatDay(info.last_day));
    case EdgeProperty::kNegated: return Value::Bool(info.negated != 0);
  }
  return Value();
}

Result<Value> ExpressionEvaluator::Evaluate(const BoundExpr& e, const Row& row, const std::vector<Value>* aggregates,
                                            const std::vector<Value>* items) const {
  return Eval(e, Scope{row, aggregates, items});
}

Result<const Value*> ExpressionEvaluator::EvaluateRef(const BoundExpr& e, const Row& row, Value& scratch) const {
  using K = BoundExpr::Kind;
  switch (e.kind) {
    case K::kConstant: return &e.constant;
    case K::kSlot: return &row[e.slot];
    case K::kParameter:
      if (auto it = params_.find(e.name); it != params_.end()) return &it->second;
      break;  // Eval says what is missing
    default: break;
  }
  KG_ASSIGN_OR_RETURN(scratch, Eval(e, Scope{row, nullptr, nullptr}));
  return &scratch;
}

Result<bool> ExpressionEvaluator::IsTrue(const BoundExpr& e, const Row& row) const {
  KG_ASSIGN_OR_RETURN(Value v, Eval(e, Scope{row, nullptr, nullptr}));
  if (v.is_null()) return false;
  if (v.type() != Value::Type::kBool) {
    return Error(e.pos, std::string("a condition must be a BOOLEAN, not ") + TypeName(v.type()));
  }
  return v.as_bool();
}

Result<Value> ExpressionEvaluator::Eval(const BoundExpr& e, const Scope& s) const {
  using K = BoundExpr::Kind;
  switch (e.kind) {
    case K::kConstant: return e.constant;
    case K::kParameter: {
      auto it = params_.find(e.name);
      if (it == params_.end()) {
        return Error(e.pos, "parameter $" + e.name + " has no value; give it with --param " + e.name + "=VALUE");
      }
      return it->second;
    }
    case K::kSlot: return s.row[e.slot];
    case K::kAggregate: return (*s.aggregates)[e.slot];
    case K::kItem: return (*s.items)[e.slot];
    case K::kNodeProperty: {
      KG_ASSIGN_OR_RETURN(Value node, Eval(e.children[0], s));
      if (node.is_null()) return Value();
      return NodePropertyValue(node.as_node().index, e.node_property);
    }
    case K::kEdgeProperty: {
      KG_ASSIGN_OR_RETURN(Value edge, Eval(e.children[0], s));
      if (edge.is_null()) return Value();
      return EdgePropertyValue(edge.as_edge().index, e.edge_property);
    }
    case K::kKeyAccess: {
      KG_ASSIGN_OR_RETURN(Value object, Eval(e.children[0], s));
      return EvalKeyAccess(e.pos, e.name, object);
    }
    case K::kSubscript: {
      KG_ASSIGN_OR_RETURN(Value object, Eval(e.children[0], s));
      KG_ASSIGN_OR_RETURN(Value index, Eval(e.children[1], s));
      // m['key'] reads a key, as m.key does.
      if (index.type() == Value::Type::kString && !object.is_null() && object.type() != Value::Type::kList) {
        return EvalKeyAccess(e.pos, index.as_string(), object);
      }
      return Located(e.pos, ListElement(object, index));
    }
    case K::kCase:
    case K::kSimpleCase: {
      const bool simple = e.kind == K::kSimpleCase;
      Value subject;
      if (simple) {
        KG_ASSIGN_OR_RETURN(subject, Eval(e.children[1], s));
      }
      for (size_t i = simple ? 2 : 1; i + 1 < e.children.size(); i += 2) {
        KG_ASSIGN_OR_RETURN(Value when, Eval(e.children[i], s));
        // A null condition, or a subject equal to nothing, takes no branch.
        Value taken = simple ? EqualsTernary(subject, when) : when;
        if (!taken.is_null() && taken.type() != Value::Type::kBool) {
          return Error(e.children[i].pos, std::string("a WHEN condition must be a BOOLEAN, not ") +
                                              TypeName(taken.type()));
        }
        if (!taken.is_null() && taken.as_bool()) return Eval(e.children[i + 1], s);
      }
      return Eval(e.children[0], s);
    }
    case K::kSlice: {
      KG_ASSIGN_OR_RETURN(Value object, Eval(e.children[0], s));
      KG_ASSIGN_OR_RETURN(Value from, Eval(e.children[1], s));
      KG_ASSIGN_OR_RETURN(Value to, Eval(e.children[2], s));
      return Located(e.pos, ListSlice(object, from, to));
    }
    case K::kList: {
      ValueList items;
      items.reserve(e.children.size());
      for (const auto& c : e.children) {
        KG_ASSIGN_OR_RETURN(Value v, Eval(c, s));
        items.push_back(std::move(v));
      }
      return Value::List(std::move(items));
    }
    case K::kMap: {
      ValueMap entries;
      entries.reserve(e.children.size());
      for (size_t i = 0; i < e.children.size(); ++i) {
        KG_ASSIGN_OR_RETURN(Value v, Eval(e.children[i], s));
        entries.emplace_back(e.keys[i], std::move(v));
      }
      return Value::Map(std::move(entries));
    }
    case K::kUnary: return EvalUnary(e, s);
    case K::kBinary: return EvalBinary(e, s);
    case K::kFunction: return EvalFunction(e, s);
    case K::kSubquery:
      if (!subqueries_) return Error(e.pos, "internal: no subquery runner");
      return subqueries_(e, s.row);
    case K::kHasLabels: {
      KG_ASSIGN_OR_RETURN(Value node, Eval(e.children[0], s));
      if (node.is_null()) return Value();
      if (node.type() != Value::Type::kNode) {
        return Error(e.children[0].pos, std::string("a label test takes a NODE, not ") + TypeName(node.type()));
      }
      const graph::EntityType type = graph_.type(node.as_node().index);
      return Value::Bool(std::all_of(e.labels.begin(), e.labels.end(), [&](graph::EntityType l) { return l == type; }));
    }
    case K::kListComprehension: {
      KG_ASSIGN_OR_RETURN(Value list, Eval(e.children[0], s));
      if (list.is_null()) return Value();
      if (list.type() != Value::Type::kList) {
        return Error(e.children[0].pos, std::string("IN takes a LIST, not ") + TypeName(list.type()));
      }
      Row local = s.row;
      Scope inner{local, s.aggregates, s.items};
      ValueList out;
      for (const auto& item : list.as_list()) {
        local[e.slot] = item;
        if (e.has_filter) {
          KG_ASSIGN_OR_RETURN(Value keep, Eval(e.children[1], inner));
          if (keep.is_null()) continue;
          if (keep.type() != Value::Type::kBool) {
            return Error(e.children[1].pos, std::string("WHERE needs a BOOLEAN, not ") + TypeName(keep.type()));
          }
          if (!keep.as_bool()) continue;
        }
        if (e.has_projection) {
          KG_ASSIGN_OR_RETURN(Value v, Eval(e.children[2], inner));
          out.push_back(std::move(v));
        } else {
          out.push_back(item);
        }
      }
      return Value::List(std::move(out));
    }
  }
  return Error(e.pos, "internal: unknown expression");
}

Result<RangeBounds> ExpressionEvaluator::EvaluateRange(const BoundExpr& e, const Row& row) const {
  const Scope scope{row, nullptr, nullptr};
  Value args[3] = {Value(), Value(), Value::Int(1)};
  for (size_t i = 0; i < e.children.size() && i < 3; ++i) {
    KG_ASSIGN_OR_RETURN(args[i], Eval(e.children[i], scope));
  }
  auto range = RangeOf(args[0], args[1], args[2]);
  if (!range.ok()) return Error(e.pos, range.status().message());
  return range;
}

Result<Value> ExpressionEvaluator::Located(SourcePos pos, Result<Value> value) const {
  if (!value.ok()) return Error(pos, value.status().message());
  return value;
}

Result<Value> ExpressionEvaluator::EvalKeyAccess(SourcePos pos, std::string_view key, const Value& object) const {
  switch (object.type()) {
    case Value::Type::kNull: return Value();
    case Value::Type::kMap:
      for (const auto& [name, v] : object.as_map()) {
        if (key == name) return v;
      }
      return Value();
    case Value::Type::kNode: {
      for (auto p : {NodeProperty::kName, NodeProperty::kType, NodeProperty::kCode, NodeProperty::kSector}) {
        static const char* kNames[] = {"name", "type", "code", "sector"};
        if (key == kNames[static_cast<int>(p)]) return NodePropertyValue(object.as_node().index, p);
      }
      return Error(pos, "unknown node property '" + std::string(key) + "'");
    }
    case Value::Type::kEdge: {
      static const char* kNames[] = {"category", "cameo", "count", "first_date", "last_date", "negated"};
      for (int i = 0; i < 6; ++i) {
        if (key == kNames[i]) return EdgePropertyValue(object.as_edge().index, static_cast<EdgeProperty>(i));
      }
      return Error(pos, "unknown relationship property '" + std::string(key) + "'");
    }
    default:
      return Error(pos, "cannot read property '" + std::string(key) + "' of a " + TypeName(object.type()));
  }
}

Result<Value> ExpressionEvaluator::EvalUnary(const BoundExpr& e, const Scope& s) const {
  KG_ASSIGN_OR_RETURN(Value v, Eval(e.children[0], s));
  switch (e.unary_op) {
    case UnaryOp::kIsNull: return Value::Bool(v.is_null());
    case UnaryOp::kIsNotNull: return Value::Bool(!v.is_null());
    case UnaryOp::kNot:
      if (v.is_null()) return Value();
      if (v.type() != Value::Type::kBool) {
        return Error(e.pos, std::string("NOT takes a BOOLEAN, not ") + TypeName(v.type()));
      }
      return Value::Bool(!v.as_bool());
    case UnaryOp::kNegate:
      if (v.is_null()) return Value();
      if (v.type() == Value::Type::kInt) {
        if (v.as_int() == std::numeric_limits<int64_t>::min()) return Error(e.pos, "integer overflow");
        return Value::Int(-v.as_int());
      }
      if (v.type() == Value::Type::kFloat) return Value::Float(-v.as_float());
      return Error(e.pos, std::string("cannot negate a ") + TypeName(v.type()));
  }
  return Value();
}

Result<Value> ExpressionEvaluator::EvalLogical(const BoundExpr& e, const Scope& s) const {
  KG_ASSIGN_OR_RETURN(Value a, Eval(e.children[0], s));
  auto check = [&](const Value& v, const BoundExpr& operand) -> Status {
    if (v.is_null() || v.type() == Value::Type::kBool) return Status::Ok();
    return Error(operand.pos, std::string(ast::BinaryOpSpelling(e.binary_op)) + " takes BOOLEAN operands, not " +
                                  TypeName(v.type()));
  };
  KG_RETURN_IF_ERROR(check(a, e.children[0]));
  // Short-circuit where the result is already known.
  if (e.binary_op == BinaryOp::kAnd && !a.is_null() && !a.as_bool()) return Value::Bool(false);
  if (e.binary_op == BinaryOp::kOr && !a.is_null() && a.as_bool()) return Value::Bool(true);
  KG_ASSIGN_OR_RETURN(Value b, Eval(e.children[1], s));
  KG_RETURN_IF_ERROR(check(b, e.children[1]));
  switch (e.binary_op) {
    case BinaryOp::kAnd:
      if (!b.is_null() && !b.as_bool()) return Value::Bool(false);
      if (a.is_null() || b.is_null()) return Value();
      return Value::Bool(true);
    case BinaryOp::kOr:
      if (!b.is_null() && b.as_bool()) return Value::Bool(true);
      if (a.is_null() || b.is_null()) return Value();
      return Value::Bool(false);
    default:  // XOR
      if (a.is_null() || b.is_null()) return Value();
      return Value::Bool(a.as_bool() != b.as_bool());
  }
}

Result<Value> ExpressionEvaluator::EvalBinary(const BoundExpr& e, const Scope& s) const {
  if (e.binary_op == BinaryOp::kAnd || e.binary_op == BinaryOp::kOr || e.binary_op == BinaryOp::kXor) {
    return EvalLogical(e, s);
  }
  KG_ASSIGN_OR_RETURN(Value a, Eval(e.children[0], s));
  KG_ASSIGN_OR_RETURN(Value b, Eval(e.children[1], s));
  switch (e.binary_op) {
    case BinaryOp::kEq: return EqualsTernary(a, b);
    case BinaryOp::kNeq: {
      Value eq = EqualsTernary(a, b);
      return eq.is_null() ? eq : Value::Bool(!eq.as_bool());
    }
    case BinaryOp::kLt:
    case BinaryOp::kLe:
    case BinaryOp::kGt:
    case BinaryOp::kGe: return CompareTernary(e.binary_op, a, b);
    case BinaryOp::kIn: {
      if (b.is_null()) return Value();
      if (b.type() != Value::Type::kList) {
        return Error(e.pos, std::string("IN takes a LIST on its right, not ") + TypeName(b.type()));
      }
      bool unknown = false;
      for (const auto& item : b.as_list()) {
        Value eq = EqualsTernary(a, item);
        if (eq.is_null()) {
          unknown = true;
        } else if (eq.as_bool()) {
          return Value::Bool(true);
        }
      }
      return unknown ? Value() : Value::Bool(false);
    }
    case BinaryOp::kStartsWith:
    case BinaryOp::kEndsWith:
    case BinaryOp::kContains: {
      if (a.type() != Value::Type::kString || b.type() != Value::Type::kString) return Value();
      std::string_view x = a.as_string(), y = b.as_string();
      if (e.binary_op == BinaryOp::kStartsWith) return Value::Bool(x.substr(0, y.size()) == y);
      if (e.binary_op == BinaryOp::kEndsWith) return Value::Bool(x.size() >= y.size() && x.substr(x.size() - y.size()) == y);
      return Value::Bool(x.find(y) != std::string_view::npos);
    }
    case BinaryOp::kRegexMatch: return EvalRegex(e, a, b);
    default: return EvalArithmetic(e, a, b);
  }
}

Result<Value> ExpressionEvaluator::EvalRegex(const BoundExpr& e, const Value& text, const Value& pattern) const {
  if (text.type() != Value::Type::kString || pattern.type() != Value::Type::kString) return Value();
  // Cypher's =~ matches the whole string.
  if (e.regex) return Value::Bool(std::regex_match(text.as_string(), *e.regex));
  auto compiled = CompileRegex(pattern.as_string());
  if (!compiled.ok()) return Error(e.children[1].pos, compiled.status().message());
  return Value::Bool(std::regex_match(text.as_string(), **compiled));
}

Result<Value> ExpressionEvaluator::EvalArithmetic(const BoundExpr& e, const Value& a, const Value& b) const {
  if (a.is_null() || b.is_null()) return Value();
  BinaryOp op = e.binary_op;
  if (op == BinaryOp::kAdd) {
    if (a.type() == Value::Type::kList || b.type() == Value::Type::kList) {
      ValueList out;
      for (const Value* side : {&a, &b}) {
        if (side->type() == Value::Type::kList) {
          out.insert(out.end(), side->as_list().begin(), side->as_list().end());
        } else {
          out.push_back(*side);
        }
      }
      return Value::List(std::move(out));
    }
    if (a.type() == Value::Type::kString || b.type() == Value::Type::kString) {
      auto x = ScalarText(a), y = ScalarText(b);
      if (x && y) return Value::String(*x + *y);
    }
  }
  if (!a.is_number() || !b.is_number()) {
    return Error(e.pos, std::string("cannot apply '") + ast::BinaryOpSpelling(op) + "' to " + TypeName(a.type()) +
                            " and " + TypeName(b.type()));
  }
  if (a.type() == Value::Type::kInt && b.type() == Value::Type::kInt) {
    int64_t x = a.as_int(), y = b.as_int(), r = 0;
    bool overflow = false;
    switch (op) {
      case BinaryOp::kAdd: overflow = __builtin_add_overflow(x, y, &r); break;
      case BinaryOp::kSub: overflow = __builtin_sub_overflow(x, y, &r); break;
      case BinaryOp::kMul: overflow = __builtin_mul_overflow(x, y, &r); break;
      case BinaryOp::kDiv:
      case BinaryOp::kMod:
        if (y == 0) return Error(e.pos, "division by zero");
        if (x == std::numeric_limits<int64_t>::min() && y == -1) {
          overflow = op == BinaryOp::kDiv;
          r = 0;
        } else {
          r = op == BinaryOp::kDiv ? x / y : x % y;
        }
        break;
      default: break;
    }
    if (overflow) return Error(e.pos, "integer overflow");
    return Value::Int(r);
  }
  double x = a.as_number(), y = b.as_number();
  switch (op) {
    case BinaryOp::kAdd: return Value::Float(x + y);
    case BinaryOp::kSub: return Value::Float(x - y);
    case BinaryOp::kMul: return Value::Float(x * y);
    case BinaryOp::kDiv: return Value::Float(x / y);
    case BinaryOp::kMod: return Value::Float(std::fmod(x, y));
    default: return Value();
  }
}

Result<Value> ExpressionEvaluator::EvalFunction(const BoundExpr& e, const Scope& s) const {
  std::vector<Value> args;
  args.reserve(e.children.size());
  for (const auto& c : e.children) {
    KG_ASSIGN_OR_RETURN(Value v, Eval(c, s));
    args.push_back(std::move(v));
  }
  if (e.function == Function::kCoalesce) {
    for (auto& v : args) {
      if (!v.is_null()) return v;
    }
    return Value();
  }
  const Value& x = args[0];
  if (x.is_null()) return Value();
  auto wrong = [&](const char* wanted) -> Status {
    return Error(e.children[0].pos, std::string("expected ") + wanted + " here, not " + TypeName(x.type()));
  };
  switch (e.function) {
    case Function::kType:
      if (x.type() != Value::Type::kEdge) return wrong("a RELATIONSHIP");
      return Value::String(graph_.predicate_of(x.as_edge().index).name);
    case Function::kLabels: {
      if (x.type() != Value::Type::kNode) return wrong("a NODE");
      return Value::List({Value::String(std::string(graph::EntityTypeLabel(graph_.type(x.as_node().index))))});
    }
    case Function::kId:
      if (x.type() == Value::Type::kNode) return Value::Int(graph_.entity_id(x.as_node().index));
      if (x.type() == Value::Type::kEdge) return Value::Int(graph_.edge(x.as_edge().index).triple_id);
      return wrong("a NODE or RELATIONSHIP");
    case Function::kLength:
      if (x.type() == Value::Type::kPath) return Value::Int(static_cast<int64_t>(x.as_path().edges.size()));
      if (x.type() == Value::Type::kList) return Value::Int(static_cast<int64_t>(x.as_list().size()));
      if (x.type() == Value::Type::kString) return Value::Int(static_cast<int64_t>(x.as_string().size()));
      return wrong("a PATH");
    case Function::kNodes:
    case Function::kRelationships: {
      if (x.type() == Value::Type::kList && e.function == Function::kRelationships) return x;
      if (x.type() != Value::Type::kPath) return wrong("a PATH");
      ValueList out;
      if (e.function == Function::kNodes) {
        for (auto n : x.as_path().nodes) out.push_back(Value::Node(n));
      } else {
        for (auto r : x.as_path().edges) out.push_back(Value::Edge(r));
      }
      return Value::List(std::move(out));
    }
    case Function::kStartNode:
    case Function::kEndNode: {
      if (x.type() != Value::Type::kEdge) return wrong("a RELATIONSHIP");
      graph::EdgeId edge = x.as_edge().index;
      return Value::Node(NodeId{e.function == Function::kStartNode ? graph_.source(edge) : graph_.target(edge)});
    }
    case Function::kEvidence:
      if (x.type() != Value::Type::kEdge) return wrong("a RELATIONSHIP");
      if (!evidence_) return Value::List({});
      return evidence_(graph_.edge(x.as_edge().index).triple_id);
    case Function::kToLower:
    case Function::kToUpper:
      if (x.type() != Value::Type::kString) return wrong("a STRING");
      return Value::String(ConvertCase(x.as_string(), e.function == Function::kToUpper));
    case Function::kToString: {
      auto text = ScalarText(x);
      if (!text) return wrong("a STRING, number or BOOLEAN");
      return Value::String(*text);
    }
    case Function::kToInteger:
      if (x.type() == Value::Type::kInt) return x;
      if (x.type() == Value::Type::kFloat) {
        if (!std::isfinite(x.as_float()) || std::fabs(x.as_float()) >= 9.2e18) return Value();
        return Value::Int(static_cast<int64_t>(x.as_float()));
      }
      if (x.type() == Value::Type::kString) {
        try {
          size_t used = 0;
          int64_t v = std::stoll(x.as_string(), &used);
          return used == x.as_string().size() ? Value::Int(v) : Value();
        } catch (...) {
          return Value();
        }
      }
      return wrong("a number or STRING");
    case Function::kToFloat:
      if (x.is_number()) return Value::Float(x.as_number());
      if (x.type() == Value::Type::kString) {
        try {
          size_t used = 0;
          double v = std::stod(x.as_string(), &used);
          return used == x.as_string().size() ? Value::Float(v) : Value();
        } catch (...) {
          return Value();
        }
      }
      return wrong("a number or STRING");
    case Function::kSize:
      if (x.type() == Value::Type::kList) return Value::Int(static_cast<int64_t>(x.as_list().size()));
      if (x.type() == Value::Type::kString) return Value::Int(static_cast<int64_t>(x.as_string().size()));
      return wrong("a LIST or STRING");
    case Function::kRange:
      return Located(e.pos, Range(args[0], args[1], args.size() > 2 ? args[2] : Value::Int(1)));
    case Function::kAbs:
      if (x.type() == Value::Type::kInt) {
        if (x.as_int() == std::numeric_limits<int64_t>::min()) return Error(e.pos, "integer overflow");
        return Value::Int(x.as_int() < 0 ? -x.as_int() : x.as_int());
      }
      if (x.type() == Value::Type::kFloat) return Value::Float(std::fabs(x.as_float()));
      return wrong("a number");
    default:
      return Error(e.pos, "internal: aggregate evaluated as a function");
  }
}

}  // namespace kg::query
