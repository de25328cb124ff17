// Meta-commands: the shell's own commands, `:name args…` (or `.name`, as in
// sqlite3), as opposed to query statements, which go to the query engine.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "schema/status.h"

namespace kg::repl {

struct MetaCommandSpec {
  std::string_view name;
  std::string_view usage;  // the arguments, as shown by :help
  std::string_view help;
  size_t min_args;
  size_t max_args;
  std::vector<std::string_view> aliases;
  // The arguments after the first are one, taken as typed, quotes and all
  // (a literal such as 'it''s' or ['a', 'b'], for :param).
  bool literal_tail;
};

// Every meta-command, in the order :help lists them.
const std::vector<MetaCommandSpec>& MetaCommandSpecs();

struct MetaCommand {
  const MetaCommandSpec* spec = nullptr;
  std::vector<std::string> args;  // unquoted; for a literal_tail spec, the tail as typed is the last
};

// True when `line` is a meta-command rather than (part of) a statement.
bool IsMetaCommandLine(std::string_view line);

// Splits a meta-command line into its name and arguments, honouring "…" and
// '…' quotes with backslash escapes. An unknown name gets a "did you mean"
// suggestion; a wrong number of arguments gets the usage line.
Result<MetaCommand> ParseMetaCommand(std::string_view line);

// Splits arguments alone; exposed for completion, which must know which
// argument the cursor is in even when its quote is still open.
struct ArgumentSplit {
  std::vector<std::string> words;
  std::vector<size_t> starts;  // where each word (or its opening quote) begins in the text
  bool open_quote = false;  // the last word's quote is not closed yet
};
ArgumentSplit SplitArguments(std::string_view text);

// The known command (name or alias) closest to `name`, if any is near enough
// to be a plausible typo.
std::optional<std::string_view> NearestMetaCommand(std::string_view name);

const MetaCommandSpec* FindMetaCommand(std::string_view name);

}  // namespace kg::repl
