#include "query/planner.h"

#include <algorithm>
#include <functional>
#include <optional>

#include <fmt/format.h>

namespace kg::query {
namespace {

using ast::BinaryOp;

bool ResultIgnoresMultiplicity(const BoundQuery& q) {
  if (q.aggregates.empty()) return q.distinct;
  return std::all_of(q.aggregates.begin(), q.aggregates.end(), [](const Aggregate& a) {
    return a.distinct || a.function == Function::kMin || a.function == Function::kMax;
  });
}

// True when every variable `e` reads is bound already.
bool Computable(const BoundExpr& e, const std::vector<bool>& bound) {
  std::vector<int> slots;
  e.CollectSlots(slots);
  return std::all_of(slots.begin(), slots.end(), [&](int s) { return bound[s]; });
}

// `slot.name = x` or `x = slot.name` with x computable before slot is bound.
const BoundExpr* NameEquality(const BoundExpr& e, const std::vector<bool>& bound, int* slot) {
  if (e.kind != BoundExpr::Kind::kBinary || e.binary_op != BinaryOp::kEq) return nullptr;
  for (int side = 0; side < 2; ++side) {
    const BoundExpr& prop = e.children[side];
    const BoundExpr& value = e.children[1 - side];
    if (prop.kind == BoundExpr::Kind::kNodeProperty && prop.node_property == NodeProperty::kName &&
        prop.children[0].kind == BoundExpr::Kind::kSlot && Computable(value, bound)) {
      *slot = prop.children[0].slot;
      return &value;
    }
  }
  return nullptr;
}

// `x <> y` between the two slots, in either order.
bool IsInequalityOf(const BoundExpr& e, int x, int y) {
  if (e.kind != BoundExpr::Kind::kBinary || e.binary_op != BinaryOp::kNeq) return false;
  const BoundExpr& l = e.children[0];
  const BoundExpr& r = e.children[1];
  if (l.kind != BoundExpr::Kind::kSlot || r.kind != BoundExpr::Kind::kSlot) return false;
  return (l.slot == x && r.slot == y) || (l.slot == y && r.slot == x);
}

// The neighbourhood size, `MATCH (a {name: x})-[*1..k]-(b) WHERE b <> a
// RETURN count(DISTINCT b)` with no type, property or label on the
// relationship or b: the number of vertices within k undirected hops of a,
// which the graph engine counts without materialising a row per vertex
// (every vertex within k hops is the end of a trail of 1..k hops, so
// trail semantics give the same set). Other RETURN items may be grouping
// keys (the UNWIND form, `UNWIND $qs AS q MATCH (a {name: q.a})… RETURN
// q.id, count(DISTINCT b)`): a group's count is then that of the union of
// its rows' neighbourhoods. Returns the step, or nothing.
std::optional<PlanStep> CountReachableStep(const BoundQuery& q) {
  if (!q.input_slots.empty() || q.matches.size() != 1 || q.matches[0].optional ||
      q.matches[0].patterns.size() != 1) {
    return std::nullopt;
  }
  if (std::any_of(q.unwinds.begin(), q.unwinds.end(), [](const BoundUnwind& u) { return u.before_match != 0; })) {
    return std::nullopt;
  }
  const BoundMatch& m = q.matches[0];
  const BoundPattern& p = m.patterns[0];
  if (p.path_slot >= 0 || p.shortest != ast::ShortestKind::kNone || p.rels.size() != 1) return std::nullopt;
  const NodeConstraint& a = p.nodes[0];
  const NodeConstraint& b = p.nodes[1];
  const RelConstraint& r = p.rels[0];
  if (!a.name || !a.equals.empty() || a.impossible) return std::nullopt;
  if (b.name || b.type || !b.equals.empty() || b.impossible || b.slot == a.slot) return std::nullopt;
  if (!r.variable_length || r.min_hops != 1 || r.direction != ast::Direction::kBoth || !r.predicates.empty() ||
      r.no_such_type || !r.equals.empty()) {
    return std::nullopt;
  }
  if (m.where.size() != 1 || !IsInequalityOf(m.where[0], a.slot, b.slot)) return std::nullopt;
  // One count(DISTINCT b), returned as it is; the other items and the
  // order are grouping keys that never read b or the relationships, which
  // no row binds.
  if (q.aggregates.size() != 1) return std::nullopt;
  const Aggregate& agg = q.aggregates[0];
  if (agg.function != Function::kCount || !agg.distinct || !agg.argument ||
      agg.argument->kind != BoundExpr::Kind::kSlot || agg.argument->slot != b.slot) {
    return std::nullopt;
  }
  auto reads_unbound = [&](const BoundExpr& e) {
    std::vector<int> slots;
    e.CollectSlots(slots);
    return std::any_of(slots.begin(), slots.end(), [&](int s) { return s == b.slot || s == r.slot; });
  };
  int bare_counts = 0;
  for (const auto& item : q.items) {
    if (item.expr.kind == BoundExpr::Kind::kAggregate) {
      ++bare_counts;
    } else if (item.expr.HasAggregate() || reads_unbound(item.expr)) {
      return std::nullopt;
    }
  }
  if (bare_counts != 1) return std::nullopt;
  for (const auto& o : q.order_by) {
    if (reads_unbound(o.expr)) return std::nullopt;
  }
  PlanStep s{};
  s.kind = PlanStep::Kind::kCountReachable;
  s.from = a.slot;
  s.node = b.slot;
  s.node_constraint = &b;
  s.rel = &r;
  return s;
}

// True when the slot's variable is named somewhere the user can see it.
bool IsNamed(const BoundQuery& q, int slot) { return !q.variables[slot].name.empty(); }

class Planner {
 public:
  explicit Planner(const BoundQuery& q) : q_(q), bound_(q.variables.size(), false) {
    ignores_multiplicity_ = ResultIgnoresMultiplicity(q);
  }

