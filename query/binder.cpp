#include "query/binder.h"

#include "query/planner.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <unordered_map>

#include "graph/knowledge_graph.h"
#include "query/regex_pattern.h"

namespace kg::query {
namespace {

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

struct FunctionInfo {
  Function function;
  int min_args, max_args;  // max -1 = any
  const char* canonical;
};

// Keyed by lower-case name: Cypher function names are case-insensitive.
const std::unordered_map<std::string, FunctionInfo>& Functions() {
  static const std::unordered_map<std::string, FunctionInfo> table = {
      {"type", {Function::kType, 1, 1, "type"}},
      {"labels", {Function::kLabels, 1, 1, "labels"}},
      {"id", {Function::kId, 1, 1, "id"}},
      {"length", {Function::kLength, 1, 1, "length"}},
      {"nodes", {Function::kNodes, 1, 1, "nodes"}},
      {"relationships", {Function::kRelationships, 1, 1, "relationships"}},
      {"startnode", {Function::kStartNode, 1, 1, "startNode"}},
      {"endnode", {Function::kEndNode, 1, 1, "endNode"}},
      {"evidence", {Function::kEvidence, 1, 1, "evidence"}},
      {"tolower", {Function::kToLower, 1, 1, "toLower"}},
      {"toupper", {Function::kToUpper, 1, 1, "toUpper"}},
      {"tostring", {Function::kToString, 1, 1, "toString"}},
      {"tointeger", {Function::kToInteger, 1, 1, "toInteger"}},
      {"tofloat", {Function::kToFloat, 1, 1, "toFloat"}},
      {"size", {Function::kSize, 1, 1, "size"}},
      {"coalesce", {Function::kCoalesce, 1, -1, "coalesce"}},
      {"abs", {Function::kAbs, 1, 1, "abs"}},
      {"range", {Function::kRange, 2, 3, "range"}},
      {"count", {Function::kCount, 1, 1, "count"}},
      {"collect", {Function::kCollect, 1, 1, "collect"}},
      {"min", {Function::kMin, 1, 1, "min"}},
      {"max", {Function::kMax, 1, 1, "max"}},
      {"sum", {Function::kSum, 1, 1, "sum"}},
      {"avg", {Function::kAvg, 1, 1, "avg"}},
  };
  return table;
}

// What a function needs its argument to be, when the binder can tell.
std::optional<VariableKind> RequiredKind(Function f) {
  switch (f) {
    case Function::kType:
    case Function::kStartNode:
    case Function::kEndNode:
    case Function::kEvidence: return VariableKind::kRelationship;
    case Function::kLabels: return VariableKind::kNode;
    case Function::kNodes:
    case Function::kRelationships: return VariableKind::kPath;
    default: return std::nullopt;
  }
}

// The property keys nodes and relationships have, as queries spell them.
constexpr std::pair<std::string_view, NodeProperty> kNodePropertyKeys[] = {
    {"name", NodeProperty::kName}, {"type", NodeProperty::kType},
    {"code", NodeProperty::kCode}, {"sector", NodeProperty::kSector}};
constexpr std::pair<std::string_view, EdgeProperty> kEdgePropertyKeys[] = {
    {"category", EdgeProperty::kCategory},   {"cameo", EdgeProperty::kCameo},
    {"count", EdgeProperty::kCount},         {"first_date", EdgeProperty::kFirstDate},
    {"last_date", EdgeProperty::kLastDate},  {"negated", EdgeProperty::kNegated}};

template <typename Property, size_t N>
std::optional<Property> FindKey(const std::pair<std::string_view, Property> (&keys)[N], std::string_view key) {
  for (const auto& [name, property] : keys) {
    if (name == key) return property;
  }
  return std::nullopt;
}

template <typename Property, size_t N>
std::vector<std::string> KeyNames(const std::pair<std::string_view, Property> (&keys)[N]) {
  std::vector<std::string> names;
  for (const auto& entry : keys) names.emplace_back(entry.first);
  return names;
}

std::optional<NodeProperty> ParseNodeProperty(std::string_view key) { return FindKey(kNodePropertyKeys, key); }
std::optional<EdgeProperty> ParseEdgeProperty(std::string_view key) { return FindKey(kEdgePropertyKeys, key); }

// "name, type, code, sector": for errors that list what there is.
std::string JoinedKeys(const std::vector<std::string>& names) {
  std::string out;
  for (const auto& n : names) out += (out.empty() ? "" : ", ") + n;
  return out;
}
const std::string kNodeProperties = JoinedKeys(KeyNames(kNodePropertyKeys));
const std::string kEdgeProperties = JoinedKeys(KeyNames(kEdgePropertyKeys));

constexpr const char* kLabels = "Country, Person, Organization, Location, Other";

class Binder {
 public:
  Binder(std::string_view text, const graph::KnowledgeGraph& graph) : text_(text), graph_(graph) {}

