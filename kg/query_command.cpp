// kg query: run openCypher statements (docs/query-language.md), each
// statement's rows printed as they are made (query/row_sink.h).
#include <cstdio>
#include <fstream>
#include <sstream>

#include "kg/commands.h"
#include "query/interrupt.h"
#include "query/query_engine.h"
#include "query/statement_splitter.h"
#include "query/result_formatter.h"

namespace kg::cli {
namespace {

struct QueryOptions {
  std::string statement;
  bool given_statement = false;  // '' is a statement given, and empty
  std::string file;
  std::string format = "table";
  std::vector<std::string> params;
  size_t max_rows = query::QueryLimits::kDefaultMaxRows;
  double timeout_s = static_cast<double>(query::QueryLimits::kDefaultTimeout.count()) / 1000.0;
};

Result<std::vector<query::ScriptStatement>> ReadStatements(const QueryOptions& o) {
  if (o.file.empty()) return std::vector<query::ScriptStatement>{{o.statement, 1}};
  std::ifstream in(o.file, std::ios::binary);
  if (!in) return Status::NotFound("cannot read query file " + o.file);
  std::stringstream text;
  text << in.rdbuf();
  auto statements = query::SplitStatements(text.str());
  if (statements.empty()) return Status::InvalidInput(o.file + ": holds no statement");
  return statements;
}

void Run(CommandContext& ctx, const QueryOptions& o) {
  if (o.given_statement == !o.file.empty()) {
    ctx.Fail(Status::Usage("give one statement, or -f FILE (not both)"));
    return;
  }
  if (o.given_statement && o.statement.find_first_not_of(" \t\r\n") == std::string::npos) {
    ctx.Fail(Status::InvalidInput("the statement is empty; give one, as in kg query \"MATCH (a) RETURN a.name\""));
    return;
  }
  query::Parameters params;
  for (const auto& p : o.params) {
    auto parsed = query::ParseParameter(p);
    if (!parsed.ok()) {
      ctx.Fail(parsed.status());
      ctx.exit_code = kExitUsage;
      return;
    }
    params[parsed->first] = parsed->second;
  }
  auto statements = ReadStatements(o);
  if (!statements.ok()) return void(ctx.Fail(statements.status()));
  auto store = ctx.OpenStore(/*read_only=*/true);
  if (!store.ok()) return void(ctx.Fail(store.status()));
  auto engine = query::QueryEngine::Open(**store, ctx.GraphOptions());
  if (!engine.ok()) return void(ctx.Fail(engine.status()));

  query::InterruptScope interrupt;
  query::QueryLimits limits;
  limits.max_rows = o.max_rows;
  limits.timeout = std::chrono::milliseconds(static_cast<int64_t>(o.timeout_s * 1000.0));
  limits.cancel = interrupt.flag();
  auto format = *query::ParseOutputFormat(o.format);
  query::TextOutput out(stdout);
  for (const auto& st : *statements) {
    // Positions in errors are the file's own lines and columns.
    const query::SourcePos origin{0, static_cast<uint32_t>(st.first_line), static_cast<uint32_t>(st.first_column)};
    auto writer = query::MakeResultWriter(format, out);
    Status s = (*engine)->Run(st.text, params, limits, *writer, origin);
    if (!s.ok()) {
      // The rows printed before the error stay printed (docs/query-language.md, "Streaming").
      if (!o.file.empty()) s = s.WithContext(o.file + " (statement on line " + std::to_string(st.first_line) + ")");
      return void(ctx.Fail(s));
    }
  }
}

}  // namespace

void RegisterQueryCommand(CLI::App& app, CommandContext& ctx) {
  auto* cmd = app.add_subcommand("query", "Run openCypher statements (MATCH ... RETURN ...) on the graph");
  auto o = std::make_shared<QueryOptions>();
  cmd->add_option("statement", o->statement, "The statement, e.g. \"MATCH (a)-[:criticizes]->(b) RETURN a, b\"");
  cmd->add_option("-f,--file", o->file, "Read statements separated by ';' from FILE");
  cmd->add_option("--format", o->format, query::kOutputFormatNames)
      ->check(CLI::IsMember({"table", "line", "json", "csv", "dot"}));
  // One NAME=VALUE per --param, so that a statement after it is not taken for a value.
  cmd->add_option("--param", o->params, "NAME=VALUE for $NAME (int, float, true/false, null, 'string', JSON list or object)")
      ->allow_extra_args(false)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  cmd->add_option("--max-rows", o->max_rows, "Fail when a statement returns more rows (0 = no cap)")
      ->capture_default_str()
      ->check(CLI::NonNegativeNumber);
  cmd->add_option("--timeout", o->timeout_s, "Time budget per statement in seconds (0 = none)")
      ->capture_default_str()
      ->check(CLI::NonNegativeNumber);
  cmd->callback([&ctx, o, cmd] {
    o->given_statement = cmd->count("statement") > 0;
    Run(ctx, *o);
  });
}

}  // namespace kg::cli
