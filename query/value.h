// Value: what a query expression evaluates to.
//
// Cypher values: null, booleans, integers, floats, strings, lists, maps, and
// the graph values nodes, relationships and paths. Graph values are ids into
// the graph snapshot the query ran on, so a result set keeps that snapshot
// alive to print them (see result_set.h).
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace kg::query {

class Value;
using ValueList = std::vector<Value>;
using ValueMap = std::vector<std::pair<std::string, Value>>;  // keys in insertion order

struct NodeId {
  uint32_t index;  // vertex index in the graph snapshot
  bool operator==(const NodeId&) const = default;
};
struct EdgeId {
  uint32_t index;  // edge index in the graph snapshot
  bool operator==(const EdgeId&) const = default;
};
struct PathValue {
  std::vector<NodeId> nodes;  // nodes.size() == edges.size() + 1
  std::vector<EdgeId> edges;
  bool operator==(const PathValue&) const = default;
};

class Value {
 public:
  enum class Type { kNull, kBool, kInt, kFloat, kString, kList, kMap, kNode, kEdge, kPath };

  Value() = default;
  static Value Bool(bool b) { return Value(Storage(b)); }
  static Value Int(int64_t i) { return Value(Storage(i)); }
  static Value Float(double d) { return Value(Storage(d)); }
  static Value String(std::string s) { return Value(Storage(std::move(s))); }
  static Value List(ValueList items) {
    return Value(Storage(std::make_shared<const ValueList>(std::move(items))));
  }
  static Value Map(ValueMap entries) {
    return Value(Storage(std::make_shared<const ValueMap>(std::move(entries))));
  }
  static Value Node(NodeId n) { return Value(Storage(n)); }
  static Value Edge(EdgeId e) { return Value(Storage(e)); }
  static Value Path(PathValue p) {
    return Value(Storage(std::make_shared<const PathValue>(std::move(p))));
  }

  Type type() const { return static_cast<Type>(data_.index()); }
  bool is_null() const { return type() == Type::kNull; }
  bool is_number() const { return type() == Type::kInt || type() == Type::kFloat; }

  bool as_bool() const { return std::get<bool>(data_); }
  int64_t as_int() const { return std::get<int64_t>(data_); }
  double as_float() const { return std::get<double>(data_); }
  double as_number() const { return type() == Type::kInt ? static_cast<double>(as_int()) : as_float(); }
  const std::string& as_string() const { return std::get<std::string>(data_); }
  const ValueList& as_list() const { return *std::get<std::shared_ptr<const ValueList>>(data_); }
  const ValueMap& as_map() const { return *std::get<std::shared_ptr<const ValueMap>>(data_); }
  NodeId as_node() const { return std::get<NodeId>(data_); }
  EdgeId as_edge() const { return std::get<EdgeId>(data_); }
  const PathValue& as_path() const { return *std::get<std::shared_ptr<const PathValue>>(data_); }

  // Structural equality where null equals null: for DISTINCT and grouping,
  // not for the `=` operator (which is three-valued, see expression_evaluator).
  bool operator==(const Value& other) const;

 private:
  using Storage = std::variant<std::monostate, bool, int64_t, double, std::string,
                               std::shared_ptr<const ValueList>, std::shared_ptr<const ValueMap>,
                               NodeId, EdgeId, std::shared_ptr<const PathValue>>;
  explicit Value(Storage data) : data_(std::move(data)) {}
  Storage data_;
};

// The name Cypher gives each type in error messages ("INTEGER", "NODE" ...).
const char* TypeName(Value::Type type);

// Total order used by ORDER BY, min and max: values of different types sort
// by type (numbers together), null last.
int CompareForSort(const Value& a, const Value& b);

// Shortest text that reads back as the same double, always with a '.' or
// an exponent so that it reads as a float (1.0, not 1).
std::string FormatFloat(double d);

// Hash consistent with operator==, for grouping and DISTINCT.
size_t HashValue(const Value& v);
struct ValueHash {
  size_t operator()(const Value& v) const { return HashValue(v); }
};
struct RowHash {
  size_t operator()(const std::vector<Value>& row) const;
};

}  // namespace kg::query
