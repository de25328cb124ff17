#include "query/repl/meta_command.h"

#include <fmt/format.h>

#include "query/repl/text_util.h"

namespace kg::repl {

const std::vector<MetaCommandSpec>& MetaCommandSpecs() {
  static const std::vector<MetaCommandSpec> specs = {
      {"help", "[COMMAND]", "list the commands, or explain one", 0, 1, {"h", "?"}, false},
      {"stats", "", "counts of documents, entities, triples and evidence", 0, 0, {}, false},
      {"schema", "", "entity types and predicates, with their counts", 0, 0, {}, false},
      {"format", "[FORMAT]",
       "how results are shown: table (fits the terminal), line (a record per block), json, csv or dot", 0, 1,
       {"mode"}, false},
      {"pager", "[on|off]", "long results through $PAGER (default less -FRX) at a terminal; on by default", 0, 1,
       {}, false},
      {"expanded", "[on|off]", "one record per block (:format line) or back, as psql's \\x; toggles", 0, 1, {"x"},
       false},
      {"path", "A B", "a shortest path from entity A to entity B", 2, 2, {}, false},
      {"neighbours", "A [K]", "entities within K hops of A (default 1)", 1, 2, {"neighbors"}, false},
      {"evidence", "A PREDICATE B", "the sentences behind A -PREDICATE-> B", 3, 3, {}, false},
      {"export", "FORMAT FILE", "write the last result (or the whole graph) to FILE in a kg export format, or csv", 2, 2, {}, false},
      {"ingest", "FILE", "ingest an article file or folder (prose), then reload the graph", 1, 1, {}, false},
      {"import", "FILE", "import a triples file (TSV, JSON Lines, N-Triples), then reload the graph", 1, 1, {}, false},
      {"source", "FILE", "run the statements and commands of a script file, as sqlite3's .read", 1, 1, {"read"}, false},
      {"tables", "", "node labels and relationship types, names only (:schema counts them)", 0, 0, {}, false},
      {"param", "NAME [VALUE]",
       "set $NAME to VALUE: 42, 1.5, 'text', true, false, null or a [list]; without VALUE, show it", 1, 2, {}, true},
      {"params", "[clear]", "list the parameters :param set, or forget them all", 0, 1, {}, false},
      {"output", "[FILE]", "write results to FILE (made anew), or to the screen again without FILE", 0, 1, {}, false},
      {"timer", "on|off", "show how long each statement took", 1, 1, {}, false},
      {"quit", "", "leave the shell (Ctrl-D does too)", 0, 0, {"exit", "q"}, false},
  };
  return specs;
}

bool IsMetaCommandLine(std::string_view line) {
  line = Trim(line);
  return !line.empty() && (line.front() == ':' || line.front() == '.');
}

const MetaCommandSpec* FindMetaCommand(std::string_view name) {
  std::string lower = ToLower(name);
  for (const auto& spec : MetaCommandSpecs()) {
    if (spec.name == lower) return &spec;
    for (auto alias : spec.aliases) {
      if (alias == lower) return &spec;
    }
  }
  return nullptr;
}

std::optional<std::string_view> NearestMetaCommand(std::string_view name) {
  std::string lower = ToLower(name);
  std::optional<std::string_view> best;
  size_t best_distance = 0;
  for (const auto& spec : MetaCommandSpecs()) {
    size_t d = EditDistance(lower, spec.name);
    // A typed prefix ("neigh") is as good as a one-letter slip.
    if (lower.size() >= 2 && spec.name.substr(0, lower.size()) == lower) d = 1;
    if (!best || d < best_distance) {
      best = spec.name;
      best_distance = d;
    }
  }
  // Beyond a third of the word, the "nearest" command is a guess, not a typo.
  size_t tolerance = std::max<size_t>(2, lower.size() / 3);
  if (best && best_distance <= tolerance) return best;
  return std::nullopt;
}

ArgumentSplit SplitArguments(std::string_view text) {
  ArgumentSplit split;
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && IsBlank(text[i])) ++i;
    if (i == text.size()) break;
    split.starts.push_back(i);
    std::string word;
    char quote = '\0';
    for (; i < text.size(); ++i) {
      char c = text[i];
      if (quote) {
        if (c == '\\' && i + 1 < text.size()) {
          word += text[++i];
        } else if (c == quote) {
          quote = '\0';
        } else {
          word += c;
        }
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (IsBlank(c)) {
        break;
      } else {
        word += c;
      }
    }
    split.words.push_back(std::move(word));
    split.open_quote = quote != '\0';
  }
  return split;
}

Result<MetaCommand> ParseMetaCommand(std::string_view line) {
  line = Trim(line);
  if (!IsMetaCommandLine(line)) return Status::InvalidInput("not a meta-command: " + std::string(line));
  line.remove_prefix(1);
  ArgumentSplit split = SplitArguments(line);
  if (split.words.empty() || split.words.front().empty()) {
    return Status::InvalidInput("expected a command name after ':' (try :help)");
  }
  const std::string& name = split.words.front();
  MetaCommand command;
  command.spec = FindMetaCommand(name);
  if (!command.spec) {
    auto nearest = NearestMetaCommand(name);
    if (nearest) {
      return Status::InvalidInput(fmt::format("unknown command :{} (did you mean :{}?)", name, *nearest));
    }
    return Status::InvalidInput(fmt::format("unknown command :{} (:help lists them)", name));
  }
  if (command.spec->literal_tail && split.words.size() > 2) {
    // The tail is a literal whose quotes are its own ('it''s', ['a', 'b']).
    command.args = {split.words[1], std::string(Trim(line.substr(split.starts[2])))};
    return command;
  }
  if (split.open_quote) return Status::InvalidInput("unterminated quote in: :" + std::string(line));
  command.args.assign(split.words.begin() + 1, split.words.end());
  if (command.args.size() < command.spec->min_args || command.args.size() > command.spec->max_args) {
    return Status::InvalidInput(fmt::format("usage: :{} {}", command.spec->name, command.spec->usage));
  }
  return command;
}

}  // namespace kg::repl
