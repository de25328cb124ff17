// QueryEngine: the facade `kg query` and `kg repl` run statements through.
//
//   auto engine = QueryEngine::Open(store);           // loads the graph
//   TextOutput out(stdout);
//   auto writer = MakeResultWriter(OutputFormat::kCsv, out);  // result_formatter.h
//   Status s = (*engine)->Run("MATCH (a)-[:criticizes]->(b) RETURN a, b",
//                             params, limits, *writer);  // rows printed as they come
//
// Run = Prepare (parse, bind, plan) + run into a RowSink (row_sink.h);
// Execute runs into a ResultCollector and returns the whole ResultSet, for
// callers that want it in memory. Errors are InvalidInput with
// line:column and a caret (bad statement), NotFound (unknown entity names are
// not errors: they match nothing), LimitExceeded (row cap, time budget),
// Cancelled (Ctrl-C).
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include "graph/graph_opener.h"
#include "query/parameters.h"
#include "query/query_limits.h"
#include "query/result_set.h"
#include "query/row_sink.h"
#include "query/source_error.h"
#include "query/value.h"
#include "schema/status.h"
#include "schema/store.h"

namespace kg::graph {
class SearchWorkspace;
}

namespace kg::query {

// Reads the evidence rows of one triple as a list of maps (evidence(r)).
using EvidenceLookup = std::function<Result<Value>(int64_t triple_id)>;

// A parsed, bound and planned statement; run it any number of times with
// different parameters on the engine that prepared it.
class PreparedQuery;

class QueryEngine {
 public:
  // Opens the graph of `store` (which must outlive the engine: it is read
  // again for evidence(r)) as graph::OpenGraph does with `options`, from the
  // snapshot file beside the store by default; ReloadIfStale reopens alike.
  static Result<std::unique_ptr<QueryEngine>> Open(Store& store, const graph::OpenOptions& options = {});
  // Queries an already loaded snapshot.
  QueryEngine(std::shared_ptr<const graph::KnowledgeGraph> graph, Store& store);
  ~QueryEngine();
  QueryEngine(const QueryEngine&) = delete;
  QueryEngine& operator=(const QueryEngine&) = delete;

  // `origin`: where the statement begins in its script, so that errors name
  // the script's line and column.
  Result<std::shared_ptr<const PreparedQuery>> Prepare(std::string_view statement, SourcePos origin = {}) const;
  // Gives the rows to `sink` as they are made (Begin, Add…, End; see
  // row_sink.h). An error before the first row (a bad statement) leaves
  // the sink untouched.
  Status Run(const PreparedQuery& query, const Parameters& params, const QueryLimits& limits, RowSink& sink) const;
  Status Run(std::string_view statement, const Parameters& params, const QueryLimits& limits, RowSink& sink,
             SourcePos origin = {}) const;
  // The whole result in memory.
  Result<ResultSet> Execute(const PreparedQuery& query, const Parameters& params,
                            const QueryLimits& limits) const;
  Result<ResultSet> Execute(std::string_view statement, const Parameters& params,
                            const QueryLimits& limits, SourcePos origin = {}) const;

  // Reloads the snapshot when another process (or command) has written to
  // the store since it was loaded; returns true when it did. Statements
  // prepared before must be prepared again.
  Result<bool> ReloadIfStale();

  const graph::KnowledgeGraph& graph() const { return *graph_; }

 private:
  // Scratch space of path searches, one per statement running at once,
  // kept between statements (each is arrays of the graph's size).
  std::unique_ptr<graph::SearchWorkspace> TakeWorkspace() const;
  void ReturnWorkspace(std::unique_ptr<graph::SearchWorkspace> workspace) const;

  std::shared_ptr<const graph::KnowledgeGraph> graph_;
  Store& store_;
  graph::OpenOptions open_options_;  // of Open, for ReloadIfStale
  // evidence(r), made once: a lookup made per statement cost about a tenth
  // of a short statement's time (two allocations and their frees).
  EvidenceLookup evidence_;
  mutable std::mutex workspaces_mutex_;
  mutable std::vector<std::unique_ptr<graph::SearchWorkspace>> workspaces_;
};


}  // namespace kg::query
