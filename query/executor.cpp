#include "query/executor.h"

#include <algorithm>
#include <chrono>

#include "graph/knowledge_graph.h"
#include "graph/neighbourhood.h"
#include "graph/paths.h"
#include "graph/search_workspace.h"
#include "query/projection.h"

namespace kg::query {
namespace {

using graph::VertexId;
using Clock = std::chrono::steady_clock;

graph::Direction GraphDirection(ast::Direction d, bool reversed) {
  switch (d) {
    case ast::Direction::kOutgoing: return reversed ? graph::Direction::kIn : graph::Direction::kOut;
    case ast::Direction::kIncoming: return reversed ? graph::Direction::kOut : graph::Direction::kIn;
    case ast::Direction::kBoth: return graph::Direction::kBoth;
  }
  return graph::Direction::kBoth;
}

class Executor {
 public:
  Executor(const Plan& plan, const graph::KnowledgeGraph& graph, const Parameters& params,
           const EvidenceLookup& evidence, const QueryLimits& limits, std::string_view text,
           graph::SearchWorkspace* workspace, const RowOutput& out)
      : plan_(plan),
        q_(*plan.query),
        graph_(graph),
        params_(params),
        evidence_(evidence),
        text_(text),
        limits_(limits),
        eval_(graph, params, evidence, text),
        projection_(q_, eval_, limits.max_rows, out),
        deadline_(limits.Deadline()),
        workspace_(workspace) {
    eval_.SetSubqueryRunner([this](const BoundExpr& e, const Row& row) { return RunSubquery(e, row); });
  }

  // Gives the result rows to the projection's output as they are made.
  // `seed`: a subquery's row around it, whose q_.input_slots it starts from.
  Status Run(const Row* seed = nullptr) {
    KG_RETURN_IF_ERROR(projection_.Prepare());
    if (FindStep(PlanStep::Kind::kOptional)) optional_matches_.assign(plan_.steps.size(), 0);
    if (plan_.input) {
      // After WITH: each row of the part before it starts a row here, as
      // soon as it is made, so that WITH holds no rows of its own either.
      const RowOutput feed = [this](std::vector<Value>&& input) {
        Row row(q_.variables.size());
        for (size_t k = 0; k < input.size(); ++k) row[q_.input_slots[k]] = std::move(input[k]);
        return RunStep(0, row);
      };
      Executor before(*plan_.input, graph_, params_, evidence_, limits_, text_, workspace_, feed);
      KG_RETURN_IF_ERROR(before.Run());
      KG_RETURN_IF_ERROR(status_);  // the rows fed in may have stopped on an error here
    } else {
      Row row(q_.variables.size());
      if (seed) {
        for (int slot : q_.input_slots) row[slot] = (*seed)[slot];
      }
      RunStep(0, row);
    }
    KG_RETURN_IF_ERROR(status_);
    KG_RETURN_IF_ERROR(projection_.status());
    // The plan's kCountReachable step (see the planner) says how far to count.
    const PlanStep* count = FindStep(PlanStep::Kind::kCountReachable);
    const int hops = count ? count->rel->max_hops : 0;
    const Projection::UnionCounter count_union = [&](std::vector<uint32_t> starts) {
      return static_cast<int64_t>(graph::CountWithinHopsOfAny(graph_, std::move(starts), hops, Workspace()));
    };
    return projection_.Finish(&count_union);
  }

 private:
  // ---- budget ----
  bool Tick() {
    if (++ticks_ % 1024 != 0) return true;
    return Check(limits_.Check(deadline_));
  }
  bool Stop(Status s) {
    if (status_.ok()) status_ = std::move(s);
    return false;
  }
  bool Check(const Status& s) { return s.ok() || Stop(s); }

