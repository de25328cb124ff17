// What every kg subcommand shares: the global options and how to report.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "graph/graph_opener.h"
#include "schema/status.h"
#include "schema/store.h"

namespace kg::cli {

// Exit codes, documented in the README.
inline constexpr int kExitOk = 0;
inline constexpr int kExitError = 1;       // bad input, missing file, failed query ...
inline constexpr int kExitUsage = 2;       // wrong arguments (CLI11 reports these)
inline constexpr int kExitPartial = 3;     // finished, but some inputs were skipped

struct CommandContext {
  std::optional<std::string> db_flag;  // --db
  bool quiet = false;                  // --quiet
  bool no_snapshot = false;            // --no-snapshot
  int exit_code = kExitOk;

  std::string DatabasePath() const { return Store::ResolvePath(db_flag); }
  // How long a writer waits for another one, in ms: `flag_ms` (a command's
  // --busy-timeout) when >= 0, else $KG_BUSY_TIMEOUT_MS, else the store's
  // default. Every command that writes waits the same way.
  static int BusyTimeout(int flag_ms = -1);
  // Opens with BusyTimeout(busy_timeout_ms).
  Result<std::unique_ptr<Store>> OpenStore(bool read_only, int busy_timeout_ms = -1) const;
  // How every command gets its graph (graph/graph_opener.h): from the
  // snapshot beside the store unless --no-snapshot; problems with the
  // snapshot are one "kg: warning:" line each on stderr.
  graph::OpenOptions GraphOptions(graph::TripleLevel level = graph::TripleLevel::kActor) const;
  Result<std::unique_ptr<graph::KnowledgeGraph>> OpenGraph(Store& store, graph::TripleLevel level) const {
    return graph::OpenGraph(store, GraphOptions(level));
  }

  // Prints "kg: warning: <line>" on stderr: a problem that does not stop
  // the command (a damaged snapshot, a picture too large to read).
  static void Warn(std::string_view line);
  // Prints "kg: <message>" on stderr, records the failure (kExitUsage for
  // Status::Usage, else kExitError), returns its code.
  int Fail(const Status& status);
  // Fail(status) when it is an error: the end of every subcommand's action.
  void Report(const Status& status) {
    if (!status.ok()) Fail(status);
  }
};

}  // namespace kg::cli
