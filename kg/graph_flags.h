// GraphFlags: the options every graph command (path, neighbours, rank,
// components, export) shares, which say what the graph is made of, and the
// one way they load it.
#pragma once

#include <CLI/CLI.hpp>

#include <memory>
#include <string>

#include "graph/exporters.h"
#include "kg/command_context.h"
#include "graph/knowledge_graph.h"
#include "schema/status.h"
#include "schema/store.h"

namespace kg::cli {

struct GraphFlags {
  std::string level = "actor";  // actor | mention
  // Negated triples are not relations: every graph command leaves them out
  // unless this is given, and then shows each one as negated.
  bool include_negated = false;
};

// Adds --level and --include-negated to `cmd`.
void AddGraphFlags(CLI::App* cmd, GraphFlags& flags);

// Adds --since and --until (YYYY-MM-DD, checked by graph::ParseDateWindow
// once the graph is loaded) to `cmd`: only edges reported within the days.
void AddDateFlags(CLI::App* cmd, std::string& since, std::string& until);

// Ok, or the usage error of a format that cannot go to standard output
// without --out (png is binary, neo4j is two files).
Status CheckOutFile(graph::ExportFormat format, const std::string& out);

// The graph of the level `flags` names, opened as every command opens it
// (CommandContext::OpenGraph: from the snapshot unless --no-snapshot).
Result<std::unique_ptr<graph::KnowledgeGraph>> LoadGraph(const CommandContext& ctx, Store& store,
                                                         const GraphFlags& flags);

}  // namespace kg::cli
