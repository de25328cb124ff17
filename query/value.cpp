#include "query/value.h"

#include <fmt/format.h>

#include <cmath>
#include <functional>

namespace kg::query {

const char* TypeName(Value::Type type) {
  switch (type) {
    case Value::Type::kNull: return "NULL";
    case Value::Type::kBool: return "BOOLEAN";
    case Value::Type::kInt: return "INTEGER";
    case Value::Type::kFloat: return "FLOAT";
    case Value::Type::kString: return "STRING";
    case Value::Type::kList: return "LIST";
    case Value::Type::kMap: return "MAP";
    case Value::Type::kNode: return "NODE";
    case Value::Type::kEdge: return "RELATIONSHIP";
    case Value::Type::kPath: return "PATH";
  }
  return "?";
}

bool Value::operator==(const Value& other) const {
  if (is_number() && other.is_number()) {
    if (type() == Type::kInt && other.type() == Type::kInt) return as_int() == other.as_int();
    return as_number() == other.as_number();
  }
  if (type() != other.type()) return false;
  switch (type()) {
    case Type::kNull: return true;
    case Type::kBool: return as_bool() == other.as_bool();
    case Type::kString: return as_string() == other.as_string();
    case Type::kList: return as_list() == other.as_list();
    case Type::kMap: return as_map() == other.as_map();
    case Type::kNode: return as_node() == other.as_node();
    case Type::kEdge: return as_edge() == other.as_edge();
    case Type::kPath: return as_path() == other.as_path();
    default: return false;
  }
}

std::string FormatFloat(double d) {
  if (std::isnan(d)) return "NaN";
  if (std::isinf(d)) return d > 0 ? "Infinity" : "-Infinity";
  std::string s = fmt::format("{}", d);
  if (s.find_first_of(".eE") == std::string::npos) s += ".0";
  return s;
}

namespace {

// Rank of a type in the sort order across types; numbers share one rank.
int SortRank(Value::Type t) {
  switch (t) {
    case Value::Type::kMap: return 0;
    case Value::Type::kNode: return 1;
    case Value::Type::kEdge: return 2;
    case Value::Type::kList: return 3;
    case Value::Type::kPath: return 4;
    case Value::Type::kString: return 5;
    case Value::Type::kBool: return 6;
    case Value::Type::kInt:
    case Value::Type::kFloat: return 7;
    case Value::Type::kNull: return 8;
  }
  return 9;
}

template <typename T>
int Cmp(const T& a, const T& b) {
  return a < b ? -1 : (b < a ? 1 : 0);
}

}  // namespace

int CompareForSort(const Value& a, const Value& b) {
  int ra = SortRank(a.type()), rb = SortRank(b.type());
  if (ra != rb) return Cmp(ra, rb);
  switch (a.type()) {
    case Value::Type::kNull: return 0;
    case Value::Type::kBool: return Cmp(a.as_bool(), b.as_bool());
    case Value::Type::kInt:
    case Value::Type::kFloat:
      if (a.type() == Value::Type::kInt && b.type() == Value::Type::kInt) return Cmp(a.as_int(), b.as_int());
      return Cmp(a.as_number(), b.as_number());
    case Value::Type::kString: return Cmp(a.as_string(), b.as_string());
    case Value::Type::kNode: return Cmp(a.as_node().index, b.as_node().index);
    case Value::Type::kEdge: return Cmp(a.as_edge().index, b.as_edge().index);
    case Value::Type::kList: {
      const auto& x = a.as_list();
      const auto& y = b.as_list();
      for (size_t i = 0; i < x.size() && i < y.size(); ++i) {
        if (int c = CompareForSort(x[i], y[i])) return c;
      }
      return Cmp(x.size(), y.size());
    }
    case Value::Type::kPath: {
      const auto& x = a.as_path();
      const auto& y = b.as_path();
      if (x.edges.size() != y.edges.size()) return Cmp(x.edges.size(), y.edges.size());
      for (size_t i = 0; i < x.nodes.size(); ++i) {
        if (int c = Cmp(x.nodes[i].index, y.nodes[i].index)) return c;
      }
      for (size_t i = 0; i < x.edges.size(); ++i) {
        if (int c = Cmp(x.edges[i].index, y.edges[i].index)) return c;
      }
      return 0;
    }
    case Value::Type::kMap: {
      const auto& x = a.as_map();
      const auto& y = b.as_map();
      for (size_t i = 0; i < x.size() && i < y.size(); ++i) {
        if (int c = Cmp(x[i].first, y[i].first)) return c;
        if (int c = CompareForSort(x[i].second, y[i].second)) return c;
      }
      return Cmp(x.size(), y.size());
    }
  }
  return 0;
}

namespace {
size_t Mix(size_t seed, size_t h) { return seed ^ (h + 0x9e3779b97f4a7c15ULL + (seed << 6) + (seed >> 2)); }
}  // namespace

size_t HashValue(const Value& v) {
  switch (v.type()) {
    case Value::Type::kNull: return 0x51ed27;
    case Value::Type::kBool: return v.as_bool() ? 3 : 5;
    // Integers and floats that compare equal must hash equal.
    case Value::Type::kInt:
    case Value::Type::kFloat: return std::hash<double>{}(v.as_number());
    case Value::Type::kString: return std::hash<std::string>{}(v.as_string());
    case Value::Type::kNode: return Mix(11, v.as_node().index);
    case Value::Type::kEdge: return Mix(13, v.as_edge().index);
    case Value::Type::kList: {
      size_t h = 17;
      for (const auto& item : v.as_list()) h = Mix(h, HashValue(item));
      return h;
    }
    case Value::Type::kMap: {
      size_t h = 19;
      for (const auto& [key, item] : v.as_map()) h = Mix(Mix(h, std::hash<std::string>{}(key)), HashValue(item));
      return h;
    }
    case Value::Type::kPath: {
      size_t h = 23;
      for (auto n : v.as_path().nodes) h = Mix(h, n.index);
      for (auto e : v.as_path().edges) h = Mix(h, e.index);
      return h;
    }
  }
  return 0;
}

size_t RowHash::operator()(const std::vector<Value>& row) const {
  size_t h = 29;
  for (const auto& v : row) h = Mix(h, HashValue(v));
  return h;
}

}  // namespace kg::query