  Result<BoundQuery> Run(const ast::Statement& st) {
    query_.explain = st.explain;
    if (st.input) KG_RETURN_IF_ERROR(BindInput(st));
    size_t next_unwind = 0;
    auto bind_unwinds_before = [&](size_t match) -> Status {
      for (; next_unwind < st.unwinds.size() && st.unwinds[next_unwind].before_match == match; ++next_unwind) {
        KG_RETURN_IF_ERROR(BindUnwind(st.unwinds[next_unwind]));
      }
      return Status::Ok();
    };
    for (size_t i = 0; i < st.matches.size(); ++i) {
      KG_RETURN_IF_ERROR(bind_unwinds_before(i));
      const auto& m = st.matches[i];
      BoundMatch bm;
      bm.optional = m.optional;
      for (const auto& p : m.patterns) {
        KG_ASSIGN_OR_RETURN(BoundPattern bp, BindPattern(p));
        bm.patterns.push_back(std::move(bp));
      }
      if (m.where) {
        KG_ASSIGN_OR_RETURN(BoundExpr where, BindExpr(*m.where, Context{}));
        SplitConjuncts(std::move(where), bm.where);
      }
      query_.matches.push_back(std::move(bm));
    }
    KG_RETURN_IF_ERROR(bind_unwinds_before(st.matches.size()));
    return BindReturn(st);
  }

 private:
  struct Context {
    bool allow_aggregates = false;
    bool inside_aggregate = false;
    const std::vector<BoundItem>* aliases = nullptr;  // ORDER BY may name RETURN columns
  };

  Status Error(SourcePos pos, const std::string& message) const { return SourceError(text_, pos, message); }

  // A variable of `kind` named `name` (anonymous when empty): the existing
  // slot when the name is bound already, else a new one.
  Result<std::pair<int, bool>> Declare(const std::optional<std::string>& name, VariableKind kind, SourcePos pos) {
    if (name) {
      auto it = scope_.find(*name);
      if (it != scope_.end()) {
        const Variable& v = query_.variables[it->second];
        if (v.kind != kind) {
          return Error(pos, "variable '" + *name + "' is " + VariableKindName(v.kind) + " and cannot be used as " +
                                VariableKindName(kind) + " here");
        }
        return std::make_pair(it->second, true);
      }
    }
    int slot = static_cast<int>(query_.variables.size());
    query_.variables.push_back(Variable{name.value_or(""), kind, pos});
    if (name) scope_[*name] = slot;
    return std::make_pair(slot, false);
  }

  // WITH: the part before it is bound on its own (its names are out of
  // scope here); each of its columns becomes a variable of this part, of
  // the same kind when the item is a variable.
  Status BindInput(const ast::Statement& st) {
    KG_ASSIGN_OR_RETURN(BoundQuery input, Binder(text_, graph_).Run(*st.input));
    for (size_t k = 0; k < input.items.size(); ++k) {
      const BoundExpr& item = input.items[k].expr;
      SourcePos pos = item.pos;
      if (!st.input->return_star) {
        const ast::ReturnItem& written = st.input->items[k];
        pos = written.expr->pos;
        if (!written.has_alias && written.expr->kind != ast::Expr::Kind::kVariable) {
          return Error(pos, "a WITH item that is not a variable needs a name: add AS name");
        }
      }
      VariableKind kind = VariableKind::kValue;
      if (item.kind == BoundExpr::Kind::kSlot) kind = input.variables[item.slot].kind;
      KG_ASSIGN_OR_RETURN(auto slot, Declare(input.items[k].column, kind, pos));
      query_.input_slots.push_back(slot.first);
    }
    query_.input = std::make_unique<BoundQuery>(std::move(input));
    if (st.input_where) {
      KG_ASSIGN_OR_RETURN(BoundExpr where, BindExpr(*st.input_where, Context{}));
      SplitConjuncts(std::move(where), query_.input_where);
    }
    return Status::Ok();
  }

