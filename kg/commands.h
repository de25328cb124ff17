// The subcommands of kg, one file each (kg/<name>_command.cpp). Each Register
// function adds its subcommand to the app; its callback sets ctx.exit_code.
#pragma once

#include <CLI/CLI.hpp>

#include "kg/command_context.h"

namespace kg::cli {

void RegisterStatsCommand(CLI::App& app, CommandContext& ctx);
void RegisterPathCommand(CLI::App& app, CommandContext& ctx);
void RegisterNeighboursCommand(CLI::App& app, CommandContext& ctx);
void RegisterRankCommand(CLI::App& app, CommandContext& ctx);
void RegisterComponentsCommand(CLI::App& app, CommandContext& ctx);
void RegisterExportCommand(CLI::App& app, CommandContext& ctx);
void RegisterIngestCommand(CLI::App& app, CommandContext& ctx);
void RegisterReplCommand(CLI::App& app, CommandContext& ctx);
void RegisterImportCommand(CLI::App& app, CommandContext& ctx);
void RegisterEvalCommand(CLI::App& app, CommandContext& ctx);
void RegisterQueryCommand(CLI::App& app, CommandContext& ctx);
void RegisterMigrateCommand(CLI::App& app, CommandContext& ctx);
void RegisterParseCommand(CLI::App& app, CommandContext& ctx);
void RegisterTrainCommand(CLI::App& app, CommandContext& ctx);

}  // namespace kg::cli
