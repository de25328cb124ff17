// RowSink: where a statement's rows go, one at a time, as the executor
// makes them.
//
// A result used to be held whole (a ResultSet) and printed after the last
// row, so a two-hop pattern with no row cap took gigabytes before printing
// anything. The executor now pushes each row into a sink as soon as it is
// made: the format writers (result_formatter.h) print it and let it go, a
// ResultCollector (result_collector.h) keeps it. Only the operators that
// must see every row first (ORDER BY, DISTINCT, aggregates) hold rows.
//
//   Begin(header)  once, before anything else
//   Add(row)...    each row, in order; an error stops the statement
//   End(outcome)   once, last: OK, or the error that stopped the statement
//                  after the rows added so far (they stay added)
// or, for EXPLAIN, Begin(header) then Plan(text) and nothing else.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "query/value.h"
#include "schema/status.h"

namespace kg::graph {
class KnowledgeGraph;
}

namespace kg::query {

struct ResultHeader {
  std::vector<std::string> columns;
  // The snapshot the node, relationship and path values refer to; null for
  // results of plain values (the REPL's meta-commands build some).
  std::shared_ptr<const graph::KnowledgeGraph> graph;
};

class RowSink {
 public:
  virtual ~RowSink() = default;
  virtual Status Begin(const ResultHeader& header) = 0;
  // `row` has one value per column.
  virtual Status Add(std::vector<Value>&& row) = 0;
  virtual Status Plan(const std::string& plan) = 0;
  virtual Status End(const Status& outcome) = 0;
};

}  // namespace kg::query