  // ---- constraints ----
  // `named`: v was just looked up by c.name, so the name needs no second lookup.
  Result<bool> NodeMatches(VertexId v, const NodeConstraint& c, const Row& row, bool named = false) const {
    if (c.impossible) return false;
    if (c.type && graph_.type(v) != *c.type) return false;
    Value scratch;
    if (c.name && !named) {
      KG_ASSIGN_OR_RETURN(const Value* name, eval_.EvaluateRef(*c.name, row, scratch));
      if (name->type() != Value::Type::kString) return false;
      auto found = graph_.Find(name->as_string());
      if (!found || *found != v) return false;
    }
    for (const auto& [prop, expr] : c.equals) {
      KG_ASSIGN_OR_RETURN(const Value* want, eval_.EvaluateRef(expr, row, scratch));
      Value eq = EqualsTernary(eval_.NodePropertyValue(v, prop), *want);
      if (eq.is_null() || !eq.as_bool()) return false;
    }
    return true;
  }

  Result<bool> EdgeMatches(graph::EdgeId e, const RelConstraint& c, const Row& row) const {
    if (!graph_.Selected(e, c.include_negated)) return false;
    if (!c.allowed.empty() && !c.allowed[graph_.edge(e).predicate]) return false;
    Value scratch;
    for (const auto& [prop, expr] : c.equals) {
      KG_ASSIGN_OR_RETURN(const Value* want, eval_.EvaluateRef(expr, row, scratch));
      Value eq = EqualsTernary(eval_.EdgePropertyValue(e, prop), *want);
      if (eq.is_null() || !eq.as_bool()) return false;
    }
    return true;
  }

  // Cypher matches each relationship at most once per MATCH.
  bool UsedInMatch(graph::EdgeId e, std::span<const int> slots, const Row& row) const {
    for (int s : slots) {
      const Value& v = row[s];
      if (v.type() == Value::Type::kEdge && v.as_edge().index == e) return true;
      if (v.type() == Value::Type::kList) {
        for (const auto& item : v.as_list()) {
          if (item.type() == Value::Type::kEdge && item.as_edge().index == e) return true;
        }
      }
    }
    return false;
  }

  // ---- steps ----
  bool RunStep(size_t i, Row& row) {
    if (!Tick()) return false;
    if (i == plan_.steps.size()) {
      bool more = projection_.Add(row);
      return more;
    }
    const PlanStep& s = plan_.steps[i];
    // After an OPTIONAL MATCH a bound node may be null: it matches nothing.
    if (ReadsNullNode(s, row)) return true;
    switch (s.kind) {
      case PlanStep::Kind::kNodeByName: return NodeByName(s, i, row);
      case PlanStep::Kind::kNodeScan: return NodeScan(s, i, row);
      case PlanStep::Kind::kNodeCheck: {
        const Value& v = row[s.node];
        auto ok = NodeMatches(v.as_node().index, *s.node_constraint, row);
        if (!ok.ok()) return Stop(ok.status());
        return *ok ? RunStep(i + 1, row) : true;
      }
      case PlanStep::Kind::kExpand: return Expand(s, i, row);
      case PlanStep::Kind::kVarExpand:
        return s.distinct_endpoints ? VarExpandDistinct(s, i, row) : VarExpand(s, i, row);
      case PlanStep::Kind::kShortestPath: return ShortestPaths(s, i, row);
      case PlanStep::Kind::kCountReachable:
        return projection_.AddReachableFrom(row, row[s.from].as_node().index);
      case PlanStep::Kind::kBindPath: return BindPath(s, i, row);
      case PlanStep::Kind::kFilter: {
        auto keep = eval_.IsTrue(*s.filter, row);
        if (!keep.ok()) return Stop(keep.status());
        return *keep ? RunStep(i + 1, row) : true;
      }
      case PlanStep::Kind::kUnwind: return Unwind(s, i, row);
      case PlanStep::Kind::kOptional: {
        const uint64_t before = optional_matches_[i];
        if (!RunStep(i + 1, row)) return false;
        if (optional_matches_[i] != before) return true;
        for (int slot : s.null_slots) row[slot] = Value();
        return RunStep(s.end_step + 1, row);
      }
      case PlanStep::Kind::kOptionalEnd:
        ++optional_matches_[s.begin_step];
        return RunStep(i + 1, row);
    }
    return Stop(Status::Internal("unknown plan step"));
  }

  // The plan's first step of `kind`, or null.
  const PlanStep* FindStep(PlanStep::Kind kind) const {
    auto it = std::find_if(plan_.steps.begin(), plan_.steps.end(), [&](const PlanStep& s) { return s.kind == kind; });
    return it == plan_.steps.end() ? nullptr : &*it;
  }