  // The list may read the variables bound before the clause; the new
  // variable, whose type is known only at run time, must be new.
  Status BindUnwind(const ast::UnwindClause& u) {
    KG_ASSIGN_OR_RETURN(BoundExpr list, BindExpr(*u.list, Context{}));
    if (scope_.count(u.variable)) {
      return Error(u.variable_pos, "variable '" + u.variable + "' is already bound; UNWIND needs a new variable");
    }
    KG_ASSIGN_OR_RETURN(auto slot, Declare(u.variable, VariableKind::kValue, u.variable_pos));
    query_.unwinds.push_back(BoundUnwind{std::move(list), slot.first, u.before_match});
    return Status::Ok();
  }

  Result<BoundPattern> BindPattern(const ast::PathPattern& p) {
    BoundPattern bp;
    bp.pos = p.pos;
    bp.shortest = p.shortest;
    for (size_t i = 0; i < p.nodes.size(); ++i) {
      KG_ASSIGN_OR_RETURN(NodeConstraint n, BindNode(p.nodes[i]));
      bp.nodes.push_back(std::move(n));
      if (i < p.rels.size()) {
        KG_ASSIGN_OR_RETURN(RelConstraint r, BindRel(p.rels[i], p.shortest != ast::ShortestKind::kNone));
        bp.rels.push_back(std::move(r));
      }
    }
    if (p.path_variable) {
      if (scope_.count(*p.path_variable)) {
        return Error(p.pos, "variable '" + *p.path_variable + "' is already bound; a path variable must be new");
      }
      KG_ASSIGN_OR_RETURN(auto slot, Declare(p.path_variable, VariableKind::kPath, p.pos));
      bp.path_slot = slot.first;
    }
    return bp;
  }

  Result<NodeConstraint> BindNode(const ast::NodePattern& n) {
    NodeConstraint c;
    c.pos = n.pos;
    KG_ASSIGN_OR_RETURN(auto slot, Declare(n.variable, VariableKind::kNode, n.pos));
    c.slot = slot.first;
    for (const auto& [label, pos] : n.labels) {
      KG_ASSIGN_OR_RETURN(graph::EntityType type, BindLabel(label, pos));
      if (c.type && *c.type != type) c.impossible = true;
      c.type = type;
    }
    for (const auto& prop : n.properties) {
      auto key = ParseNodeProperty(prop.key);
      if (!key) return Error(prop.pos, "unknown node property '" + prop.key + "'; nodes have " + kNodeProperties);
      KG_ASSIGN_OR_RETURN(BoundExpr value, BindExpr(*prop.value, Context{}));
      if (*key == NodeProperty::kName && !c.name) {
        c.name = std::move(value);
      } else {
        c.equals.emplace_back(*key, std::move(value));
      }
    }
    return c;
  }

  // A label names an entity type, in patterns and in label tests alike.
  Result<graph::EntityType> BindLabel(const std::string& label, SourcePos pos) const {
    auto type = graph::ParseEntityType(Lower(label));
    if (!type) return Error(pos, "unknown label '" + label + "'; labels are " + kLabels);
    return *type;
  }

  // n:Label:Other in an expression: only a node has labels.
  Result<BoundExpr> BindLabelTest(const ast::Expr& e, const Context& ctx) {
    BoundExpr b;
    b.pos = e.pos;
    b.kind = BoundExpr::Kind::kHasLabels;
    KG_ASSIGN_OR_RETURN(BoundExpr subject, BindExpr(*e.children[0], ctx));
    if (auto kind = StaticKind(subject); kind && *kind != VariableKind::kNode) {
      return Error(e.children[0]->pos, std::string("a label test takes a node, but this is ") + VariableKindName(*kind));
    }
    for (size_t i = 0; i < e.keys.size(); ++i) {
      KG_ASSIGN_OR_RETURN(graph::EntityType type, BindLabel(e.keys[i], e.key_pos[i]));
      b.labels.push_back(type);
    }
    b.children.push_back(std::move(subject));
    return b;
  }