  std::vector<PlanStep> Run() {
    // The WITH's columns are bound as each row starts; its WHERE runs first.
    for (int slot : q_.input_slots) bound_[slot] = true;
    for (const BoundExpr& w : q_.input_where) Emit(FilterStep(&w));
    if (auto count = CountReachableStep(q_)) {
      PlanUnwinds(0);
      BindAnchor(q_.matches[0].patterns[0].nodes[0]);
      Emit(std::move(*count));
      return std::move(steps_);
    }
    for (size_t i = 0; i < q_.matches.size(); ++i) {
      PlanUnwinds(i);
      if (q_.matches[i].optional) {
        PlanOptionalMatch(q_.matches[i]);
      } else {
        PlanMatch(q_.matches[i]);
      }
    }
    PlanUnwinds(q_.matches.size());
    return std::move(steps_);
  }

 private:
  struct PendingFilter {
    const BoundExpr* expr;
    std::vector<int> slots;
    bool placed = false;
  };

  void PlanUnwinds(size_t before_match) {
    for (const auto& u : q_.unwinds) {
      if (u.before_match != before_match) continue;
      PlanStep s{};
      s.kind = PlanStep::Kind::kUnwind;
      s.node = u.slot;
      s.list = &u.list;
      Emit(std::move(s));
      bound_[u.slot] = true;
    }
  }

  void PlanOptionalMatch(const BoundMatch& m) {
    const size_t begin = steps_.size();
    const std::vector<bool> bound_before = bound_;
    PlanStep open{};
    open.kind = PlanStep::Kind::kOptional;
    Emit(std::move(open));
    PlanMatch(m);
    for (size_t slot = 0; slot < bound_.size(); ++slot) {
      if (bound_[slot] && !bound_before[slot]) steps_[begin].null_slots.push_back(static_cast<int>(slot));
    }
    steps_[begin].end_step = steps_.size();
    PlanStep close{};
    close.kind = PlanStep::Kind::kOptionalEnd;
    close.begin_step = begin;
    Emit(std::move(close));
  }

  void PlanMatch(const BoundMatch& m) {
    pending_.clear();
    for (const auto& w : m.where) {
      PendingFilter f{&w, {}, false};
      w.CollectSlots(f.slots);
      pending_.push_back(std::move(f));
    }
    match_rels_ = std::make_shared<std::vector<int>>();
    PlaceFilters();  // conditions on variables of earlier clauses, or constants
    std::vector<bool> done(m.patterns.size(), false);
    for (size_t n = 0; n < m.patterns.size(); ++n) {
      // Patterns touching bound variables first, then the most selective.
      size_t best = 0;
      int best_score = 1 << 30;
      for (size_t i = 0; i < m.patterns.size(); ++i) {
        if (done[i]) continue;
        int score = BestAnchor(m.patterns[i]).second;
        if (score < best_score) {
          best_score = score;
          best = i;
        }
      }
      done[best] = true;
      PlanPattern(m.patterns[best]);
    }
    for (auto& f : pending_) {
      if (!f.placed) Emit(FilterStep(f.expr));
    }
  }

