// Planner: BoundQuery -> Plan, the operators the executor runs in order.
//
// UNWIND clauses run where they are written, between the MATCH clauses. An
// OPTIONAL MATCH's steps (its WHERE included) sit between kOptional and
// kOptionalEnd.
// Each MATCH pattern starts at its most selective node: one already bound
// by an earlier pattern, else one named by {name: ...} or by a WHERE
// equality on .name (the name index), else one with a label, else any node.
// It then expands outwards along the pattern in both directions. Each WHERE
// conjunct runs right after the last variable it reads is bound. A
// variable-length relationship nobody names, in a query whose result does
// not depend on how many times a row repeats (RETURN DISTINCT, or only
// DISTINCT / min / max aggregates), is expanded breadth-first to each
// distinct end node once instead of walking every path to it. The
// neighbourhood-size question `MATCH (a {name: x})-[*1..k]-(b) WHERE b <> a
// RETURN count(DISTINCT b)` is answered by one breadth-first count in the
// graph engine (graph/neighbourhood.h), with no rows in between. A
// shortestPath whose path variable is read only by length(p) binds the
// length alone, and never rebuilds the path from the search.
#pragma once

#include <memory>
#include <span>
#include <string>
#include <vector>

#include "query/bound_query.h"

namespace kg::query {

struct PlanStep {
  enum class Kind {
    kNodeByName,    // node := the entity `name` names (index lookup)
    kNodeScan,      // node := every entity (of the label's type)
    kNodeCheck,     // node is bound already: check this occurrence's constraints
    kExpand,        // from -[rel]- node, one hop
    kVarExpand,     // from -[rel*min..max]- node
    kShortestPath,  // from -[rel*]- node, shortest paths only (and the path variable)
    kCountReachable,  // count(DISTINCT node) of from -[*1..max]- node, node <> from
    kBindPath,      // path := the pattern's nodes and relationships
    kFilter,        // WHERE conjunct
    kUnwind,        // node := each element of `list` in turn
    kOptional,      // OPTIONAL MATCH: the steps up to `end_step`; when they match nothing, `null_slots` := null
    kOptionalEnd,   // the end of the steps of the kOptional at `begin_step`: one more match
  };
  Kind kind;
  int node = -1;  // the slot this step binds or checks
  int from = -1;  // expands: the slot it starts from
  const NodeConstraint* node_constraint = nullptr;
  const RelConstraint* rel = nullptr;
  const BoundExpr* name = nullptr;    // kNodeByName: the name to look up
  bool exact_name = false;            // kNodeByName from WHERE n.name = x: case-sensitive
  bool reversed = false;              // the expand walks the pattern right to left
  bool target_bound = false;          // expand into a node bound earlier
  bool target_checked = false;        // ... by this very occurrence: its constraints hold already
  bool rel_bound = false;             // kExpand: the relationship is bound before (an earlier MATCH, a subquery's row)
  bool distinct_endpoints = false;    // kVarExpand: breadth-first, each end node once
  ast::ShortestKind shortest = ast::ShortestKind::kNone;
  int path = -1;  // kShortestPath: the path variable it binds as well (the search knows every node)
  int length = -1;  // kShortestPath: binds only the path's length here; no path, no relationships
  // The relationship slots of the same MATCH this step's edge must differ
  // from: the first `distinct_count` of a list all the MATCH's steps share,
  // so that a plan grows linearly with the pattern, not with its square.
  std::shared_ptr<const std::vector<int>> match_rels;
  size_t distinct_count = 0;
  std::span<const int> distinct_from() const {
    return match_rels ? std::span<const int>(match_rels->data(), distinct_count) : std::span<const int>();
  }
  const BoundPattern* pattern = nullptr;  // kBindPath
  const BoundExpr* filter = nullptr;      // kFilter
  const BoundExpr* list = nullptr;        // kUnwind
  size_t end_step = 0, begin_step = 0;    // kOptional, kOptionalEnd
  std::vector<int> null_slots;            // kOptional: the variables the OPTIONAL MATCH binds
};

struct Plan {
  std::unique_ptr<const BoundQuery> query;
  std::vector<PlanStep> steps;
  std::unique_ptr<const Plan> input;  // after WITH: the plan of the part before it
};

// May rewrite `query`'s expressions: `length(p)` of a shortest path p that
// is read no other way becomes a variable the search binds (see
// ReadLengthsOnly in planner.cpp).
Plan PlanQuery(std::unique_ptr<BoundQuery> query);

// The plan as EXPLAIN prints it: one operator per line, in execution order.
std::string ExplainPlan(const Plan& plan);

}  // namespace kg::query