  Result<RelConstraint> BindRel(const ast::RelPattern& r, bool shortest) {
    RelConstraint c;
    c.pos = r.pos;
    c.direction = r.direction;
    c.variable_length = r.variable_length;
    if (r.variable_length) {
      c.min_hops = static_cast<int>(r.min_hops.value_or(1));
      c.max_hops = static_cast<int>(std::min<int64_t>(r.max_hops.value_or(kDefaultMaxHops), kMaxHopsAllowed + 1));
      if (c.max_hops > kMaxHopsAllowed) {
        return Error(r.pos, "at most " + std::to_string(kMaxHopsAllowed) + " hops may be asked for");
      }
      if (c.min_hops > c.max_hops) {
        return Error(r.pos, "the least number of hops (" + std::to_string(c.min_hops) + ") is above the most (" +
                                std::to_string(c.max_hops) + ")");
      }
    }
    VariableKind kind = r.variable_length || shortest ? VariableKind::kRelationshipList : VariableKind::kRelationship;
    if (shortest && !r.variable_length) c.variable_length = true;  // shortestPath((a)-[:x]-(b)) is one hop
    KG_ASSIGN_OR_RETURN(auto slot, Declare(r.variable, kind, r.pos));
    if (slot.second && kind == VariableKind::kRelationshipList) {
      return Error(r.pos, "variable '" + *r.variable + "' is already bound; a variable-length relationship must be new");
    }
    c.slot = slot.first;
    bool any_known = r.types.empty();
    for (const auto& [type, pos] : r.types) {
      auto index = graph_.FindPredicate(type);
      if (!index) return Error(pos, UnknownTypeMessage(type));
      any_known = true;
      c.predicates.push_back(*index);
      c.type_names.push_back(type);
      if (c.allowed.empty()) c.allowed.assign(graph_.num_predicates(), false);
      c.allowed[*index] = true;
    }
    c.no_such_type = !any_known;
    for (const auto& prop : r.properties) {
      auto key = ParseEdgeProperty(prop.key);
      if (!key) {
        return Error(prop.pos, "unknown relationship property '" + prop.key + "'; relationships have " +
                                   std::string(kEdgeProperties));
      }
      KG_ASSIGN_OR_RETURN(BoundExpr value, BindExpr(*prop.value, Context{}));
      if (*key == EdgeProperty::kNegated) c.include_negated = true;
      c.equals.emplace_back(*key, std::move(value));
    }
    return c;
  }

  std::string UnknownTypeMessage(const std::string& type) const {
    std::string message = "unknown relationship type '" + type + "': no edge of the graph has this predicate";
    std::string prefix = Lower(type.substr(0, 3));
    std::vector<std::string> close;
    for (size_t i = 0; i < graph_.num_predicates() && close.size() < 5; ++i) {
      const std::string& name = graph_.predicate(static_cast<uint32_t>(i)).name;
      if (Lower(name.substr(0, prefix.size())) == prefix) close.push_back(name);
    }
    if (!close.empty()) {
      message += "; did you mean ";
      for (size_t i = 0; i < close.size(); ++i) message += (i ? ", " : "") + close[i];
      message += "?";
    }
    return message;
  }

  static void SplitConjuncts(BoundExpr e, std::vector<BoundExpr>& out) {
    if (e.kind == BoundExpr::Kind::kBinary && e.binary_op == ast::BinaryOp::kAnd) {
      SplitConjuncts(std::move(e.children[0]), out);
      SplitConjuncts(std::move(e.children[1]), out);
    } else {
      out.push_back(std::move(e));
    }
  }