  // Lower is better: 0 bound, 1 named, 2 labelled, 3 anything.
  int NodeScore(const NodeConstraint& n) const {
    if (bound_[n.slot]) return 0;
    if (HasUsableName(n) || WhereNameFor(n.slot)) return 1;
    if (n.type) return 2;
    return 3;
  }

  // {name: x} can be looked up once x's variables are bound (x may read an
  // UNWIND variable, or a node bound earlier in the pattern).
  bool HasUsableName(const NodeConstraint& n) const { return n.name && Computable(*n.name, bound_); }

  const BoundExpr* WhereNameFor(int slot) const {
    for (const auto& f : pending_) {
      int s = -1;
      if (const BoundExpr* value = NameEquality(*f.expr, bound_, &s); value && s == slot && !bound_[slot]) {
        return value;
      }
    }
    return nullptr;
  }

  std::pair<size_t, int> BestAnchor(const BoundPattern& p) const {
    size_t best = 0;
    int best_score = NodeScore(p.nodes[0]);
    // A shortest path is searched from one of its ends.
    std::vector<size_t> candidates;
    if (p.shortest != ast::ShortestKind::kNone) {
      candidates = {p.nodes.size() - 1};
    } else {
      for (size_t i = 1; i < p.nodes.size(); ++i) candidates.push_back(i);
    }
    for (size_t i : candidates) {
      int score = NodeScore(p.nodes[i]);
      if (score < best_score) {
        best_score = score;
        best = i;
      }
    }
    return {best, best_score};
  }

  void BindAnchor(const NodeConstraint& n) {
    PlanStep s{};
    s.node = n.slot;
    s.node_constraint = &n;
    if (bound_[n.slot]) {
      s.kind = PlanStep::Kind::kNodeCheck;
    } else if (HasUsableName(n)) {
      s.kind = PlanStep::Kind::kNodeByName;
      s.name = &*n.name;
    } else if (const BoundExpr* value = WhereNameFor(n.slot)) {
      s.kind = PlanStep::Kind::kNodeByName;
      s.name = value;
      s.exact_name = true;
    } else {
      s.kind = PlanStep::Kind::kNodeScan;
    }
    Emit(std::move(s));
    Bind(n.slot);
  }

  void PlanPattern(const BoundPattern& p) {
    size_t anchor = BestAnchor(p).first;
    BindAnchor(p.nodes[anchor]);
    if (p.shortest != ast::ShortestKind::kNone) {
      size_t other = anchor == 0 ? 1 : 0;
      const NodeConstraint& target = p.nodes[other];
      // Both ends known: look the other up first, then search between them.
      const bool target_first = !bound_[target.slot] && NodeScore(target) <= 1;
      if (target_first) BindAnchor(target);
      PlanStep s{};
      s.target_checked = target_first;
      s.kind = PlanStep::Kind::kShortestPath;
      s.from = p.nodes[anchor].slot;
      s.node = target.slot;
      s.node_constraint = &target;
      s.rel = &p.rels[0];
      s.reversed = anchor != 0;
      s.target_bound = bound_[target.slot];
      s.shortest = p.shortest;
      // A shortest-path pattern is one relationship between two nodes: the
      // search that finds the path binds it, with the nodes it walked
      // through, instead of a BindPath step looking them up again.
      s.path = p.path_slot;
      Emit(std::move(s));
      Bind(target.slot);
      BindRel(p.rels[0].slot);
      if (p.path_slot >= 0) Bind(p.path_slot);
      return;
    }
    for (size_t i = anchor; i + 1 < p.nodes.size(); ++i) Expand(p, i, i + 1, false);
    for (size_t i = anchor; i > 0; --i) Expand(p, i, i - 1, true);
    if (p.path_slot >= 0) {
      PlanStep s{};
      s.kind = PlanStep::Kind::kBindPath;
      s.node = p.path_slot;
      s.pattern = &p;
      Emit(std::move(s));
      Bind(p.path_slot);
    }
  }

