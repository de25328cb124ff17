// Executor: runs a Plan against one graph snapshot.
//
// Operators are nested loops over the plan's steps: each step binds its
// slot of the row for every match and hands the row to the next step; the
// last step hands it to the Projection. Every step ticks a budget that
// checks the time limit and the cancellation flag every few thousand ticks.
// Each result row goes to the RowSink as soon as it is made (row_sink.h).
#pragma once

#include <string_view>

#include "graph/search_workspace.h"

#include "query/expression_evaluator.h"
#include "query/planner.h"
#include "query/query_engine.h"
#include "query/query_limits.h"
#include "query/row_sink.h"

namespace kg::query {

// Runs `plan` into `sink`: Begin, then Plan (EXPLAIN) or each row and End
// with the run's outcome. Returns that outcome (or the sink's own error).
// `text` is the statement (for error carets); `evidence` serves evidence(r).
// `workspace` (built for `graph`, may be null) is the scratch space of path
// searches: reusing one saves allocating arrays of the graph's size per run.
Status ExecutePlan(const Plan& plan, std::shared_ptr<const graph::KnowledgeGraph> graph, const Parameters& params,
                   const EvidenceLookup& evidence, const QueryLimits& limits, std::string_view text, RowSink& sink,
                   graph::SearchWorkspace* workspace = nullptr);

}  // namespace kg::query
