// Shell: the read–eval–print loop of `kg repl`.
//
// Reads lines from a LineSource, sends meta-commands (:path, :format …) and
// complete statements (ended by `;`) to the ReplBackend, and prints what comes
// back. No error ends it: a failed statement is reported and the next one
// runs; only :quit, Ctrl-D or the end of input do.
#pragma once

#include <chrono>
#include <cstdio>
#include <functional>
#include <memory>
#include <string>

#include "query/parameters.h"
#include "query/repl/line_source.h"
#include "query/repl/meta_command.h"
#include "query/repl/repl_backend.h"
#include "query/statement_splitter.h"

namespace kg::repl {

struct ShellOptions {
  // On a terminal: prompts, and Ctrl-C returns to the prompt. Otherwise a
  // script: no prompts, errors name the input line, and any failure makes
  // the exit code non-zero.
  bool interactive = false;
  bool color = false;
  std::string input_name = "<stdin>";  // for script error messages
  // Columns a table may use, asked before each result; 0 = no limit.
  std::function<size_t()> terminal_width = [] { return size_t{0}; };
  // Lines the screen shows, asked before each result; 0 = not a terminal.
  std::function<size_t()> terminal_rows = [] { return size_t{0}; };
  // Shows a text longer than the screen (query/repl/pager.h), false when it
  // could not; null when output is not a terminal. Used only when
  // interactive, for results on the screen, while :pager is on (the default).
  std::function<bool(const std::string&)> pager;
};

inline constexpr const char* kPrompt = "kg> ";
inline constexpr const char* kContinuationPrompt = "  -> ";

class Shell {
 public:
  Shell(ReplBackend& backend, LineSource& input, std::FILE* out, std::FILE* err, ShellOptions options);

  // Runs until :quit or the end of input; returns the exit code.
  int Run();

  // Handles one input line (or a recalled multi-line history entry); false
  // once the user asked to quit.
  bool HandleLine(const std::string& line);

  int failures() const { return failures_; }
  OutputFormat format() const { return view_.format; }
  bool timer() const { return timer_; }
  bool pager() const { return pager_; }

 private:
  bool HandleOneLine(const std::string& line);
  void RunStatement(const query::ScriptStatement& statement);
  void RunMetaCommand(const std::string& line);
  Result<std::string> Dispatch(const MetaCommand& command, const CancelFlag& cancel, bool& quit);
  // Prints the outcome of a statement or meta-command and counts failures;
  // `interrupted`: Ctrl-C was pressed while it ran.
  void Report(const Result<std::string>& result, std::chrono::steady_clock::duration elapsed,
              bool interrupted);
  void PrintError(const std::string& message);
  std::string Help(const std::string& topic) const;
  // :source FILE: runs the file's lines as a script (statements and
  // commands), in a shell of its own over the same backend and settings.
  Result<std::string> Source(const std::string& file);
  OutputView View() const;
  // Where results go: the :output file, else the screen.
  std::FILE* Results() const { return output_ ? output_.get() : out_; }
  Result<std::string> SetOutput(const std::vector<std::string>& args);
  // :expanded / :x: toggles :format line, and back to the format before.
  Result<std::string> Expanded(const std::vector<std::string>& args);
  Result<std::string> SetPager(const std::vector<std::string>& args);
  // Prints `text` where results go, through the pager when it is longer
  // than the screen and paging applies.
  void PrintResult(const std::string& text);
  Result<std::string> Param(const std::vector<std::string>& args);
  Result<std::string> Params(const std::vector<std::string>& args);
  std::string Tables();

  ReplBackend& backend_;
  LineSource& input_;
  std::FILE* out_;
  std::FILE* err_;
  ShellOptions options_;
  query::StatementSplitter splitter_;
  std::string typed_;  // the lines of the pending statement, for the history
  OutputView view_;
  OutputFormat unexpanded_ = OutputFormat::kTable;  // what :expanded off goes back to
  query::Parameters params_;           // set with :param, given to every statement
  std::shared_ptr<std::FILE> output_;  // set with :output FILE; shared with :source-d scripts
  bool timer_ = false;
  bool pager_ = true;  // :pager on|off
  int failures_ = 0;
  bool stop_ = false;             // a script was interrupted
  int depth_ = 0;                 // scripts :source-d inside one another
  int line_number_ = 0;           // of the input, for script error messages
  int statement_line_ = 0;        // where the statement or command being run began
};

}  // namespace kg::repl
