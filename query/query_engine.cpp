#include "query/query_engine.h"

#include "graph/graph_opener.h"
#include "graph/knowledge_graph.h"
#include "graph/search_workspace.h"
#include "query/binder.h"
#include "query/evidence_values.h"
#include "query/executor.h"
#include "query/parser.h"
#include "query/planner.h"
#include "query/result_collector.h"

namespace kg::query {

class PreparedQuery {
 public:
  PreparedQuery(std::string text, Plan plan) : text_(std::move(text)), plan_(std::move(plan)) {}
  const std::string& text() const { return text_; }
  const Plan& plan() const { return plan_; }

 private:
  std::string text_;  // the plan's error positions refer to it
  Plan plan_;
};

Result<std::unique_ptr<QueryEngine>> QueryEngine::Open(Store& store, const graph::OpenOptions& options) {
  KG_ASSIGN_OR_RETURN(auto graph, graph::OpenGraph(store, options));
  auto engine = std::make_unique<QueryEngine>(std::shared_ptr<const graph::KnowledgeGraph>(std::move(graph)), store);
  engine->open_options_ = options;
  return engine;
}

QueryEngine::QueryEngine(std::shared_ptr<const graph::KnowledgeGraph> graph, Store& store)
    : graph_(std::move(graph)), store_(store), evidence_(EvidenceFromStore(store)) {}

QueryEngine::~QueryEngine() = default;

Result<std::shared_ptr<const PreparedQuery>> QueryEngine::Prepare(std::string_view statement,
                                                                  SourcePos origin) const {
  KG_ASSIGN_OR_RETURN(ast::Statement st, ParseStatement(statement, origin));
  KG_ASSIGN_OR_RETURN(BoundQuery bound, Bind(st, statement, *graph_));
  Plan plan = PlanQuery(std::make_unique<BoundQuery>(std::move(bound)));
  return std::make_shared<const PreparedQuery>(std::string(statement), std::move(plan));
}

std::unique_ptr<graph::SearchWorkspace> QueryEngine::TakeWorkspace() const {
  std::lock_guard lock(workspaces_mutex_);
  if (workspaces_.empty()) return std::make_unique<graph::SearchWorkspace>(*graph_);
  auto workspace = std::move(workspaces_.back());
  workspaces_.pop_back();
  return workspace;
}

void QueryEngine::ReturnWorkspace(std::unique_ptr<graph::SearchWorkspace> workspace) const {
  std::lock_guard lock(workspaces_mutex_);
  workspaces_.push_back(std::move(workspace));
}

Status QueryEngine::Run(const PreparedQuery& query, const Parameters& params, const QueryLimits& limits,
                        RowSink& sink) const {
  auto workspace = TakeWorkspace();
  Status status = ExecutePlan(query.plan(), graph_, params, evidence_, limits, query.text(), sink, workspace.get());
  ReturnWorkspace(std::move(workspace));
  return status;
}

Status QueryEngine::Run(std::string_view statement, const Parameters& params, const QueryLimits& limits,
                        RowSink& sink, SourcePos origin) const {
  // The budget covers parsing, binding and planning as well as the run.
  QueryLimits budget = limits;
  if (budget.started == std::chrono::steady_clock::time_point{}) budget.started = std::chrono::steady_clock::now();
  KG_ASSIGN_OR_RETURN(auto prepared, Prepare(statement, origin));
  KG_RETURN_IF_ERROR(budget.Check(budget.Deadline()));
  return Run(*prepared, params, budget, sink);
}

Result<ResultSet> QueryEngine::Execute(const PreparedQuery& query, const Parameters& params,
                                       const QueryLimits& limits) const {
  ResultCollector collector;
  KG_RETURN_IF_ERROR(Run(query, params, limits, collector));
  return std::move(collector.result());
}

Result<ResultSet> QueryEngine::Execute(std::string_view statement, const Parameters& params,
                                       const QueryLimits& limits, SourcePos origin) const {
  ResultCollector collector;
  KG_RETURN_IF_ERROR(Run(statement, params, limits, collector, origin));
  return std::move(collector.result());
}

Result<bool> QueryEngine::ReloadIfStale() {
  KG_ASSIGN_OR_RETURN(bool stale, graph_->IsStale(store_));
  if (!stale) return false;
  KG_ASSIGN_OR_RETURN(auto graph, graph::OpenGraph(store_, open_options_));
  graph_ = std::shared_ptr<const graph::KnowledgeGraph>(std::move(graph));
  std::lock_guard lock(workspaces_mutex_);
  workspaces_.clear();  // sized for the old snapshot
  return true;
}

}  // namespace kg::query