  bool ReadsNullNode(const PlanStep& s, const Row& row) const {
    using K = PlanStep::Kind;
    switch (s.kind) {
      case K::kNodeCheck: return row[s.node].is_null();
      case K::kExpand:
      case K::kVarExpand:
      case K::kShortestPath:
      case K::kCountReachable:
        return row[s.from].is_null() || (s.target_bound && row[s.node].is_null());
      default: return false;
    }
  }

  bool BindNode(const PlanStep& s, size_t i, Row& row, VertexId v, bool named = false) {
    auto ok = NodeMatches(v, *s.node_constraint, row, named);
    if (!ok.ok()) return Stop(ok.status());
    if (!*ok) return true;
    row[s.node] = Value::Node(NodeId{v});
    return RunStep(i + 1, row);
  }

  bool NodeByName(const PlanStep& s, size_t i, Row& row) {
    Value scratch;
    auto name = eval_.EvaluateRef(*s.name, row, scratch);
    if (!name.ok()) return Stop(name.status());
    if ((*name)->type() != Value::Type::kString) return true;  // {name: 5} names nobody
    auto v = graph_.Find((*name)->as_string());
    if (!v) return true;
    return BindNode(s, i, row, *v, /*named=*/!s.exact_name);
  }

  // As in Cypher: no row for null or an empty list, one row for a value
  // that is not a list.
  bool Unwind(const PlanStep& s, size_t i, Row& row) {
    const BoundExpr& e = *s.list;
    if (e.kind == BoundExpr::Kind::kFunction && e.function == Function::kRange) return UnwindRange(s, i, row);
    Value scratch;
    auto list = eval_.EvaluateRef(*s.list, row, scratch);
    if (!list.ok()) return Stop(list.status());
    const Value& value = **list;
    if (value.is_null()) return true;
    if (value.type() != Value::Type::kList) {
      row[s.node] = value;
      return RunStep(i + 1, row);
    }
    for (const Value& item : value.as_list()) {
      row[s.node] = item;
      if (!RunStep(i + 1, row)) return false;
    }
    return true;
  }

  // UNWIND range(...): the numbers one at a time, no list made (5 million
  // of them once took 200 MB before the first row).
  bool UnwindRange(const PlanStep& s, size_t i, Row& row) {
    auto range = eval_.EvaluateRange(*s.list, row);
    if (!range.ok()) return Stop(range.status());
    for (uint64_t k = 0; k < range->count; ++k) {
      if (!Tick()) return false;
      row[s.node] = Value::Int(range->At(k));
      if (!RunStep(i + 1, row)) return false;
    }
    return true;
  }

  bool NodeScan(const PlanStep& s, size_t i, Row& row) {
    for (VertexId v = 0; v < graph_.num_vertices(); ++v) {
      if (!Tick()) return false;
      if (s.node_constraint->type && graph_.type(v) != *s.node_constraint->type) continue;
      if (!BindNode(s, i, row, v)) return false;
    }
    return true;
  }

  bool Expand(const PlanStep& s, size_t i, Row& row) {
    VertexId from = row[s.from].as_node().index;
    const Value target = s.target_bound ? row[s.node] : Value();
    // A relationship bound before is this one edge (none when it is null).
    const Value given = s.rel_bound ? row[s.rel->slot] : Value();
    if (s.rel_bound && given.type() != Value::Type::kEdge) return true;
    bool more = true;
    graph_.ForEachIncidence(from, GraphDirection(s.rel->direction, s.reversed), [&](const graph::Incidence& inc) {
      if (!more) return;
      if (s.target_bound && inc.neighbour != target.as_node().index) return;
      if (s.rel_bound && inc.edge != given.as_edge().index) return;
      if (UsedInMatch(inc.edge, s.distinct_from(), row)) return;
      auto edge_ok = EdgeMatches(inc.edge, *s.rel, row);
      if (!edge_ok.ok()) {
        more = Stop(edge_ok.status());
        return;
      }
      if (!*edge_ok) return;
      row[s.rel->slot] = Value::Edge(EdgeId{inc.edge});
      if (s.target_bound) {
        auto ok = NodeMatches(inc.neighbour, *s.node_constraint, row);
        if (!ok.ok()) {
          more = Stop(ok.status());
          return;
        }
        if (*ok) more = RunStep(i + 1, row);
      } else {
        more = BindNode(s, i, row, inc.neighbour);
      }
    });
    return more;
  }

