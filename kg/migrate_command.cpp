// kg migrate: brings a database made by an older kgraph to this build's
// schema. Every command that writes migrates as it opens; readers never
// write, so a store that is only ever queried is upgraded with this.
#include <filesystem>

#include <fmt/format.h>

#include "kg/commands.h"
#include "schema/migrator.h"
#include "schema/store.h"

namespace kg::cli {
namespace {

Status Run(CommandContext& ctx) {
  const std::string path = ctx.DatabasePath();
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec)) {
    // Store::Open says what is wrong with the path (missing, a folder ...).
    return ctx.OpenStore(/*read_only=*/true).status();
  }
  int before = 0;
  {
    KG_ASSIGN_OR_RETURN(auto reader, Database::Open(path, Database::Mode::kReadOnly, 1000));
    KG_ASSIGN_OR_RETURN(before, SchemaVersion(*reader));
  }
  KG_ASSIGN_OR_RETURN(auto store, ctx.OpenStore(/*read_only=*/false));  // migrates
  KG_ASSIGN_OR_RETURN(int after, SchemaVersion(store->db()));
  if (ctx.quiet) return Status::Ok();
  if (before == after) {
    fmt::print("{}: already at schema version {}\n", path, after);
  } else {
    fmt::print("{}: migrated from schema version {} to {}\n", path, before, after);
  }
  return Status::Ok();
}

}  // namespace

void RegisterMigrateCommand(CLI::App& app, CommandContext& ctx) {
  auto* cmd = app.add_subcommand("migrate", "Upgrade a database made by an older kgraph to this schema version");
  cmd->callback([&ctx] { ctx.Report(Run(ctx)); });
}

}  // namespace kg::cli