  Result<BoundQuery> BindReturn(const ast::Statement& st) {
    query_.distinct = st.distinct;
    if (st.return_star) {
      for (size_t slot = 0; slot < query_.variables.size(); ++slot) {
        const Variable& v = query_.variables[slot];
        // A list comprehension's element is out of scope here; an UNWIND variable is not.
        auto in_scope = scope_.find(v.name);
        if (v.name.empty() || in_scope == scope_.end() || in_scope->second != static_cast<int>(slot)) continue;
        BoundExpr e;
        e.kind = BoundExpr::Kind::kSlot;
        e.slot = static_cast<int>(slot);
        query_.items.push_back(BoundItem{std::move(e), v.name});
      }
      if (query_.items.empty()) return Error(st.return_pos, "RETURN * needs at least one named variable");
    }
    Context item_context;
    item_context.allow_aggregates = true;
    for (const auto& item : st.items) {
      KG_ASSIGN_OR_RETURN(BoundExpr e, BindExpr(*item.expr, item_context));
      for (const auto& existing : query_.items) {
        if (existing.column == item.column) {
          return Error(item.expr->pos, "column '" + item.column + "' is returned twice; name one with AS");
        }
      }
      query_.items.push_back(BoundItem{std::move(e), item.column});
    }
    Context order_context = item_context;
    order_context.aliases = &query_.items;
    for (const auto& o : st.order_by) {
      KG_ASSIGN_OR_RETURN(BoundExpr e, BindExpr(*o.expr, order_context));
      query_.order_by.push_back(BoundOrder{std::move(e), o.descending});
    }
    if (st.skip) {
      KG_ASSIGN_OR_RETURN(query_.skip, BindCount(*st.skip, "SKIP"));
    }
    if (st.limit) {
      KG_ASSIGN_OR_RETURN(query_.limit, BindCount(*st.limit, "LIMIT"));
    }
    return std::move(query_);
  }

  // SKIP and LIMIT take a constant or a parameter, checked when run.
  Result<BoundExpr> BindCount(const ast::Expr& e, const char* clause) {
    KG_ASSIGN_OR_RETURN(BoundExpr bound, BindExpr(e, Context{}));
    if (!bound.IsConstantOrParameter()) {
      return Error(e.pos, std::string(clause) + " takes an integer or a parameter, not an expression of the rows");
    }
    if (bound.kind == BoundExpr::Kind::kConstant &&
        (bound.constant.type() != Value::Type::kInt || bound.constant.as_int() < 0)) {
      return Error(e.pos, std::string(clause) + " takes a non-negative integer");
    }
    return bound;
  }