  // Emits the end of a variable-length walk: `edges` in walk order.
  bool EmitVarEnd(const PlanStep& s, size_t i, Row& row, VertexId end, const std::vector<graph::EdgeId>& edges) {
    if (s.target_bound && row[s.node].as_node().index != end) return true;
    ValueList list;
    list.reserve(edges.size());
    for (auto e : edges) list.push_back(Value::Edge(EdgeId{e}));
    if (s.reversed) std::reverse(list.begin(), list.end());  // pattern order, left to right
    row[s.rel->slot] = Value::List(std::move(list));
    return EnterEnd(s, i, row, end);
  }

  // The far end of an expand or search: checked when bound before, else bound.
  bool EnterEnd(const PlanStep& s, size_t i, Row& row, VertexId end) {
    if (s.target_checked) return RunStep(i + 1, row);
    if (s.target_bound) {
      auto ok = NodeMatches(end, *s.node_constraint, row);
      if (!ok.ok()) return Stop(ok.status());
      return *ok ? RunStep(i + 1, row) : true;
    }
    return BindNode(s, i, row, end);
  }

  // Every trail (no relationship twice) of min..max hops, depth first.
  bool VarExpand(const PlanStep& s, size_t i, Row& row) {
    std::vector<graph::EdgeId> trail;
    Value saved_target = s.target_bound ? row[s.node] : Value();
    return Walk(s, i, row, row[s.from].as_node().index, trail, saved_target);
  }

  bool Walk(const PlanStep& s, size_t i, Row& row, VertexId at, std::vector<graph::EdgeId>& trail,
            const Value& target) {
    if (!Tick()) return false;
    int depth = static_cast<int>(trail.size());
    if (depth >= s.rel->min_hops) {
      if (s.target_bound) row[s.node] = target;
      if (!EmitVarEnd(s, i, row, at, trail)) return false;
    }
    if (depth >= s.rel->max_hops) return true;
    bool more = true;
    graph_.ForEachIncidence(at, GraphDirection(s.rel->direction, s.reversed), [&](const graph::Incidence& inc) {
      if (!more) return;
      if (std::find(trail.begin(), trail.end(), inc.edge) != trail.end()) return;
      if (UsedInMatch(inc.edge, s.distinct_from(), row)) return;
      auto edge_ok = EdgeMatches(inc.edge, *s.rel, row);
      if (!edge_ok.ok()) {
        more = Stop(edge_ok.status());
        return;
      }
      if (!*edge_ok) return;
      trail.push_back(inc.edge);
      more = Walk(s, i, row, inc.neighbour, trail, target);
      trail.pop_back();
    });
    return more;
  }

  // EXISTS, a pattern predicate or a pattern comprehension from `row`:
  // its plan run by an executor of its own, in this statement's time budget,
  // with a workspace of its own (this one may be mid-search), made only
  // when it searches.
  Result<Value> RunSubquery(const BoundExpr& e, const Row& row) {
    ValueList values;
    const RowOutput collect = [&values, &e](std::vector<Value>&& result) {
      values.push_back(std::move(result[0]));
      return !e.exists;  // one match answers EXISTS
    };
    QueryLimits limits = limits_;
    limits.max_rows = 0;  // a comprehension's list is one value, as collect()'s is
    if (limits.timeout.count() > 0) limits.started = deadline_ - limits.timeout;
    Executor sub(*e.subquery, graph_, params_, evidence_, limits, text_, nullptr, collect);
    sub.spare_workspace_ = &sub_workspace_;
    KG_RETURN_IF_ERROR(sub.Run(&row));
    if (e.exists) return Value::Bool(!values.empty());
    return Value::List(std::move(values));
  }

  graph::SearchWorkspace& Workspace() {
    if (!workspace_) {
      // A subquery's lives in its parent, made once for all its rows.
      std::unique_ptr<graph::SearchWorkspace>& slot = spare_workspace_ ? *spare_workspace_ : own_workspace_;
      if (!slot) slot = std::make_unique<graph::SearchWorkspace>(graph_);
      workspace_ = slot.get();
    }
    return *workspace_;
  }

