// ReplBackend: what the shell asks of the engines behind it.
//
// The shell (shell.h) owns the conversation — reading, splitting, dispatching,
// reporting — and knows nothing of SQLite, Boost.Graph or the query planner;
// kg/repl_command.cpp implements this interface over the real engines, and
// the tests over a fake. Each call returns the text to print, or a Status.
#pragma once

#include <atomic>
#include <cstddef>
#include <string>
#include <string_view>

#include "query/parameters.h"
#include "query/repl/completion.h"
#include "query/result_formatter.h"
#include "query/source_error.h"
#include "schema/status.h"

namespace kg::repl {

// The formats of query/result_formatter.h, by the name :format takes.
using query::OutputFormat;
std::string_view FormatName(OutputFormat format);

// How results are rendered for the current screen.
struct OutputView {
  OutputFormat format = OutputFormat::kTable;
  size_t max_width = 0;  // of a table, in columns; 0 = no limit (not a terminal)
  bool color = false;
};

// Set by the SIGINT handler (query/interrupt.h); long operations poll it
// and give up with Status::Cancelled.
using CancelFlag = std::atomic<bool>;

class ReplBackend {
 public:
  virtual ~ReplBackend() = default;

  // One query statement (without its `;`). Keeps its result for Export.
  // `origin`: where it begins in a script, so errors name the script's own
  // line and column (the default for a statement typed at the prompt).
  // `params`: the values of its $names, set with :param.
  virtual Result<std::string> RunStatement(const std::string& text, query::SourcePos origin,
                                           const query::Parameters& params, const OutputView& view,
                                           const CancelFlag& cancel) = 0;
  virtual Result<std::string> Stats() = 0;
  virtual Result<std::string> Schema(const OutputView& view) = 0;
  virtual Result<std::string> Path(const std::string& from, const std::string& to, const OutputView& view,
                                   const CancelFlag& cancel) = 0;
  virtual Result<std::string> Neighbours(const std::string& entity, int hops, const OutputView& view,
                                         const CancelFlag& cancel) = 0;
  virtual Result<std::string> Evidence(const std::string& subject, const std::string& predicate,
                                       const std::string& object, const OutputView& view) = 0;
  // Writes the last result, or the whole graph when there is none; returns
  // a one-line report of what was written.
  virtual Result<std::string> Export(const std::string& format, const std::string& file) = 0;
  // Ingests `file`, reloads the graph, returns a one-line report.
  virtual Result<std::string> Ingest(const std::string& file, const CancelFlag& cancel) = 0;
  // Imports the triples of `file` (as `kg import`), reloads the graph,
  // returns a one-line report.
  virtual Result<std::string> Import(const std::string& file) = 0;

  // Vocabulary for Tab completion, current as of the last (re)load.
  virtual const CompletionWords& Words() = 0;
};

}  // namespace kg::repl
