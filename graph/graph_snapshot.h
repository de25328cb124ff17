// Graph snapshots: a KnowledgeGraph in a file beside the store, opened by
// mapping it into memory instead of reading two million rows from SQLite.
//
// One file per level: STORE.actor.graph and STORE.mention.graph. The layout
// (graph/snapshot_layout.h, docs/graph.md) is the graph's own arrays, so
// writing is a sequence of write() calls from them and opening maps the
// file and checks its header; a query then pages in only what it reads.
//
// A snapshot holds every edge with its negated flag, so one file serves
// both the asserted-only view and the view with negated triples. Evidence
// is not in it: evidence lookups read SQLite as before.
//
// The policy (when a snapshot may be used, when it is rebuilt) is in
// graph/graph_opener.h; this header only writes and maps files.
#pragma once

#include <memory>
#include <string>

#include "graph/graph_types.h"
#include "graph/knowledge_graph.h"
#include "schema/status.h"

namespace kg::graph {

// STORE_PATH.<level>.graph
std::string SnapshotPath(const std::string& store_path, TripleLevel level);

// Writes `graph` to `path` atomically: to a temporary file in the same
// folder, then rename(), so that no reader, and no process after a crash,
// ever opens half a snapshot, and a reader that mapped the previous file
// keeps it. The file gets the permission bits of `mode_like` when that file
// exists (the store: whoever may read the store may read its snapshot).
Status WriteSnapshot(const KnowledgeGraph& graph, const std::string& path, const std::string& mode_like = "");

// Maps the snapshot at `path` and checks its header and section table
// (magic, byte order, layout version, sizes, checksum). The graph's
// store_version() is the one the file was made from; its change counter is
// `change_counter` (the caller read it with the version it compared).
//   NotFound: no file; Unsupported: another layout version or byte order;
//   Corruption: anything else wrong. Never a graph from a damaged file.
Result<std::unique_ptr<KnowledgeGraph>> MapSnapshot(const std::string& path, int64_t change_counter = 0);

// What the header of a snapshot says, checked as MapSnapshot checks it.
struct SnapshotHeaderInfo {
  StoreVersion version;  // change_counter unused (0)
  TripleLevel level = TripleLevel::kActor;
  uint64_t file_bytes = 0;
  uint64_t num_vertices = 0;
  uint64_t num_edges = 0;
};
Result<SnapshotHeaderInfo> ReadSnapshotHeader(const std::string& path);

}  // namespace kg::graph
