// AST: the statement as written, before names are resolved.
//
// The parser builds it, the binder (binder.h) checks it and turns it into a
// bound query; nothing else reads it. Every node keeps its SourcePos so the
// binder's errors can point at the text.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "query/source_error.h"
#include "query/value.h"

namespace kg::query::ast {

enum class BinaryOp {
  kOr, kXor, kAnd,
  kEq, kNeq, kLt, kLe, kGt, kGe,
  kIn, kStartsWith, kEndsWith, kContains, kRegexMatch,
  kAdd, kSub, kMul, kDiv, kMod,
};
enum class UnaryOp { kNot, kNegate, kIsNull, kIsNotNull };

const char* BinaryOpSpelling(BinaryOp op);

struct Expr;
using ExprPtr = std::unique_ptr<Expr>;
struct MatchClause;

struct Expr {
  enum class Kind {
    kLiteral,    // literal
    kParameter,  // name
    kVariable,   // name
    kProperty,   // children[0].name
    kList,       // [children...]
    kMap,        // {keys[i]: children[i], ...}
    kSubscript,  // children[0][children[1]]
    kSlice,      // children[0][children[1]..children[2]]; either bound may be null (open)
    kCase,       // CASE [children[0]] WHEN c THEN v ... [ELSE children[1]] END: children[0] (the
                 // subject) and [1] (else) may be null, then pairs (when, then) from children[2]
    kUnary,      // unary_op children[0]
    kBinary,     // children[0] binary_op children[1]
    kFunction,   // name(distinct? children...)
    kCountStar,  // count(*)
    kListComprehension,  // [name IN children[0] WHERE children[1] | children[2]]; 1 and 2 may be null
    kHasLabels,  // children[0]:keys[0]:keys[1]...: the node has every label (n:Country in WHERE)
    // Subqueries over `match` (its patterns and WHERE), which may read the
    // variables around them; `name` is their text, for EXPLAIN.
    kPatternPredicate,     // (a)-[:r]->(): a pattern as a condition; no new named variables
    kExists,               // EXISTS { [MATCH] pattern {, pattern} [WHERE c] }
    kPatternComprehension,  // [[p =] pattern [WHERE c] | children[0]]
  };
  Kind kind = Kind::kLiteral;
  SourcePos pos;
  Value literal;
  std::string name;
  UnaryOp unary_op = UnaryOp::kNot;
  BinaryOp binary_op = BinaryOp::kAnd;
  bool distinct = false;
  std::vector<ExprPtr> children;
  std::vector<std::string> keys;  // kMap; kHasLabels: the labels
  std::vector<SourcePos> key_pos;  // kHasLabels: where each label is written
  std::shared_ptr<MatchClause> match;  // the subqueries
};

// {key: expr, ...} on a node or relationship pattern.
struct PropertyConstraint {
  std::string key;
  SourcePos pos;
  ExprPtr value;
};

struct NodePattern {
  SourcePos pos;
  std::optional<std::string> variable;
  std::vector<std::pair<std::string, SourcePos>> labels;  // (:A:B) means both
  std::vector<PropertyConstraint> properties;
};

enum class Direction { kOutgoing, kIncoming, kBoth };

struct RelPattern {
  SourcePos pos;
  std::optional<std::string> variable;
  std::vector<std::pair<std::string, SourcePos>> types;  // [:a|b] means either
  std::vector<PropertyConstraint> properties;
  Direction direction = Direction::kBoth;
  bool variable_length = false;
  std::optional<int64_t> min_hops, max_hops;  // only with variable_length
};

enum class ShortestKind { kNone, kAnyShortest, kAllShortest };

// (a)-[r]->(b)<-[s]-(c): nodes.size() == rels.size() + 1.
struct PathPattern {
  SourcePos pos;
  std::optional<std::string> path_variable;
  ShortestKind shortest = ShortestKind::kNone;
  std::vector<NodePattern> nodes;
  std::vector<RelPattern> rels;
};

struct MatchClause {
  SourcePos pos;
  bool optional = false;  // OPTIONAL MATCH: a row with nulls when nothing matches
  std::vector<PathPattern> patterns;
  ExprPtr where;  // may be null
};

// UNWIND list AS variable: one row per element of the list (none for an
// empty list or null; the value itself when it is not a list).
struct UnwindClause {
  SourcePos pos;
  ExprPtr list;
  std::string variable;
  SourcePos variable_pos;
  size_t before_match = 0;  // the index in Statement::matches of the MATCH it precedes
};

struct ReturnItem {
  ExprPtr expr;
  std::string column;  // the alias, else the expression as written
  bool has_alias = false;
};

struct OrderItem {
  ExprPtr expr;
  bool descending = false;
};

struct Statement {
  bool explain = false;
  // `… WITH items [WHERE c] rest`: the part before WITH is `input`, a
  // statement whose RETURN is the WITH's projection; this one reads its
  // rows (each WITH item a variable) and keeps those that pass `input_where`.
  std::unique_ptr<Statement> input;
  ExprPtr input_where;  // may be null
  std::vector<MatchClause> matches;
  std::vector<UnwindClause> unwinds;  // in the order written; each knows where it stands among the MATCHes
  SourcePos return_pos;
  bool distinct = false;
  bool return_star = false;
  std::vector<ReturnItem> items;
  std::vector<OrderItem> order_by;
  ExprPtr skip, limit;  // may be null
};

}  // namespace kg::query::ast