  Result<BoundExpr> BindExpr(const ast::Expr& e, const Context& ctx) {
    BoundExpr b;
    b.pos = e.pos;
    using K = ast::Expr::Kind;
    switch (e.kind) {
      case K::kLiteral:
        b.kind = BoundExpr::Kind::kConstant;
        b.constant = e.literal;
        return b;
      case K::kParameter:
        b.kind = BoundExpr::Kind::kParameter;
        b.name = e.name;
        return b;
      case K::kVariable: {
        if (ctx.aliases) {
          for (size_t i = 0; i < ctx.aliases->size(); ++i) {
            if ((*ctx.aliases)[i].column == e.name) {
              b.kind = BoundExpr::Kind::kItem;
              b.slot = static_cast<int>(i);
              return b;
            }
          }
        }
        auto it = scope_.find(e.name);
        if (it == scope_.end()) return Error(e.pos, "unknown variable '" + e.name + "'");
        b.kind = BoundExpr::Kind::kSlot;
        b.slot = it->second;
        return b;
      }
      case K::kProperty: {
        KG_ASSIGN_OR_RETURN(BoundExpr object, BindExpr(*e.children[0], ctx));
        auto kind = StaticKind(object);
        if (kind == VariableKind::kNode) {
          auto p = ParseNodeProperty(e.name);
          if (!p) return Error(e.pos, "unknown node property '" + e.name + "'; nodes have " + kNodeProperties);
          b.kind = BoundExpr::Kind::kNodeProperty;
          b.node_property = *p;
        } else if (kind == VariableKind::kRelationship) {
          auto p = ParseEdgeProperty(e.name);
          if (!p) {
            return Error(e.pos, "unknown relationship property '" + e.name + "'; relationships have " +
                                    std::string(kEdgeProperties));
          }
          b.kind = BoundExpr::Kind::kEdgeProperty;
          b.edge_property = *p;
        } else if (kind) {
          return Error(e.pos, std::string("'") + e.name + "' cannot be read from " + VariableKindName(*kind));
        } else {
          b.kind = BoundExpr::Kind::kKeyAccess;
          b.name = e.name;
        }
        b.children.push_back(std::move(object));
        return b;
      }
      case K::kList:
      case K::kMap:
      case K::kUnary:
      case K::kBinary: {
        b.kind = e.kind == K::kList  ? BoundExpr::Kind::kList
                 : e.kind == K::kMap ? BoundExpr::Kind::kMap
                 : e.kind == K::kUnary ? BoundExpr::Kind::kUnary
                                       : BoundExpr::Kind::kBinary;
        b.keys = e.keys;
        b.unary_op = e.unary_op;
        b.binary_op = e.binary_op;
        for (const auto& c : e.children) {
          KG_ASSIGN_OR_RETURN(BoundExpr child, BindExpr(*c, ctx));
          b.children.push_back(std::move(child));
        }
        if (b.kind == BoundExpr::Kind::kBinary && b.binary_op == ast::BinaryOp::kRegexMatch) {
          KG_RETURN_IF_ERROR(CompileConstantRegex(b));
        }
        return b;
      }
      case K::kSubscript:
      case K::kSlice: {
        b.kind = e.kind == K::kSubscript ? BoundExpr::Kind::kSubscript : BoundExpr::Kind::kSlice;
        const int64_t open_bound[] = {0, 0, kOpenSliceEnd};
        for (size_t i = 0; i < e.children.size(); ++i) {
          if (!e.children[i]) {
            BoundExpr bound_at;
            bound_at.pos = e.pos;
            bound_at.constant = Value::Int(open_bound[i]);
            b.children.push_back(std::move(bound_at));
            continue;
          }
          KG_ASSIGN_OR_RETURN(BoundExpr child, BindExpr(*e.children[i], ctx));
          b.children.push_back(std::move(child));
        }
        return b;
      }
      case K::kCase: {
        // A missing ELSE is null; the subject, when given, comes after it.
        b.kind = e.children[0] ? BoundExpr::Kind::kSimpleCase : BoundExpr::Kind::kCase;
        if (e.children[1]) {
          KG_ASSIGN_OR_RETURN(BoundExpr otherwise, BindExpr(*e.children[1], ctx));
          b.children.push_back(std::move(otherwise));
        } else {
          b.children.emplace_back();
          b.children.back().pos = e.pos;
        }
        for (size_t i = 0; i < e.children.size(); ++i) {
          if (i == 1 || !e.children[i]) continue;
          KG_ASSIGN_OR_RETURN(BoundExpr part, BindExpr(*e.children[i], ctx));
          b.children.push_back(std::move(part));
        }
        return b;
      }
      case K::kCountStar: {
        if (!ctx.allow_aggregates || ctx.inside_aggregate) return AggregateMisplaced(e.pos, "count(*)", ctx);
        b.kind = BoundExpr::Kind::kAggregate;
        b.slot = static_cast<int>(query_.aggregates.size());
        query_.aggregates.push_back(Aggregate{Function::kCount, false, std::nullopt});
        return b;
      }
      case K::kFunction:
        return BindFunction(e, ctx);
      case K::kListComprehension:
        return BindComprehension(e, ctx);
      case K::kHasLabels:
        return BindLabelTest(e, ctx);
      case K::kPatternPredicate:
      case K::kExists:
      case K::kPatternComprehension:
        return BindSubquery(e);
    }
    return Error(e.pos, "internal: unknown expression kind");
  }