  // Breadth-first from `start` over the edges `s.rel` allows, up to
  // max_hops; calls visit(v, distance) for each vertex reached (not start),
  // in BFS order. Leaves parents in the workspace (side 0) for paths.
  // Sets *closed_trail_hops to the length of the shortest closed trail
  // through `start` found within max_hops (or leaves it untouched).
  template <typename Visit>
  bool BreadthFirst(const PlanStep& s, Row& row, VertexId start, int* closed_trail_hops, Visit&& visit) {
    auto& ws = Workspace();
    ws.KeepParents();
    ws.NewEpoch();
    graph::Direction dir = GraphDirection(s.rel->direction, s.reversed);
    ws.Mark(0, start, 0, graph::kNoEdge, graph::kNoVertex);
    // Which first hop each vertex was reached through (for closed trails).
    ws.Mark(1, start, 0, graph::kNoEdge, start);
    auto& frontier = ws.frontier[0];
    auto& next = ws.next;
    frontier.assign(1, start);
    for (int depth = 0; depth < s.rel->max_hops && !frontier.empty(); ++depth) {
      next.clear();
      for (VertexId u : frontier) {
        if (!Tick()) return false;
        bool more = true;
        graph_.ForEachIncidence(u, dir, [&](const graph::Incidence& inc) {
          if (!more) return;
          auto edge_ok = EdgeMatches(inc.edge, *s.rel, row);
          if (!edge_ok.ok()) {
            more = Stop(edge_ok.status());
            return;
          }
          if (!*edge_ok) return;
          VertexId v = inc.neighbour;
          if (!ws.Seen(0, v)) {
            ws.Mark(0, v, static_cast<uint8_t>(depth + 1), inc.edge, u);
            ws.Mark(1, v, 0, graph::kNoEdge, u == start ? v : ws.ViaVertex(1, u));
            next.push_back(v);
            more = visit(v, depth + 1);
            return;
          }
          if (!closed_trail_hops || inc.edge == ws.ViaEdge(0, v) || inc.edge == ws.ViaEdge(0, u)) return;
          // A non-tree edge between two branches closes a trail through start.
          int hops = -1;
          if (v == start) {
            hops = depth + 1;
          } else if (dir == graph::Direction::kBoth && ws.ViaVertex(1, u) != ws.ViaVertex(1, v)) {
            hops = depth + ws.Distance(0, v) + 1;
          } else if (dir == graph::Direction::kBoth && u == start) {
            hops = 1 + ws.Distance(0, v);  // a second edge between start and v
          }
          if (hops > 0 && hops <= s.rel->max_hops && (*closed_trail_hops < 0 || hops < *closed_trail_hops)) {
            *closed_trail_hops = hops;
          }
        });
        if (!more) return false;
      }
      std::swap(frontier, next);
    }
    return true;
  }

  // Each end node once: the rows of a query that ignores repeats are the
  // same as walking every trail, at the cost of one breadth-first search.
  bool VarExpandDistinct(const PlanStep& s, size_t i, Row& row) {
    VertexId start = row[s.from].as_node().index;
    std::vector<VertexId> reached;
    int closed = -1;
    if (!BreadthFirst(s, row, start, &closed, [&](VertexId v, int) {
          reached.push_back(v);
          return true;
        })) {
      return false;
    }
    static const std::vector<graph::EdgeId> kNoEdges;
    if (s.rel->min_hops == 0 || closed > 0) {
      if (!EmitVarEnd(s, i, row, start, kNoEdges)) return false;
    }
    for (VertexId v : reached) {
      if (!EmitVarEnd(s, i, row, v, kNoEdges)) return false;
    }
    return true;
  }

  // A shortest path read only through its length (ReadLengthsOnly in the
  // planner): the length and the end node, no relationships.
  bool EmitLength(const PlanStep& s, size_t i, Row& row, VertexId end, int length) {
    if (length < s.rel->min_hops) return true;
    row[s.length] = Value::Int(length);
    return EnterEnd(s, i, row, end);
  }

