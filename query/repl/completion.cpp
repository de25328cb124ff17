#include "query/repl/completion.h"

#include <algorithm>
#include <cctype>
#include <utility>

#include "query/binder.h"
#include "query/parser.h"
#include "query/repl/meta_command.h"
#include "query/repl/text_util.h"

namespace kg::repl {
namespace {

bool IsWordChar(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }

bool IsQuoted(const std::string& w) { return !w.empty() && (w.front() == '"' || w.front() == '\''); }

// Bare names first: they are the short, likely ones.
void SortUnique(std::vector<std::string>& v) {
  std::sort(v.begin(), v.end(), [](const std::string& a, const std::string& b) {
    return std::make_pair(IsQuoted(a), std::string_view(a)) < std::make_pair(IsQuoted(b), std::string_view(b));
  });
  v.erase(std::unique(v.begin(), v.end()), v.end());
}

std::string SharedPrefix(const std::vector<std::string_view>& words) {
  if (words.empty()) return "";
  std::string_view prefix = words.front();
  for (std::string_view w : words) {
    size_t n = 0;
    while (n < prefix.size() && n < w.size() && prefix[n] == w[n]) ++n;
    prefix = prefix.substr(0, n);
  }
  return std::string(prefix);
}

// What a `.` after `variable` may be followed by: a node's properties if
// the line binds it in a node pattern, a relationship's in a relationship
// pattern, else either.
std::vector<std::string> PropertiesOf(std::string_view line, std::string_view variable, const CompletionWords& words) {
  for (size_t at = line.find(variable); at != std::string_view::npos; at = line.find(variable, at + 1)) {
    size_t end = at + variable.size();
    if ((at > 0 && IsWordChar(line[at - 1])) || (end < line.size() && IsWordChar(line[end]))) continue;
    size_t before = at;
    while (before > 0 && line[before - 1] == ' ') --before;
    if (before > 0 && line[before - 1] == '(') return words.node_properties;
    if (before > 0 && line[before - 1] == '[') return words.edge_properties;
  }
  std::vector<std::string> both = words.node_properties;
  both.insert(both.end(), words.edge_properties.begin(), words.edge_properties.end());
  return both;
}

// Adds each of `pool` that starts with `prefix`, shaped by `shape`.
template <typename Shape>
void AddMatching(const std::vector<std::string>& pool, std::string_view prefix, Shape shape,
                 std::vector<std::string>& out) {
  for (const auto& word : pool) {
    if (StartsWithIgnoreCase(word, prefix)) out.push_back(shape(word));
  }
}

std::string Same(const std::string& w) { return w; }
std::string QuotedIfNeeded(const std::string& w) { return QuoteIfNeeded(w); }

// Keywords come back in the case the user is typing in.
std::string MatchCase(const std::string& keyword, std::string_view typed) {
  bool lower = !typed.empty() && std::all_of(typed.begin(), typed.end(), [](char c) {
    return !std::isalpha(static_cast<unsigned char>(c)) || std::islower(static_cast<unsigned char>(c));
  });
  bool all_upper = std::none_of(keyword.begin(), keyword.end(),
                                [](char c) { return std::islower(static_cast<unsigned char>(c)); });
  return lower && all_upper ? ToLower(keyword) : keyword;
}

Completion CompleteMetaCommand(std::string_view line, const CompletionWords& words) {
  Completion result;
  size_t colon = line.find_first_not_of(" \t");
  std::string_view body = line.substr(colon + 1);
  ArgumentSplit split = SplitArguments(body);
  bool in_name = split.words.empty() || (split.words.size() == 1 && !IsBlank(body.back()));
  if (in_name) {
    std::string typed = split.words.empty() ? "" : split.words.front();
    result.start = colon;
    std::string prefix(1, line[colon]);
    for (const auto& spec : MetaCommandSpecs()) {
      if (StartsWithIgnoreCase(spec.name, typed)) result.candidates.push_back(prefix + std::string(spec.name));
    }
    return result;
  }
  const MetaCommandSpec* spec = FindMetaCommand(split.words.front());
  if (!spec) return result;
  bool new_word = !split.open_quote && IsBlank(body.back());
  size_t arg = new_word ? split.words.size() - 1 : split.words.size() - 2;
  std::string typed = new_word ? "" : split.words.back();
  result.start = colon + 1 + (new_word ? body.size() : split.starts.back());
  std::vector<std::string>& out = result.candidates;
  std::string_view name = spec->name;
  if (name == "format") {
    AddMatching({"table", "line", "json", "csv", "dot"}, typed, Same, out);
  } else if (name == "timer") {
    AddMatching({"on", "off"}, typed, Same, out);
  } else if (name == "params") {
    AddMatching({"clear"}, typed, Same, out);
  } else if (name == "help") {
    std::vector<std::string> names;
    for (const auto& s : MetaCommandSpecs()) names.emplace_back(s.name);
    AddMatching(names, typed, Same, out);
  } else if (name == "export" && arg == 0) {
    AddMatching(words.export_formats, typed, Same, out);
  } else if (name == "evidence" && arg == 1) {
    AddMatching(words.predicates, typed, QuotedIfNeeded, out);
  } else if (name == "path" || name == "neighbours" || name == "evidence") {
    if (arg < spec->max_args && !(name == "neighbours" && arg == 1)) {
      AddMatching(words.entities, typed, QuotedIfNeeded, out);
    }
  }
  return result;
}

// Where an unclosed '…' or "…" starts, if the cursor is inside one.
std::optional<size_t> OpenStringStart(std::string_view line) {
  std::optional<size_t> open;
  char quote = '\0';
  for (size_t i = 0; i < line.size(); ++i) {
    char c = line[i];
    if (quote) {
      if (c == '\\') {
        ++i;
      } else if (c == quote) {
        quote = '\0';
        open.reset();
      }
    } else if (c == '\'' || c == '"') {
      quote = c;
      open = i;
    } else if (c == '/' && i + 1 < line.size() && line[i + 1] == '/') {
      break;  // the rest is a comment
    }
  }
  return open;
}

// Whether a `:` at `colon` names a relationship type ([r:…]) or a label.
bool InsideRelationship(std::string_view line, size_t colon) {
  for (size_t i = colon; i-- > 0;) {
    if (line[i] == '[') return true;
    if (line[i] == '(' || line[i] == ']' || line[i] == ')') return false;
  }
  return false;
}

Completion CompleteStatement(std::string_view line, const CompletionWords& words) {
  Completion result;
  if (auto open = OpenStringStart(line)) {
    char quote = line[*open];
    result.start = *open;
    std::string_view typed = line.substr(*open + 1);
    AddMatching(words.entities, typed,
                [quote](const std::string& w) { return std::string(1, quote) + w + std::string(1, quote); },
                result.candidates);
    return result;
  }
  size_t start = line.size();
  while (start > 0 && IsWordChar(line[start - 1])) --start;
  std::string_view typed = line.substr(start);
  result.start = start;
  // A `:` (possibly after `|` alternatives) introduces a label or a type.
  size_t before = start;
  while (before > 0 && line[before - 1] == ' ') --before;
  if (before > 0 && (line[before - 1] == ':' || line[before - 1] == '|')) {
    size_t colon = line.rfind(':', before - 1);
    bool relationship = colon != std::string_view::npos && InsideRelationship(line, colon);
    AddMatching(relationship ? words.predicates : words.labels, typed, Same, result.candidates);
    return result;
  }
  // `a.na`: a property of the variable before the dot (not a float's `1.`).
  if (start > 1 && line[start - 1] == '.') {
    size_t dot = start - 1, variable = dot;
    while (variable > 0 && IsWordChar(line[variable - 1])) --variable;
    if (variable < dot && !std::isdigit(static_cast<unsigned char>(line[variable]))) {
      std::string_view name = line.substr(variable, dot - variable);
      AddMatching(PropertiesOf(line.substr(0, variable), name, words), typed, Same, result.candidates);
      return result;
    }
  }
  if (typed.empty()) return result;  // a Tab on a blank offers nothing useful
  AddMatching(words.keywords, typed, [typed](const std::string& w) { return MatchCase(w, typed); },
              result.candidates);
  return result;
}

}  // namespace

const std::vector<std::string>& QueryKeywords() {
  // The parser's and the binder's own lists, so completion never offers a
  // word the language lacks nor misses one it gained.
  static const std::vector<std::string> words = [] {
    std::vector<std::string> all = query::FunctionNames();
    for (std::string_view k : query::StatementKeywords()) all.emplace_back(k);
    return all;
  }();
  return words;
}

Completion Complete(std::string_view before_cursor, const CompletionWords& words) {
  Completion result = IsMetaCommandLine(before_cursor) ? CompleteMetaCommand(before_cursor, words)
                                                       : CompleteStatement(before_cursor, words);
  SortUnique(result.candidates);
  return result;
}

std::string CommonPrefix(const std::vector<std::string>& candidates) {
  std::vector<std::string_view> words(candidates.begin(), candidates.end());
  bool mixed = std::any_of(candidates.begin(), candidates.end(), IsQuoted) &&
               !std::all_of(candidates.begin(), candidates.end(), IsQuoted);
  if (!mixed) return SharedPrefix(words);
  for (std::string_view& w : words) {
    if (w.front() == '"' || w.front() == '\'') w.remove_prefix(1);
  }
  std::string prefix = SharedPrefix(words);
  return prefix.find_first_of(" \t") == std::string::npos ? prefix : "\"" + prefix;
}

}  // namespace kg::repl