  // EXISTS { … }, a pattern predicate or a pattern comprehension: a query
  // of its own over the variables in scope, which keep their slots (so the
  // row around it is copied in as it is) and count as bound when it is
  // planned; its own variables are seen only inside it.
  Result<BoundExpr> BindSubquery(const ast::Expr& e) {
    using K = ast::Expr::Kind;
    Binder inner(text_, graph_);
    inner.query_.variables = query_.variables;
    inner.scope_ = scope_;
    const size_t outer = query_.variables.size();
    BoundMatch bm;
    for (const auto& p : e.match->patterns) {
      KG_ASSIGN_OR_RETURN(BoundPattern bp, inner.BindPattern(p));
      bm.patterns.push_back(std::move(bp));
    }
    if (e.kind == K::kPatternPredicate) {
      // As openCypher: a pattern predicate only tests the variables it is given.
      for (size_t slot = outer; slot < inner.query_.variables.size(); ++slot) {
        const Variable& v = inner.query_.variables[slot];
        if (!v.name.empty()) {
          return Error(v.pos, "a pattern predicate cannot introduce the variable '" + v.name +
                                  "'; use EXISTS { MATCH … } or a pattern comprehension");
        }
      }
    }
    if (e.match->where) {
      KG_ASSIGN_OR_RETURN(BoundExpr where, inner.BindExpr(*e.match->where, Context{}));
      SplitConjuncts(std::move(where), bm.where);
    }
    inner.query_.matches.push_back(std::move(bm));
    BoundItem item;
    if (e.kind == K::kPatternComprehension) {
      KG_ASSIGN_OR_RETURN(item.expr, inner.BindExpr(*e.children[0], Context{}));
    } else {
      item.expr.pos = e.pos;
      item.expr.constant = Value::Bool(true);
      inner.query_.distinct = true;  // whether it matches, not how often: lets the planner search breadth-first
    }
    inner.query_.items.push_back(std::move(item));
    BoundExpr b;
    b.pos = e.pos;
    b.kind = BoundExpr::Kind::kSubquery;
    b.name = e.name;
    b.exists = e.kind != K::kPatternComprehension;
    b.subquery_slots = SlotsRead(inner.query_, outer);
    inner.query_.input_slots = b.subquery_slots;
    b.subquery = std::make_shared<const Plan>(PlanQuery(std::make_unique<BoundQuery>(std::move(inner.query_))));
    return b;
  }

  // The slots below `outer` (the variables around a subquery) that `q` reads.
  static std::vector<int> SlotsRead(const BoundQuery& q, size_t outer) {
    std::vector<int> slots;
    auto add_equals = [&slots](const auto& equals) {
      for (const auto& [key, value] : equals) value.CollectSlots(slots);
    };
    for (const auto& m : q.matches) {
      for (const auto& w : m.where) w.CollectSlots(slots);
      for (const auto& p : m.patterns) {
        for (const auto& n : p.nodes) {
          slots.push_back(n.slot);
          if (n.name) n.name->CollectSlots(slots);
          add_equals(n.equals);
        }
        for (const auto& r : p.rels) {
          slots.push_back(r.slot);
          add_equals(r.equals);
        }
      }
    }
    for (const auto& item : q.items) item.expr.CollectSlots(slots);
    std::erase_if(slots, [outer](int slot) { return slot < 0 || static_cast<size_t>(slot) >= outer; });
    std::sort(slots.begin(), slots.end());
    slots.erase(std::unique(slots.begin(), slots.end()), slots.end());
    return slots;
  }

  // The element variable is visible only inside the brackets.
  Result<BoundExpr> BindComprehension(const ast::Expr& e, const Context& ctx) {
    BoundExpr b;
    b.pos = e.pos;
    b.kind = BoundExpr::Kind::kListComprehension;
    KG_ASSIGN_OR_RETURN(BoundExpr list, BindExpr(*e.children[0], ctx));
    b.children.push_back(std::move(list));
    b.slot = static_cast<int>(query_.variables.size());
    query_.variables.push_back(Variable{e.name, VariableKind::kValue, e.pos});
    std::optional<int> shadowed;
    if (auto it = scope_.find(e.name); it != scope_.end()) shadowed = it->second;
    scope_[e.name] = b.slot;
    Context inner = ctx;
    inner.aliases = nullptr;
    Status status;
    for (int part = 1; part <= 2; ++part) {
      if (!e.children[part]) {
        b.children.emplace_back();  // keeps children[1] the filter, children[2] the projection
        continue;
      }
      auto bound = BindExpr(*e.children[part], inner);
      if (!bound.ok()) {
        status = bound.status();
        break;
      }
      (part == 1 ? b.has_filter : b.has_projection) = true;
      b.children.push_back(std::move(*bound));
    }
    if (shadowed) {
      scope_[e.name] = *shadowed;
    } else {
      scope_.erase(e.name);
    }
    KG_RETURN_IF_ERROR(status);
    return b;
  }

  Status AggregateMisplaced(SourcePos pos, const std::string& name, const Context& ctx) const {
    if (ctx.inside_aggregate) return Error(pos, "aggregate " + name + " cannot be nested in another aggregate");
    return Error(pos, "aggregate " + name + " is only allowed in RETURN and ORDER BY");
  }

