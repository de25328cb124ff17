// OpenGraph: the graph of a store, from its snapshot when that is current.
//
// The policy around graph/graph_snapshot.h, for every command that answers
// from the graph. A snapshot is used only when its header names exactly the
// data the store holds now (store id, data version, schema version, level),
// all read in one read transaction; otherwise the graph is loaded from
// SQLite and the snapshot (re)written beside the store for the next
// process. A stale or missing snapshot is replaced silently (every write
// makes one stale); a damaged or foreign one is replaced with a warning. A
// snapshot that cannot be written (a read-only folder) is a warning, never
// a failure: the answer comes from the load.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>

#include "graph/knowledge_graph.h"
#include "schema/status.h"
#include "schema/store.h"

namespace kg::graph {

struct OpenOptions {
  LoadOptions load;
  // false: always load from SQLite, never read or write a snapshot.
  bool use_snapshot = true;
  // Receives one line per problem with a snapshot (no "warning:" prefix).
  std::function<void(std::string_view)> warn;
};

Result<std::unique_ptr<KnowledgeGraph>> OpenGraph(Store& store, const OpenOptions& options = {});

// What the snapshot of one level of a store is, for kg stats.
enum class SnapshotState { kCurrent, kStale, kMissing, kDamaged, kNone };
std::string_view SnapshotStateName(SnapshotState state);  // "current", ...
struct SnapshotStatus {
  std::string path;
  SnapshotState state = SnapshotState::kMissing;
  uint64_t file_bytes = 0;   // 0 unless current or stale
  std::string why;           // what is wrong, when damaged
};
// kNone for a store that has no file (in memory).
Result<SnapshotStatus> CheckSnapshot(Store& store, TripleLevel level);

}  // namespace kg::graph