  void Expand(const BoundPattern& p, size_t from, size_t to, bool reversed) {
    const RelConstraint& rel = p.rels[reversed ? to : from];
    const NodeConstraint& target = p.nodes[to];
    PlanStep s{};
    s.kind = rel.variable_length ? PlanStep::Kind::kVarExpand : PlanStep::Kind::kExpand;
    s.from = p.nodes[from].slot;
    s.node = target.slot;
    s.node_constraint = &target;
    s.rel = &rel;
    s.reversed = reversed;
    s.target_bound = bound_[target.slot];
    s.rel_bound = bound_[rel.slot];
    s.match_rels = match_rels_;
    s.distinct_count = match_rels_->size();
    s.distinct_endpoints = rel.variable_length && ignores_multiplicity_ && !IsNamed(q_, rel.slot) &&
                           p.path_slot < 0 && !s.target_bound && rel.min_hops <= 1 && match_rels_->empty();
    Emit(std::move(s));
    Bind(target.slot);
    BindRel(rel.slot);
  }

  void BindRel(int slot) {
    match_rels_->push_back(slot);
    Bind(slot);
  }

  void Bind(int slot) {
    bound_[slot] = true;
    PlaceFilters();
  }

  void PlaceFilters() {
    for (auto& f : pending_) {
      if (f.placed) continue;
      if (std::all_of(f.slots.begin(), f.slots.end(), [&](int s) { return bound_[s]; })) {
        f.placed = true;
        Emit(FilterStep(f.expr));
      }
    }
  }

  static PlanStep FilterStep(const BoundExpr* e) {
    PlanStep s{};
    s.kind = PlanStep::Kind::kFilter;
    s.filter = e;
    return s;
  }

  void Emit(PlanStep s) { steps_.push_back(std::move(s)); }