  bool EmitPath(const PlanStep& s, size_t i, Row& row, const graph::Path& path) {
    if (s.length >= 0) return EmitLength(s, i, row, path.end(), static_cast<int>(path.hops()));
    if (static_cast<int>(path.hops()) < s.rel->min_hops) return true;
    std::vector<graph::EdgeId> edges;
    edges.reserve(path.hops());
    for (const auto& step : path.steps) edges.push_back(step.edge);
    if (s.path >= 0) {
      // The search's steps know each hop's far end, so no edge's source
      // has to be looked up (an O(log n) search per edge).
      PathValue value;
      value.nodes.reserve(path.hops() + 1);
      value.edges.reserve(path.hops());
      value.nodes.push_back(NodeId{path.start});
      for (const auto& step : path.steps) {
        value.nodes.push_back(NodeId{step.to});
        value.edges.push_back(EdgeId{step.edge});
      }
      if (s.reversed) {  // pattern order, left to right
        std::reverse(value.nodes.begin(), value.nodes.end());
        std::reverse(value.edges.begin(), value.edges.end());
      }
      row[s.path] = Value::Path(std::move(value));
    }
    return EmitVarEnd(s, i, row, path.end(), edges);
  }

  graph::PathOptions PathOptionsFor(const PlanStep& s) const {
    graph::PathOptions options;
    options.filter.direction = GraphDirection(s.rel->direction, s.reversed);
    options.filter.predicates = s.rel->predicates;
    options.filter.include_negated = s.rel->include_negated;
    options.max_hops = std::max(1, s.rel->max_hops);
    options.limit = limits_.max_rows ? limits_.max_rows : options.limit;
    return options;
  }

  bool ShortestPaths(const PlanStep& s, size_t i, Row& row) {
    VertexId from = row[s.from].as_node().index;
    bool all = s.shortest == ast::ShortestKind::kAllShortest;
    if (s.target_bound) {
      VertexId to = row[s.node].as_node().index;
      if (from == to) {
        if (s.rel->min_hops > 0) return true;
        return EmitPath(s, i, row, graph::Path{from, {}});
      }
      if (!s.rel->equals.empty()) return ShortestByBreadthFirst(s, i, row, from, to);
      auto options = PathOptionsFor(s);
      if (all) {
        auto paths = graph::AllShortestPaths(graph_, from, to, options, &Workspace());
        if (!paths.ok()) return Stop(paths.status());
        for (const auto& p : *paths) {
          if (!EmitPath(s, i, row, p)) return false;
        }
        return true;
      }
      if (s.length >= 0) {
        auto length = graph::ShortestPathLength(graph_, from, to, options, &Workspace());
        if (!length.ok()) return Stop(length.status());
        return *length < 0 || EmitLength(s, i, row, to, *length);
      }
      auto path = graph::ShortestPath(graph_, from, to, options, &Workspace());
      if (!path.ok()) return Stop(path.status());
      return !*path || EmitPath(s, i, row, **path);
    }
    return ShortestByBreadthFirst(s, i, row, from, std::nullopt);
  }

  // One shortest path to every vertex within reach (or to `only`), from
  // the breadth-first tree; allShortestPaths asks the engine per end node.
  bool ShortestByBreadthFirst(const PlanStep& s, size_t i, Row& row, VertexId from, std::optional<VertexId> only) {
    std::vector<std::pair<VertexId, int>> reached;
    if (!BreadthFirst(s, row, from, nullptr, [&](VertexId v, int d) {
          if (!only || v == *only) reached.emplace_back(v, d);
          return !only || v != *only;
        })) {
      if (!status_.ok()) return false;
    }
    if (s.rel->min_hops == 0 && !only) {
      if (!EmitPath(s, i, row, graph::Path{from, {}})) return false;
    }
    if (s.length >= 0) {
      for (auto [v, d] : reached) {
        if (!Tick() || !EmitLength(s, i, row, v, d)) return false;
      }
      return true;
    }
    bool all = s.shortest == ast::ShortestKind::kAllShortest;
    auto& ws = Workspace();
    // The emits below run later steps that may search again and reuse the
    // workspace, so every path is read out of it first.
    std::vector<graph::Path> paths;
    for (auto [v, d] : reached) {
      if (d < s.rel->min_hops) continue;
      if (all && s.rel->equals.empty()) {
        continue;
      }
      graph::Path p{from, {}};
      for (VertexId at = v; at != from; at = ws.ViaVertex(0, at)) {
        graph::EdgeId e = ws.ViaEdge(0, at);
        VertexId prev = ws.ViaVertex(0, at);
        p.steps.push_back(graph::PathStep{e, prev, at, graph_.target(e) == at});
      }
      std::reverse(p.steps.begin(), p.steps.end());
      paths.push_back(std::move(p));
    }
    if (all && s.rel->equals.empty()) {
      auto options = PathOptionsFor(s);
      for (auto [v, d] : reached) {
        if (d < s.rel->min_hops) continue;
        auto found = graph::AllShortestPaths(graph_, from, v, options, &Workspace());
        if (!found.ok()) return Stop(found.status());
        for (auto& p : *found) paths.push_back(std::move(p));
      }
    }
    for (const auto& p : paths) {
      if (!Tick() || !EmitPath(s, i, row, p)) return false;
    }
    return true;
  }

