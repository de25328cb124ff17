// Writes a graph snapshot (graph/graph_snapshot.h, layout in
// graph/snapshot_layout.h): header, section table, then each array of the
// graph straight from memory, into a temporary file that is renamed into
// place.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <span>
#include <vector>

#include "graph/graph_snapshot.h"
#include "graph/snapshot_layout.h"
#include "graph/string_pool.h"

namespace kg::graph {
namespace {

namespace snap = snapshot;

static_assert(sizeof(EdgeInfo) == 24, "the snapshot stores EdgeInfo as it is in memory");
static_assert(sizeof(EntityType) == 1);

struct Piece {
  snap::Section kind;
  uint32_t element_size;
  const void* data;
  uint64_t count;
};

template <typename T>
Piece Of(snap::Section kind, std::span<const T> values) {
  return Piece{kind, sizeof(T), values.data(), values.size()};
}

void AddPool(std::vector<Piece>& pieces, snap::Section offsets, snap::Section bytes, const StringPoolView& pool) {
  pieces.push_back(Of(offsets, pool.offsets()));
  pieces.push_back(Piece{bytes, 1, pool.bytes().data(), pool.bytes().size()});
}

// The predicates as two arrays and a pool: they live in the graph as
// structs of strings, and are few.
struct PredicateTables {
  std::vector<int64_t> ids;
  StringPool strings;  // name, category, cameo of each
  explicit PredicateTables(const KnowledgeGraph& g) {
    for (uint32_t i = 0; i < g.num_predicates(); ++i) {
      const Predicate& p = g.predicate(i);
      ids.push_back(p.id);
      strings.Add(p.name);
      strings.Add(p.category);
      strings.Add(p.cameo);
    }
  }
};

std::vector<Piece> PiecesOf(const KnowledgeGraph& g, const PredicateTables& predicates) {
  using S = snap::Section;
  const GraphArrays& a = g.arrays();
  std::vector<Piece> pieces = {
      Of(S::kOutRow, a.out_row),       Of(S::kOutTarget, a.out_target), Of(S::kEdgeInfo, a.edge_info),
      Of(S::kInRow, a.in_row),         Of(S::kInSource, a.in_source),   Of(S::kInEdge, a.in_edge),
      Of(S::kAllRow, a.all_row),       Of(S::kAllNeighbour, a.all_neighbour),
      Of(S::kEntityIds, a.entity_ids), Of(S::kTypes, a.types),          Of(S::kCodeIds, a.code_ids),
      Of(S::kSectorIds, a.sector_ids),
  };
  AddPool(pieces, S::kNameOffsets, S::kNameBytes, a.names);
  AddPool(pieces, S::kCodeOffsets, S::kCodeBytes, a.codes);
  pieces.push_back(Of(S::kDenseIds, a.vertex_of_dense_id));
  AddPool(pieces, S::kFoldedOffsets, S::kFoldedBytes, a.name_index.folded);
  pieces.push_back(Of(S::kNameSlots, a.name_index.slots));
  AddPool(pieces, S::kAliasOffsets, S::kAliasBytes, a.name_index.alias_keys);
  pieces.push_back(Of(S::kAliasVertices, a.name_index.alias_vertices));
  pieces.push_back(Of(S::kPredicateIds, std::span<const int64_t>(predicates.ids)));
  AddPool(pieces, S::kPredicateOffsets, S::kPredicateBytes, predicates.strings.view());
  return pieces;
}

uint64_t AlignUp(uint64_t at) { return (at + snap::kSectionAlignment - 1) / snap::kSectionAlignment * snap::kSectionAlignment; }

// Writes all of `bytes` (write() may write less than asked).
bool WriteAll(int fd, const void* data, uint64_t size) {
  const char* at = static_cast<const char*>(data);
  while (size > 0) {
    ssize_t n = ::write(fd, at, std::min<uint64_t>(size, 1u << 30));
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    at += n;
    size -= static_cast<uint64_t>(n);
  }
  return true;
}

bool WriteZeros(int fd, uint64_t size) {
  static const char zeros[snap::kSectionAlignment] = {};
  while (size > 0) {
    uint64_t n = std::min<uint64_t>(size, sizeof zeros);
    if (!WriteAll(fd, zeros, n)) return false;
    size -= n;
  }
  return true;
}

}  // namespace

std::string SnapshotPath(const std::string& store_path, TripleLevel level) {
  return store_path + "." + std::string(TripleLevelName(level)) + ".graph";
}

Status WriteSnapshot(const KnowledgeGraph& graph, const std::string& path, const std::string& mode_like) {
  PredicateTables predicates(graph);
  std::vector<Piece> pieces = PiecesOf(graph, predicates);

  snap::Header header{};
  std::memcpy(header.magic, snap::kMagic, sizeof header.magic);
  header.layout_version = snap::kLayoutVersion;
  header.byte_order = snap::kByteOrderMark;
  header.header_size = sizeof header;
  header.section_count = static_cast<uint32_t>(pieces.size());
  header.store_id = graph.store_version().store_id;
  header.data_version = graph.store_version().data_version;
  header.schema_version = static_cast<uint32_t>(graph.store_version().schema_version);
  header.level = static_cast<uint32_t>(graph.level());
  header.num_vertices = graph.num_vertices();
  header.num_edges = graph.num_edges();
  header.num_predicates = graph.num_predicates();
  header.min_entity_id = graph.arrays().min_entity_id;
  header.flags = graph.arrays().contiguous_ids ? snap::kFlagContiguousIds : 0;
  header.num_negated_edges = static_cast<uint32_t>(graph.num_negated_edges());

  std::vector<snap::SectionEntry> table;
  uint64_t at = AlignUp(sizeof header + pieces.size() * sizeof(snap::SectionEntry));
  for (const Piece& p : pieces) {
    table.push_back(snap::SectionEntry{static_cast<uint32_t>(p.kind), p.element_size, at, p.count, 0});
    at = AlignUp(at + p.count * p.element_size);
  }
  const snap::SectionEntry& last = table.back();
  header.file_size = last.offset + last.count * last.element_size;
  header.checksum = snap::Checksum(header, table.data(), header.section_count);

  std::string temp = path + ".tmp-XXXXXX";
  int fd = ::mkstemp(temp.data());
  if (fd < 0) return Status::IOError(path + ": cannot create a temporary file beside it (" + std::strerror(errno) + ")");
  struct stat like{};
  if (!mode_like.empty() && ::stat(mode_like.c_str(), &like) == 0) ::fchmod(fd, like.st_mode & 0666);

  bool ok = WriteAll(fd, &header, sizeof header) && WriteAll(fd, table.data(), table.size() * sizeof table[0]);
  uint64_t written = sizeof header + table.size() * sizeof table[0];
  for (size_t i = 0; ok && i < pieces.size(); ++i) {
    ok = WriteZeros(fd, table[i].offset - written) &&
         WriteAll(fd, pieces[i].data, pieces[i].count * pieces[i].element_size);
    written = table[i].offset + pieces[i].count * pieces[i].element_size;
  }
  int err = errno;
  // No fsync: after a crash the file is either whole or fails the checks
  // on open (size, checksum) and is rebuilt, and the store is the truth.
  if (::close(fd) != 0 && ok) {
    ok = false;
    err = errno;
  }
  if (!ok) {
    ::unlink(temp.c_str());
    return Status::IOError(path + ": cannot write the graph snapshot (" + std::strerror(err) + ")");
  }
  if (std::rename(temp.c_str(), path.c_str()) != 0) {
    err = errno;
    ::unlink(temp.c_str());
    return Status::IOError(path + ": cannot put the graph snapshot in place (" + std::strerror(err) + ")");
  }
  return Status::Ok();
}

}  // namespace kg::graph