  const BoundQuery& q_;
  std::vector<bool> bound_;
  bool ignores_multiplicity_ = false;
  std::vector<PendingFilter> pending_;
  std::shared_ptr<std::vector<int>> match_rels_ = std::make_shared<std::vector<int>>();
  std::vector<PlanStep> steps_;
};

// ---- late materialisation of shortest paths ----

// Calls fn on every expression of the query, children after parents.
void ForEachExpr(BoundQuery& q, const std::function<void(BoundExpr&)>& fn) {
  std::function<void(BoundExpr&)> visit = [&](BoundExpr& e) {
    fn(e);
    for (auto& c : e.children) visit(c);
  };
  for (auto& w : q.input_where) visit(w);
  for (auto& u : q.unwinds) visit(u.list);
  for (auto& m : q.matches) {
    for (auto& w : m.where) visit(w);
    for (auto& p : m.patterns) {
      for (auto& n : p.nodes) {
        if (n.name) visit(*n.name);
        for (auto& [prop, e] : n.equals) visit(e);
      }
      for (auto& r : p.rels) {
        for (auto& [prop, e] : r.equals) visit(e);
      }
    }
  }
  for (auto& item : q.items) visit(item.expr);
  for (auto& a : q.aggregates) {
    if (a.argument) visit(*a.argument);
  }
  for (auto& o : q.order_by) visit(o.expr);
  if (q.skip) visit(*q.skip);
  if (q.limit) visit(*q.limit);
}

bool IsLengthOf(const BoundExpr& e, int slot) {
  return e.kind == BoundExpr::Kind::kFunction && e.function == Function::kLength && e.children.size() == 1 &&
         e.children[0].kind == BoundExpr::Kind::kSlot && e.children[0].slot == slot;
}

// `MATCH p = shortestPath((a)-[*]-(b)) RETURN length(p)`, the distance
// question, needs no path: the search's meeting gives the length, and
// rebuilding the path from the search costs about a third as much again.
// When a shortestPath's path variable is read only inside length(p), and
// its relationship list is anonymous and no later expand must differ from
// it, each length(p) becomes a new variable "length(p)" that the step binds
// instead of the path (allShortestPaths keeps its paths: one row each).
void ReadLengthsOnly(BoundQuery& q, std::vector<PlanStep>& steps) {
  for (PlanStep& s : steps) {
    if (s.kind != PlanStep::Kind::kShortestPath || s.shortest != ast::ShortestKind::kAnyShortest || s.path < 0) {
      continue;
    }
    const int rel = s.rel->slot;
    if (!q.variables[rel].name.empty()) continue;
    if (std::any_of(steps.begin(), steps.end(), [&](const PlanStep& t) {
          const std::span<const int> rels = t.distinct_from();
          return std::find(rels.begin(), rels.end(), rel) != rels.end();
        })) {
      continue;
    }
    // Every read of p must be the argument of a length(): count both.
    int reads = 0, lengths = 0;
    ForEachExpr(q, [&](BoundExpr& e) {
      if (e.kind == BoundExpr::Kind::kSlot && e.slot == s.path) ++reads;
      if (IsLengthOf(e, s.path)) ++lengths;
    });
    if (reads != lengths) continue;
    const int length = static_cast<int>(q.variables.size());
    q.variables.push_back(Variable{"length(" + q.variables[s.path].name + ")", VariableKind::kValue, {}});
    ForEachExpr(q, [&](BoundExpr& e) {
      if (!IsLengthOf(e, s.path)) return;
      SourcePos pos = e.pos;
      e = BoundExpr{};
      e.kind = BoundExpr::Kind::kSlot;
      e.slot = length;
      e.pos = pos;
    });
    for (PlanStep& t : steps) {  // an OPTIONAL MATCH nulls the length instead of the path
      if (t.kind == PlanStep::Kind::kOptional &&
          std::find(t.null_slots.begin(), t.null_slots.end(), s.path) != t.null_slots.end()) {
        t.null_slots.push_back(length);
      }
    }
    s.length = length;
    s.path = -1;
  }
}

// ---- EXPLAIN ----

std::string Quote(const std::string& s) {
  std::string out = "'";
  for (char c : s) {
    if (c == '\'' || c == '\\') out += '\\';
    out += c;
  }
  return out + "'";
}

std::string Describe(const BoundExpr& e, const BoundQuery& q);

std::string DescribeConstant(const Value& v) {
  switch (v.type()) {
    case Value::Type::kNull: return "null";
    case Value::Type::kBool: return v.as_bool() ? "true" : "false";
    case Value::Type::kInt: return std::to_string(v.as_int());
    case Value::Type::kFloat: return FormatFloat(v.as_float());
    case Value::Type::kString: return Quote(v.as_string());
    default: return TypeName(v.type());
  }
}

const char* FunctionName(Function f) {
  static const char* kNames[] = {"type", "labels", "id", "length", "nodes", "relationships", "startNode",
                                 "endNode", "evidence", "toLower", "toUpper", "toString", "toInteger",
                                 "toFloat", "size", "coalesce", "abs", "range", "count", "collect", "min", "max",
                                 "sum", "avg"};
  return kNames[static_cast<int>(f)];
}

std::string VariableName(const BoundQuery& q, int slot) {
  const std::string& name = q.variables[slot].name;
  return name.empty() ? "_" + std::to_string(slot) : name;
}

std::string Describe(const BoundExpr& e, const BoundQuery& q) {
  using K = BoundExpr::Kind;
  static const char* kNodeProps[] = {"name", "type", "code", "sector"};
  static const char* kEdgeProps[] = {"category", "cameo", "count", "first_date", "last_date", "negated"};
  switch (e.kind) {
    case K::kConstant: return DescribeConstant(e.constant);
    case K::kParameter: return "$" + e.name;
    case K::kSlot: return VariableName(q, e.slot);
    case K::kNodeProperty: return Describe(e.children[0], q) + "." + kNodeProps[static_cast<int>(e.node_property)];
    case K::kEdgeProperty: return Describe(e.children[0], q) + "." + kEdgeProps[static_cast<int>(e.edge_property)];
    case K::kKeyAccess: return Describe(e.children[0], q) + "." + e.name;
    case K::kList: {
      std::string out = "[";
      for (size_t i = 0; i < e.children.size(); ++i) out += (i ? ", " : "") + Describe(e.children[i], q);
      return out + "]";
    }
    case K::kCase:
    case K::kSimpleCase: {
      const bool simple = e.kind == K::kSimpleCase;
      std::string out = simple ? "CASE " + Describe(e.children[1], q) : "CASE";
      for (size_t i = simple ? 2 : 1; i + 1 < e.children.size(); i += 2) {
        out += " WHEN " + Describe(e.children[i], q) + " THEN " + Describe(e.children[i + 1], q);
      }
      return out + " ELSE " + Describe(e.children[0], q) + " END";
    }
    case K::kSubscript: return Describe(e.children[0], q) + "[" + Describe(e.children[1], q) + "]";
    case K::kSlice: {
      const BoundExpr& to = e.children[2];
      const bool open_end = to.kind == K::kConstant && to.constant == Value::Int(kOpenSliceEnd);
      return Describe(e.children[0], q) + "[" + Describe(e.children[1], q) + ".." +
             (open_end ? "" : Describe(to, q)) + "]";
    }
    case K::kMap: {
      std::string out = "{";
      for (size_t i = 0; i < e.children.size(); ++i) {
        out += (i ? ", " : "") + e.keys[i] + ": " + Describe(e.children[i], q);
      }
      return out + "}";
    }
    case K::kUnary:
      switch (e.unary_op) {
        case ast::UnaryOp::kNot: return "NOT " + Describe(e.children[0], q);
        case ast::UnaryOp::kNegate: return "-" + Describe(e.children[0], q);
        case ast::UnaryOp::kIsNull: return Describe(e.children[0], q) + " IS NULL";
        case ast::UnaryOp::kIsNotNull: return Describe(e.children[0], q) + " IS NOT NULL";
      }
      return "?";
    case K::kBinary:
      return "(" + Describe(e.children[0], q) + " " + ast::BinaryOpSpelling(e.binary_op) + " " +
             Describe(e.children[1], q) + ")";
    case K::kFunction: {
      std::string out = std::string(FunctionName(e.function)) + "(";
      for (size_t i = 0; i < e.children.size(); ++i) out += (i ? ", " : "") + Describe(e.children[i], q);
      return out + ")";
    }
    case K::kAggregate: {
      const Aggregate& a = q.aggregates[e.slot];
      if (!a.argument) return "count(*)";
      return std::string(FunctionName(a.function)) + "(" + (a.distinct ? "DISTINCT " : "") +
             Describe(*a.argument, q) + ")";
    }
    case K::kItem: return q.items[e.slot].column;
    case K::kSubquery: return e.name;
    case K::kHasLabels: {
      std::string out = Describe(e.children[0], q);
      for (auto type : e.labels) out += ":" + std::string(graph::EntityTypeLabel(type));
      return out;
    }
    case K::kListComprehension:
      return "[" + VariableName(q, e.slot) + " IN " + Describe(e.children[0], q) +
             (e.has_filter ? " WHERE " + Describe(e.children[1], q) : "") +
             (e.has_projection ? " | " + Describe(e.children[2], q) : "") + "]";
  }
  return "?";
}

std::string DescribeNode(const NodeConstraint* n, const BoundQuery& q) {
  if (!n) return "";
  std::string out = VariableName(q, n->slot);
  if (n->type) out += ":" + std::string(graph::EntityTypeLabel(*n->type));
  return out;
}

std::string DescribeRel(const PlanStep& s, const BoundQuery& q) {
  const RelConstraint& r = *s.rel;
  std::string body = VariableName(q, r.slot);
  if (!r.type_names.empty()) body += fmt::format(":{}", fmt::join(r.type_names, "|"));
  if (r.variable_length) body += fmt::format("*{}..{}", r.min_hops, r.max_hops);
  auto dir = r.direction;
  if (s.reversed && dir != ast::Direction::kBoth) {
    dir = dir == ast::Direction::kOutgoing ? ast::Direction::kIncoming : ast::Direction::kOutgoing;
  }
  std::string left = dir == ast::Direction::kIncoming ? "<-[" : "-[";
  std::string right = dir == ast::Direction::kOutgoing ? "]->" : "]-";
  return "(" + VariableName(q, s.from) + ")" + left + body + right + "(" + DescribeNode(s.node_constraint, q) + ")";
}

}  // namespace

Plan PlanQuery(std::unique_ptr<BoundQuery> query) {
  Plan plan;
  if (query->input) plan.input = std::make_unique<const Plan>(PlanQuery(std::move(query->input)));
  plan.steps = Planner(*query).Run();
  ReadLengthsOnly(*query, plan.steps);
  plan.query = std::move(query);
  return plan;
}

// The operators of `plan`, the part before a WITH first; `project` names
// the projection (With or Project).
void ExplainLines(const Plan& plan, const char* project, std::vector<std::string>& lines) {
  if (plan.input) ExplainLines(*plan.input, "With", lines);
  const BoundQuery& q = *plan.query;
  for (const auto& s : plan.steps) {
    switch (s.kind) {
      case PlanStep::Kind::kNodeByName:
        lines.push_back("NodeByName " + DescribeNode(s.node_constraint, q) + " name " +
                        (s.exact_name ? "= " : "~ ") + Describe(*s.name, q) + " (name index)");
        break;
      case PlanStep::Kind::kNodeScan:
        lines.push_back("NodeScan " + DescribeNode(s.node_constraint, q) +
                        (s.node_constraint->type ? " (by label)" : " (all nodes)"));
        break;
      case PlanStep::Kind::kNodeCheck:
        lines.push_back("NodeCheck " + DescribeNode(s.node_constraint, q) + " (bound earlier)");
        break;
      case PlanStep::Kind::kExpand:
        lines.push_back(std::string(s.target_bound ? "ExpandInto " : "Expand ") + DescribeRel(s, q));
        break;
      case PlanStep::Kind::kVarExpand:
        lines.push_back(std::string(s.distinct_endpoints ? "VarExpandDistinct " : "VarExpand ") +
                        (s.target_bound ? "into " : "") + DescribeRel(s, q) +
                        (s.distinct_endpoints ? " (breadth-first, each end node once)" : " (every trail)"));
        break;
      case PlanStep::Kind::kShortestPath:
        lines.push_back(std::string(s.shortest == ast::ShortestKind::kAllShortest ? "AllShortestPaths "
                                                                                   : "ShortestPath ") +
                        (s.path >= 0 ? VariableName(q, s.path) + " = " : "") +
                        (s.length >= 0 ? VariableName(q, s.length) + " of " : "") + DescribeRel(s, q) +
                        (s.target_bound ? " (bidirectional search" : " (breadth-first to every node") +
                        (s.length >= 0 ? ", length only)" : ")"));
        break;
      case PlanStep::Kind::kCountReachable:
        lines.push_back("CountReachable " + DescribeRel(s, q) + " where " + VariableName(q, s.node) + " <> " +
                        VariableName(q, s.from) + " (breadth-first count in the graph engine, no rows)");
        break;
      case PlanStep::Kind::kBindPath:
        lines.push_back("BindPath " + VariableName(q, s.node));
        break;
      case PlanStep::Kind::kFilter:
        lines.push_back("Filter " + Describe(*s.filter, q));
        break;
      case PlanStep::Kind::kUnwind:
        lines.push_back("Unwind " + VariableName(q, s.node) + " in " + Describe(*s.list, q));
        break;
      case PlanStep::Kind::kOptional: {
        std::vector<std::string> names;
        for (int slot : s.null_slots) names.push_back(VariableName(q, slot));
        lines.push_back(fmt::format("Optional (when nothing below matches, one row with {} null)",
                                    fmt::join(names, ", ")));
        break;
      }
      case PlanStep::Kind::kOptionalEnd:
        lines.push_back("EndOptional");
        break;
    }
  }
  std::vector<std::string> items;
  for (const auto& item : q.items) items.push_back(item.column);
  std::string columns = fmt::format("{}", fmt::join(items, ", "));
  if (!q.aggregates.empty()) {
    std::vector<std::string> keys, aggs;
    for (const auto& item : q.items) {
      if (!item.expr.HasAggregate()) keys.push_back(item.column);
    }
    for (size_t i = 0; i < q.aggregates.size(); ++i) {
      BoundExpr ref;
      ref.kind = BoundExpr::Kind::kAggregate;
      ref.slot = static_cast<int>(i);
      aggs.push_back(Describe(ref, q));
    }
    lines.push_back(fmt::format("Aggregate keys [{}] aggregates [{}]", fmt::join(keys, ", "), fmt::join(aggs, ", ")));
  }
  lines.push_back(std::string(project) + (q.distinct ? " DISTINCT " : " ") + columns);
  if (!q.order_by.empty()) {
    std::vector<std::string> keys;
    for (const auto& o : q.order_by) keys.push_back(Describe(o.expr, q) + (o.descending ? " DESC" : ""));
    lines.push_back(fmt::format("Sort {}", fmt::join(keys, ", ")));
  }
  if (q.skip) lines.push_back("Skip " + Describe(*q.skip, q));
  if (q.limit) lines.push_back("Limit " + Describe(*q.limit, q));
}

std::string ExplainPlan(const Plan& plan) {
  std::vector<std::string> lines;
  ExplainLines(plan, "Project", lines);
  std::string out;
  for (size_t i = 0; i < lines.size(); ++i) out += fmt::format("{:>2}. {}\n", i + 1, lines[i]);
  return out;
}

}  // namespace kg::query
