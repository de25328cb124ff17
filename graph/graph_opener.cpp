#include "graph/graph_opener.h"

#include "graph/graph_snapshot.h"

namespace kg::graph {
namespace {

// A store without a file of its own has nowhere to keep a snapshot.
bool HasFile(const Store& store) { return !store.path().empty() && store.path() != ":memory:"; }

bool SameData(const StoreVersion& snapshot, const StoreVersion& store) {
  return snapshot.store_id == store.store_id && snapshot.data_version == store.data_version &&
         snapshot.schema_version == store.schema_version;
}

}  // namespace

Result<std::unique_ptr<KnowledgeGraph>> OpenGraph(Store& store, const OpenOptions& options) {
  if (!options.use_snapshot || !HasFile(store)) return KnowledgeGraph::Load(store, options.load);
  auto warn = [&](const std::string& line) {
    if (options.warn) options.warn(line);
  };
  KG_ASSIGN_OR_RETURN(StoreVersion now, store.ReadVersion());
  const std::string path = SnapshotPath(store.path(), options.load.level);
  auto mapped = MapSnapshot(path, now.change_counter);
  if (mapped.ok()) {
    if (SameData((*mapped)->store_version(), now) && (*mapped)->level() == options.load.level) return mapped;
  } else if (mapped.status().code() != Status::Code::kNotFound) {
    warn(mapped.status().message() + "; rebuilding it from the store");
  }
  // Loaded in its own read transaction: the snapshot written is keyed by
  // the version of the data the load read, whatever was committed since.
  KG_ASSIGN_OR_RETURN(auto graph, KnowledgeGraph::Load(store, options.load));
  if (Status written = WriteSnapshot(*graph, path, store.path()); !written.ok()) warn(written.message());
  return graph;
}

std::string_view SnapshotStateName(SnapshotState state) {
  switch (state) {
    case SnapshotState::kCurrent: return "current";
    case SnapshotState::kStale: return "stale";
    case SnapshotState::kMissing: return "missing";
    case SnapshotState::kDamaged: return "damaged";
    case SnapshotState::kNone: break;
  }
  return "none";
}

Result<SnapshotStatus> CheckSnapshot(Store& store, TripleLevel level) {
  SnapshotStatus status;
  if (!HasFile(store)) {
    status.state = SnapshotState::kNone;
    return status;
  }
  status.path = SnapshotPath(store.path(), level);
  KG_ASSIGN_OR_RETURN(StoreVersion now, store.ReadVersion());
  auto header = ReadSnapshotHeader(status.path);
  if (!header.ok()) {
    bool missing = header.status().code() == Status::Code::kNotFound;
    status.state = missing ? SnapshotState::kMissing : SnapshotState::kDamaged;
    if (!missing) status.why = header.status().message();
    return status;
  }
  status.file_bytes = header->file_bytes;
  bool current = SameData(header->version, now) && header->level == level;
  status.state = current ? SnapshotState::kCurrent : SnapshotState::kStale;
  return status;
}

}  // namespace kg::graph