  Result<BoundExpr> BindFunction(const ast::Expr& e, const Context& ctx) {
    auto it = Functions().find(Lower(e.name));
    if (it == Functions().end()) return Error(e.pos, "unknown function '" + e.name + "'");
    const FunctionInfo& info = it->second;
    int n = static_cast<int>(e.children.size());
    if (n < info.min_args || (info.max_args >= 0 && n > info.max_args)) {
      std::string expected = info.max_args < 0 ? "at least " + std::to_string(info.min_args)
                                               : std::to_string(info.min_args);
      return Error(e.pos, std::string(info.canonical) + "() takes " + expected + " argument" +
                              (info.min_args == 1 && info.max_args == 1 ? "" : "s") + ", not " + std::to_string(n));
    }
    bool aggregate = IsAggregate(info.function);
    if (e.distinct && !aggregate) return Error(e.pos, "DISTINCT is only allowed in an aggregate function");
    if (aggregate && (!ctx.allow_aggregates || ctx.inside_aggregate)) {
      return AggregateMisplaced(e.pos, std::string(info.canonical) + "()", ctx);
    }
    Context inner = ctx;
    inner.inside_aggregate = ctx.inside_aggregate || aggregate;
    std::vector<BoundExpr> args;
    for (const auto& c : e.children) {
      KG_ASSIGN_OR_RETURN(BoundExpr arg, BindExpr(*c, inner));
      args.push_back(std::move(arg));
    }
    if (auto required = RequiredKind(info.function)) {
      auto actual = StaticKind(args[0]);
      bool path_like = *required == VariableKind::kPath && actual == VariableKind::kRelationshipList &&
                       info.function == Function::kRelationships;
      if (actual && *actual != *required && !path_like) {
        return Error(e.children[0]->pos, std::string(info.canonical) + "() takes " + VariableKindName(*required) +
                                             ", but this is " + VariableKindName(*actual));
      }
    }
    BoundExpr b;
    b.pos = e.pos;
    if (aggregate) {
      b.kind = BoundExpr::Kind::kAggregate;
      b.slot = static_cast<int>(query_.aggregates.size());
      query_.aggregates.push_back(Aggregate{info.function, e.distinct, std::move(args[0])});
      return b;
    }
    b.kind = BoundExpr::Kind::kFunction;
    b.function = info.function;
    b.children = std::move(args);
    return b;
  }

  Status CompileConstantRegex(BoundExpr& b) {
    const BoundExpr& pattern = b.children[1];
    if (pattern.kind != BoundExpr::Kind::kConstant || pattern.constant.type() != Value::Type::kString) {
      return Status::Ok();  // compiled per row by the evaluator
    }
    auto compiled = CompileRegex(pattern.constant.as_string());
    if (!compiled.ok()) return Error(pattern.pos, compiled.status().message());
    b.regex = std::move(*compiled);
    return Status::Ok();
  }

  std::optional<VariableKind> StaticKind(const BoundExpr& e) const {
    if (e.kind == BoundExpr::Kind::kSlot) {
      auto kind = query_.variables[e.slot].kind;
      if (kind == VariableKind::kValue) return std::nullopt;
      return kind;
    }
    if (e.kind == BoundExpr::Kind::kFunction &&
        (e.function == Function::kStartNode || e.function == Function::kEndNode)) {
      return VariableKind::kNode;
    }
    return std::nullopt;
  }

  std::string_view text_;
  const graph::KnowledgeGraph& graph_;
  BoundQuery query_;
  std::map<std::string, int> scope_;
};

}  // namespace

std::vector<std::string> NodePropertyNames() { return KeyNames(kNodePropertyKeys); }
std::vector<std::string> EdgePropertyNames() { return KeyNames(kEdgePropertyKeys); }

std::vector<std::string> FunctionNames() {
  std::vector<std::string> names;
  for (const auto& [key, info] : Functions()) names.push_back(info.canonical);
  std::sort(names.begin(), names.end());
  return names;
}

Result<BoundQuery> Bind(const ast::Statement& statement, std::string_view text, const graph::KnowledgeGraph& graph) {
  return Binder(text, graph).Run(statement);
}

}  // namespace kg::query