  bool BindPath(const PlanStep& s, size_t i, Row& row) {
    const BoundPattern& p = *s.pattern;
    PathValue path;
    path.nodes.push_back(row[p.nodes[0].slot].as_node());
    for (size_t r = 0; r < p.rels.size(); ++r) {
      const Value& rel = row[p.rels[r].slot];
      auto walk = [&](graph::EdgeId e) {
        VertexId at = path.nodes.back().index;
        VertexId src = graph_.source(e), dst = graph_.target(e);
        path.edges.push_back(EdgeId{e});
        path.nodes.push_back(NodeId{src == at ? dst : src});
      };
      if (rel.type() == Value::Type::kEdge) {
        walk(rel.as_edge().index);
      } else {
        for (const auto& e : rel.as_list()) walk(e.as_edge().index);
      }
      path.nodes.back() = row[p.nodes[r + 1].slot].as_node();
    }
    row[s.node] = Value::Path(std::move(path));
    return RunStep(i + 1, row);
  }

  const Plan& plan_;
  const BoundQuery& q_;
  const graph::KnowledgeGraph& graph_;
  const Parameters& params_;
  const EvidenceLookup& evidence_;
  std::string_view text_;
  const QueryLimits& limits_;
  ExpressionEvaluator eval_;
  Projection projection_;
  Clock::time_point deadline_;
  uint64_t ticks_ = 0;
  Status status_;
  // Matches seen below each kOptional step, by step index; sized in Run()
  // only for a plan that has one (no allocation per statement otherwise).
  std::vector<uint64_t> optional_matches_;
  graph::SearchWorkspace* workspace_;  // the caller's, or own_workspace_
  std::unique_ptr<graph::SearchWorkspace> own_workspace_;
  std::unique_ptr<graph::SearchWorkspace> sub_workspace_;  // the subqueries', made on first use
  std::unique_ptr<graph::SearchWorkspace>* spare_workspace_ = nullptr;  // a subquery's: its parent's sub_workspace_
};

}  // namespace

Status ExecutePlan(const Plan& plan, std::shared_ptr<const graph::KnowledgeGraph> graph, const Parameters& params,
                   const EvidenceLookup& evidence, const QueryLimits& limits, std::string_view text, RowSink& sink,
                   graph::SearchWorkspace* workspace) {
  ResultHeader header;
  for (const auto& item : plan.query->items) header.columns.push_back(item.column);
  header.graph = graph;
  KG_RETURN_IF_ERROR(sink.Begin(header));
  if (plan.query->explain) return sink.Plan(ExplainPlan(plan));
  Status refused;  // why the sink took no more rows
  const RowOutput out = [&sink, &refused](std::vector<Value>&& row) {
    Status s = sink.Add(std::move(row));
    if (s.ok()) return true;
    refused = std::move(s);
    return false;
  };
  Executor executor(plan, *graph, params, evidence, limits, text, workspace, out);
  Status status = executor.Run();
  if (status.ok()) status = std::move(refused);
  Status end = sink.End(status);
  return status.ok() ? end : status;
}

}  // namespace kg::query
