// kg: build a knowledge graph from news articles and query it.
#include <unistd.h>

#include <CLI/CLI.hpp>

#include <cstdio>
#include <string>
#include <string_view>

#include "kg/command_context.h"
#include "kg/commands.h"

namespace {

// The first word of the command line that is neither a global option nor a
// subcommand's name (nor an alias), or null.
const char* UnknownCommand(CLI::App& app, int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg == "--db") {
      ++i;
      continue;
    }
    if (arg.empty() || arg[0] == '-') continue;
    for (const CLI::App* sub : app.get_subcommands([](CLI::App*) { return true; })) {
      if (sub->check_name(std::string(arg))) return nullptr;
    }
    return argv[i];
  }
  return nullptr;
}

}  // namespace

int main(int argc, char** argv) {
  using namespace kg::cli;
  CLI::App app{"kg: turns news articles into a graph of who did what to whom, stored in one "
               "SQLite file, and answers graph questions about it."};
  app.set_version_flag("--version", "kg 0.1.0");
  CommandContext ctx;
  // Global options may come before or after the subcommand (`kg stats --db
  // x.db`, `kg query -q ...`), as users of git and sqlite3 expect:
  // fallthrough, which subcommands inherit, hands an option a subcommand
  // does not know to the app. Set before any subcommand is added.
  app.fallthrough();
  app.add_option("--db", ctx.db_flag, "Database file (default: $KG_DB, else ./kg.db)");
  app.add_flag("-q,--quiet", ctx.quiet, "No progress or summary on stderr");
  app.add_flag("--no-snapshot", ctx.no_snapshot,
               "Load the graph from the database, neither reading nor writing its snapshot file");

  RegisterStatsCommand(app, ctx);
  RegisterPathCommand(app, ctx);
  RegisterNeighboursCommand(app, ctx);
  RegisterRankCommand(app, ctx);
  RegisterComponentsCommand(app, ctx);
  RegisterExportCommand(app, ctx);
  RegisterIngestCommand(app, ctx);
  RegisterReplCommand(app, ctx);
  RegisterImportCommand(app, ctx);
  RegisterEvalCommand(app, ctx);
  RegisterQueryCommand(app, ctx);
  RegisterMigrateCommand(app, ctx);
  RegisterParseCommand(app, ctx);
  RegisterTrainCommand(app, ctx);

  app.require_subcommand(1, 1);
  // A bare `kg` typed at a terminal opens the shell, as sqlite3 and psql do.
  char repl_name[] = "repl";
  char* repl_argv[] = {argv[0], repl_name, nullptr};
  if (argc == 1 && isatty(STDIN_FILENO)) {
    argc = 2;
    argv = repl_argv;
  }
  if (const char* unknown = UnknownCommand(app, argc, argv)) {
    std::string names;
    for (const CLI::App* sub : app.get_subcommands([](CLI::App*) { return true; })) {
      names += (names.empty() ? "" : ", ") + sub->get_name();
    }
    std::fprintf(stderr, "kg: unknown command '%s'; the commands are: %s (kg --help says more)\n", unknown,
                 names.c_str());
    return kExitUsage;
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? 0 : kExitUsage;
  }
  return ctx.exit_code;
}
