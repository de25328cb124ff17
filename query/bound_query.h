// BoundQuery: a statement after the binder has resolved every name.
//
// Variables are slots of a row; labels are entity types; relationship types
// are predicate indexes of the graph; properties and functions are enums.
// The planner orders it into operators, the executor evaluates it.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <regex>
#include <string>
#include <vector>

#include "graph/graph_types.h"
#include "query/ast.h"
#include "query/source_error.h"
#include "query/value.h"

namespace kg::query {

struct Plan;  // planner.h: a subquery's operators

// kValue: an UNWIND variable or a list comprehension's element, whose type
// is known only at run time.
enum class VariableKind { kNode, kRelationship, kRelationshipList, kPath, kValue };
const char* VariableKindName(VariableKind kind);

struct Variable {
  std::string name;  // "" for an anonymous pattern element
  VariableKind kind;
  SourcePos pos;
};

enum class NodeProperty { kName, kType, kCode, kSector };
enum class EdgeProperty { kCategory, kCameo, kCount, kFirstDate, kLastDate, kNegated };

enum class Function {
  kType, kLabels, kId, kLength, kNodes, kRelationships, kStartNode, kEndNode, kEvidence,
  kToLower, kToUpper, kToString, kToInteger, kToFloat, kSize, kCoalesce, kAbs, kRange,
  // aggregates
  kCount, kCollect, kMin, kMax, kSum, kAvg,
};
bool IsAggregate(Function f);

// The `to` of `list[from..]`.
inline constexpr int64_t kOpenSliceEnd = INT64_MAX;

struct BoundExpr {
  enum class Kind {
    kConstant,      // constant
    kParameter,     // name
    kSlot,          // slot: a variable of the row
    kNodeProperty,  // node_property of children[0]
    kEdgeProperty,  // edge_property of children[0]
    kKeyAccess,     // name: a property of a value whose type is known only at run time
    kList,
    kMap,           // {keys[i]: children[i], ...}
    kSubscript,     // children[0][children[1]]: a list's element, a map's (or entity's) key
    kSlice,         // children[0][children[1]..children[2]]; an open bound is 0 or kOpenSliceEnd
    kCase,          // CASE WHEN children[1] THEN children[2] ... ELSE children[0] END
    kSimpleCase,    // CASE children[1] WHEN children[2] THEN children[3] ... ELSE children[0] END
    kUnary,
    kBinary,
    kFunction,      // function(children)
    kAggregate,     // slot: index of the aggregate's result (projection only)
    kItem,          // slot: index of a RETURN item's value (ORDER BY only)
    kListComprehension,  // slot := each item of children[0]; keep if children[1]; map by children[2]
    kHasLabels,     // children[0] is a node of every type in `labels`; null for null
    kSubquery,      // `subquery` run from the row: whether it matches (`exists`), else the list of its values
  };
  Kind kind = Kind::kConstant;
  SourcePos pos;
  Value constant;
  std::string name;
  int slot = -1;
  NodeProperty node_property = NodeProperty::kName;
  EdgeProperty edge_property = EdgeProperty::kCategory;
  ast::UnaryOp unary_op = ast::UnaryOp::kNot;
  ast::BinaryOp binary_op = ast::BinaryOp::kAnd;
  Function function = Function::kType;
  std::shared_ptr<const std::regex> regex;  // =~ with a constant pattern, compiled once
  std::vector<BoundExpr> children;
  std::vector<std::string> keys;  // kMap
  std::vector<graph::EntityType> labels;  // kHasLabels
  // kSubquery (EXISTS, a pattern predicate, a pattern comprehension): its
  // plan, whose rows start from the row's `subquery_slots` (the variables
  // around it that it reads) and give one value each; `name` is its text.
  std::shared_ptr<const Plan> subquery;
  std::vector<int> subquery_slots;
  bool exists = false;
  bool has_filter = false, has_projection = false;  // kListComprehension

  // Slots this expression reads (for placing a filter as early as possible).
  void CollectSlots(std::vector<int>& out) const;
  // True when an aggregate's result is part of it (a RETURN item that is not a grouping key).
  bool HasAggregate() const;
  bool IsConstantOrParameter() const { return kind == Kind::kConstant || kind == Kind::kParameter; }
};

struct NodeConstraint {
  int slot = -1;
  SourcePos pos;
  std::optional<graph::EntityType> type;  // from the label
  bool impossible = false;                // two different labels: matches nothing
  // {name: x}: names this entity (canonical name or alias, case-insensitive).
  std::optional<BoundExpr> name;
  std::vector<std::pair<NodeProperty, BoundExpr>> equals;  // other {key: value}
};

struct RelConstraint {
  int slot = -1;  // a relationship, or a relationship list when variable_length
  SourcePos pos;
  std::vector<uint32_t> predicates;  // empty = any
  std::vector<bool> allowed;          // by predicate index, from `predicates`; empty = any
  std::vector<std::string> type_names;  // as written, for EXPLAIN
  bool no_such_type = false;         // every named type is absent from the graph
  std::vector<std::pair<EdgeProperty, BoundExpr>> equals;
  // Negated triples are not relations: a pattern matches them only when it
  // says {negated: ...} (the equality in `equals` then decides).
  bool include_negated = false;
  ast::Direction direction = ast::Direction::kBoth;
  bool variable_length = false;
  int min_hops = 1, max_hops = 1;
};

struct BoundPattern {
  SourcePos pos;
  int path_slot = -1;
  ast::ShortestKind shortest = ast::ShortestKind::kNone;
  std::vector<NodeConstraint> nodes;
  std::vector<RelConstraint> rels;
};

struct BoundMatch {
  bool optional = false;
  std::vector<BoundPattern> patterns;
  std::vector<BoundExpr> where;  // the WHERE clause split on AND
};

// UNWIND: `slot` takes each element of `list` in turn.
struct BoundUnwind {
  BoundExpr list;
  int slot = -1;
  size_t before_match = 0;  // runs before matches[before_match] (after them all when equal to their number)
};

struct Aggregate {
  Function function;
  bool distinct = false;
  std::optional<BoundExpr> argument;  // none for count(*)
};

struct BoundItem {
  BoundExpr expr;
  std::string column;
};

struct BoundOrder {
  BoundExpr expr;
  bool descending = false;
};

struct BoundQuery {
  bool explain = false;
  std::vector<Variable> variables;  // index = slot
  // After WITH: the part before it, whose result rows fill `input_slots`
  // (one per column) of each row this one starts from, kept when
  // `input_where` holds (split on AND).
  std::unique_ptr<BoundQuery> input;
  std::vector<int> input_slots;
  std::vector<BoundExpr> input_where;
  std::vector<BoundMatch> matches;
  std::vector<BoundUnwind> unwinds;
  bool distinct = false;
  std::vector<BoundItem> items;
  std::vector<Aggregate> aggregates;  // referenced by kAggregate expressions
  std::vector<BoundOrder> order_by;
  std::optional<BoundExpr> skip, limit;
};

// Largest hop count of an unbounded `*` or `*n..`: documented in
// docs/query-language.md.
inline constexpr int kDefaultMaxHops = 6;
// Largest hop count a pattern may ask for.
inline constexpr int kMaxHopsAllowed = 30;

}  // namespace kg::query
