#include "query/repl/shell.h"

#include <fmt/format.h>

#include <algorithm>
#include <cstdlib>

#include "query/interrupt.h"
#include "query/repl/session_parameters.h"
#include "query/repl/stream_line_source.h"
#include "query/repl/text_util.h"

namespace kg::repl {
namespace {

constexpr const char* kRed = "\x1b[31m";
constexpr const char* kDim = "\x1b[2m";
constexpr const char* kReset = "\x1b[0m";
// A script may :source another; deeper than this it is reading itself.
constexpr int kMaxSourceDepth = 16;

Result<int> ParseHops(const std::string& text) {
  char* end = nullptr;
  long hops = std::strtol(text.c_str(), &end, 10);
  if (text.empty() || *end != '\0' || hops < 1 || hops > 100) {
    return Status::InvalidInput("K must be a number of hops from 1 to 100, not '" + text + "'");
  }
  return static_cast<int>(hops);
}

}  // namespace

std::string_view FormatName(OutputFormat format) {
  switch (format) {
    case OutputFormat::kTable: return "table";
    case OutputFormat::kJson: return "json";
    case OutputFormat::kCsv: return "csv";
    case OutputFormat::kDot: return "dot";
    case OutputFormat::kLine: return "line";
  }
  return "table";
}

Shell::Shell(ReplBackend& backend, LineSource& input, std::FILE* out, std::FILE* err, ShellOptions options)
    : backend_(backend), input_(input), out_(out), err_(err), options_(std::move(options)) {
  view_.color = options_.color;
}

int Shell::Run() {
  // Ctrl-C raises a flag instead of ending the process, for the whole session.
  query::InterruptScope session;
  if (options_.interactive) {
    std::fprintf(out_, "kg shell: statements end with ';', :help lists the commands, Ctrl-D leaves.\n");
  }
  for (;;) {
    InputLine line = input_.Read(splitter_.pending() ? kContinuationPrompt : kPrompt);
    if (line.kind == InputLine::Kind::kInterrupted) {
      // At the prompt Ctrl-C drops what was typed so far; a script stops.
      splitter_.Clear();
      typed_.clear();
      if (options_.interactive) continue;
      PrintError("interrupted");
      break;
    }
    if (line.kind == InputLine::Kind::kEnd) {
      query::ScriptStatement rest = splitter_.TakeRest();
      // A script's last statement may lack its `;`; a user who pressed
      // Ctrl-D mid-statement meant to leave, not to run it.
      if (!rest.text.empty() && !options_.interactive) RunStatement(rest);
      if (options_.interactive) std::fputc('\n', out_);
      break;
    }
    if (!HandleLine(line.text) || stop_) break;
  }
  std::fflush(out_);
  return failures_ > 0 && !options_.interactive ? 1 : 0;
}

bool Shell::HandleLine(const std::string& line) {
  // A statement recalled from the history comes back as one line holding
  // its line breaks: it runs as the lines it was typed as.
  if (line.find('\n') != std::string::npos) {
    for (const std::string& part : SplitLines(line)) {
      if (!HandleOneLine(part)) return false;
    }
    return true;
  }
  return HandleOneLine(line);
}

bool Shell::HandleOneLine(const std::string& line) {
  ++line_number_;
  if (!splitter_.pending() && IsMetaCommandLine(line)) {
    input_.Remember(line);
    statement_line_ = line_number_;
    bool quit = false;
    auto command = ParseMetaCommand(line);
    if (!command.ok()) {
      Report(command.status(), {}, false);
      return true;
    }
    query::InterruptScope scope;  // clears the flag: an earlier Ctrl-C is spent
    auto started = std::chrono::steady_clock::now();
    auto result = Dispatch(*command, *scope.flag(), quit);
    Report(result, std::chrono::steady_clock::now() - started, scope.flag()->load());
    return !quit;
  }
  // The history keeps a statement as one entry, its lines joined by line
  // breaks, once it is complete (Up recalls it whole, not line by line).
  if (!typed_.empty() || !Trim(line).empty()) typed_ += typed_.empty() ? line : "\n" + line;
  auto statements = splitter_.AddLine(line, line_number_);
  if (!splitter_.pending() && !typed_.empty()) {
    input_.Remember(typed_);
    typed_.clear();
  }
  for (const query::ScriptStatement& statement : statements) {
    RunStatement(statement);
    if (stop_) return false;
  }
  return true;
}

void Shell::RunStatement(const query::ScriptStatement& statement) {
  statement_line_ = statement.first_line;
  query::InterruptScope scope;
  auto started = std::chrono::steady_clock::now();
  const query::SourcePos origin =
      options_.interactive ? query::SourcePos{}
                           : query::SourcePos{0, static_cast<uint32_t>(statement.first_line),
                                              static_cast<uint32_t>(statement.first_column)};
  Status parameters = CheckParameters(statement.text, origin, params_);
  auto result = parameters.ok() ? backend_.RunStatement(statement.text, origin, params_, View(), *scope.flag())
                                : Result<std::string>(parameters);
  Report(result, std::chrono::steady_clock::now() - started, scope.flag()->load());
}

OutputView Shell::View() const {
  OutputView view = view_;
  // A file gets tables whole, as wide as they are.
  view.max_width = output_ ? 0 : options_.terminal_width();
  return view;
}

Result<std::string> Shell::SetOutput(const std::vector<std::string>& args) {
  if (args.empty()) {
    output_.reset();
    return std::string();
  }
  std::FILE* file = std::fopen(args[0].c_str(), "wb");
  if (!file) {
    return Status::IOError(":output " + args[0] + ": cannot write the file (results still go where they went)");
  }
  output_ = std::shared_ptr<std::FILE>(file, &std::fclose);
  return std::string();
}

Result<std::string> Shell::Expanded(const std::vector<std::string>& args) {
  const bool expanded = view_.format == OutputFormat::kLine;
  bool want = !expanded;
  if (!args.empty()) {
    if (args[0] != "on" && args[0] != "off") return Status::InvalidInput("usage: :expanded [on|off]");
    want = args[0] == "on";
  }
  if (want && !expanded) {
    unexpanded_ = view_.format;
    view_.format = OutputFormat::kLine;
  } else if (!want && expanded) {
    view_.format = unexpanded_;
  }
  return fmt::format("expanded display is {}\n", want ? "on" : "off");
}

Result<std::string> Shell::SetPager(const std::vector<std::string>& args) {
  if (args.empty()) return fmt::format("pager: {}{}\n", pager_ ? "on" : "off",
                                       options_.interactive && options_.pager ? "" : " (used only at a terminal)");
  if (args[0] != "on" && args[0] != "off") return Status::InvalidInput("usage: :pager [on|off]");
  pager_ = args[0] == "on";
  return std::string();
}

void Shell::PrintResult(const std::string& text) {
  std::FILE* results = Results();
  const size_t rows = options_.terminal_rows();
  const bool page = pager_ && options_.interactive && options_.pager && !output_ && rows > 0 &&
                    static_cast<size_t>(std::count(text.begin(), text.end(), '\n')) >= rows;
  // A pager that fails must not lose the result: it is printed instead.
  if (page && options_.pager(text)) return;
  std::fputs(text.c_str(), results);
  if (!text.empty() && text.back() != '\n') std::fputc('\n', results);
  std::fflush(results);
}

Result<std::string> Shell::Param(const std::vector<std::string>& args) {
  const std::string& name = args[0];
  if (args.size() == 1) {
    auto it = params_.find(name);
    if (it == params_.end()) return Status::NotFound(fmt::format("${0} has no value (:param {0} VALUE sets it)", name));
    return fmt::format(":param {} {}\n", name, ParameterLiteral(it->second));
  }
  // cypher-shell writes `:param x => 1`; the arrow is optional here.
  std::string_view value = args[1];
  if (value.starts_with("=>")) value = Trim(value.substr(2));
  KG_RETURN_IF_ERROR(SetParameter(name, value, params_));
  return std::string();
}

Result<std::string> Shell::Params(const std::vector<std::string>& args) {
  if (args.empty()) return ListParameters(params_);
  if (args[0] != "clear") return Status::InvalidInput("usage: :params [clear]");
  params_.clear();
  return std::string();
}

std::string Shell::Tables() {
  const CompletionWords& words = backend_.Words();
  size_t width = output_ ? 0 : options_.terminal_width();
  return "labels:\n" + WrapWords(words.labels, width, "  ") + "relationship types:\n" +
         WrapWords(words.predicates, width, "  ");
}

Result<std::string> Shell::Dispatch(const MetaCommand& command, const CancelFlag& cancel, bool& quit) {
  const auto& args = command.args;
  std::string_view name = command.spec->name;
  if (name == "help") return Help(args.empty() ? "" : args[0]);
  if (name == "quit") {
    quit = true;
    return std::string();
  }
  if (name == "stats") return backend_.Stats();
  if (name == "schema") return backend_.Schema(View());
  if (name == "format") {
    if (args.empty()) return fmt::format("format: {}\n", FormatName(view_.format));
    auto format = query::ParseOutputFormat(args[0]);
    if (!format) return Status::InvalidInput(fmt::format("unknown format '{}' ({})", args[0], query::kOutputFormatNames));
    view_.format = *format;
    return std::string();
  }
  if (name == "expanded") return Expanded(args);
  if (name == "pager") return SetPager(args);
  if (name == "timer") {
    if (args[0] != "on" && args[0] != "off") return Status::InvalidInput("usage: :timer on|off");
    timer_ = args[0] == "on";
    return std::string();
  }
  if (name == "tables") return Tables();
  if (name == "param") return Param(args);
  if (name == "params") return Params(args);
  if (name == "output") return SetOutput(args);
  if (name == "path") return backend_.Path(args[0], args[1], View(), cancel);
  if (name == "neighbours") {
    int hops = 1;
    if (args.size() > 1) {
      KG_ASSIGN_OR_RETURN(hops, ParseHops(args[1]));
    }
    return backend_.Neighbours(args[0], hops, View(), cancel);
  }
  if (name == "evidence") return backend_.Evidence(args[0], args[1], args[2], View());
  if (name == "export") return backend_.Export(args[0], args[1]);
  if (name == "ingest") return backend_.Ingest(args[0], cancel);
  if (name == "import") return backend_.Import(args[0]);
  if (name == "source") return Source(args[0]);
  return Status::Internal("meta-command :" + std::string(name) + " has no handler");
}

Result<std::string> Shell::Source(const std::string& file) {
  if (depth_ >= kMaxSourceDepth) {
    return Status::LimitExceeded(fmt::format(":source {}: scripts nested more than {} deep (does it read itself?)",
                                             file, kMaxSourceDepth));
  }
  std::FILE* in = std::fopen(file.c_str(), "rb");
  if (!in) return Status::IOError(":source " + file + ": cannot open the file");
  StreamLineSource lines(in);
  ShellOptions options = options_;
  options.interactive = false;  // a script: errors name FILE:LINE, no prompts
  options.input_name = file;
  Shell script(backend_, lines, out_, err_, options);
  script.view_ = view_;
  script.timer_ = timer_;
  script.pager_ = pager_;
  script.params_ = params_;
  script.output_ = output_;
  script.depth_ = depth_ + 1;
  script.Run();
  std::fclose(in);
  // Settings the script made stay, as with sqlite3's .read.
  view_ = script.view_;
  timer_ = script.timer_;
  pager_ = script.pager_;
  params_ = std::move(script.params_);
  output_ = std::move(script.output_);
  if (script.stop_) stop_ = true;
  if (script.failures_ > 0) {
    return Status::InvalidInput(fmt::format(":source {}: {} of its statements or commands failed", file,
                                            script.failures_));
  }
  return std::string();
}

void Shell::Report(const Result<std::string>& result, std::chrono::steady_clock::duration elapsed,
                   bool interrupted) {
  if (result.ok()) {
    PrintResult(*result);
  } else if (result.status().code() == Status::Code::kCancelled) {
    PrintError("cancelled");
    interrupted = true;
  } else {
    PrintError(result.status().message());
  }
  if (timer_) {
    double ms = std::chrono::duration<double, std::milli>(elapsed).count();
    std::string line = fmt::format("time: {:.3f} ms", ms);
    if (view_.color) line = kDim + line + kReset;
    std::fprintf(out_, "%s\n", line.c_str());
  }
  std::fflush(out_);
  // A Ctrl-C in a script stops it, even if the operation finished anyway.
  if (interrupted && !options_.interactive) stop_ = true;
}

void Shell::PrintError(const std::string& message) {
  ++failures_;
  std::string text = options_.interactive
                         ? "error: " + message
                         : fmt::format("{}:{}: {}", options_.input_name, statement_line_, message);
  if (view_.color) text = kRed + text + kReset;
  std::fflush(out_);
  std::fprintf(err_, "%s\n", text.c_str());
  std::fflush(err_);
}

std::string Shell::Help(const std::string& topic) const {
  if (!topic.empty()) {
    std::string name = topic[0] == ':' || topic[0] == '.' ? topic.substr(1) : topic;
    const MetaCommandSpec* spec = FindMetaCommand(name);
    if (!spec) return fmt::format("no command :{} (:help lists them)\n", name);
    std::string text = fmt::format(":{} {}\n  {}\n", spec->name, spec->usage, spec->help);
    for (auto alias : spec->aliases) text += fmt::format("  also :{}\n", alias);
    return text;
  }
  std::string text =
      "Statements (openCypher subset) end with ';' and may span lines.\n"
      "Commands start with ':' (or '.'):\n";
  for (const auto& spec : MetaCommandSpecs()) {
    std::string head = fmt::format(":{} {}", spec.name, spec.usage);
    text += fmt::format("  {:<26} {}\n", head, spec.help);
  }
  text += "Tab completes keywords, labels, predicates, properties (a.name), entity names and commands;\n"
          "Ctrl-C cancels.\n";
  return text;
}

}  // namespace kg::repl
