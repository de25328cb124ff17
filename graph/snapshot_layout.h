// The binary layout of a graph snapshot file (layout version 1), as
// docs/graph.md describes it. Shared by the writer and the reader only.
//
//   header        104 bytes (Header)
//   section table section_count × 32 bytes (SectionEntry), from byte 104
//   sections      each at a multiple of 4096 bytes, zero padding between
//
// Every integer is little-endian (byte_order proves it); a section is the
// raw array the graph reads (graph/graph_arrays.h), so opening a snapshot
// maps the file and points views at it, copying nothing. The header and
// the table are checksummed; the sections are not (checking them would
// read the whole file, which is what the snapshot exists to avoid), but
// every section's size and place are checked against the header's counts.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

#include "graph/stable_hash.h"

namespace kg::graph::snapshot {

inline constexpr char kMagic[8] = {'K', 'G', 'S', 'N', 'A', 'P', '\r', '\n'};
// Raised whenever the meaning or order of any byte changes: a reader
// refuses every other version and the file is rebuilt.
inline constexpr uint32_t kLayoutVersion = 2;
inline constexpr uint32_t kByteOrderMark = 0x01020304;
inline constexpr uint64_t kSectionAlignment = 4096;
inline constexpr uint32_t kMaxSections = 64;
inline constexpr uint32_t kFlagContiguousIds = 1;

// What a section holds (n vertices, m edges, p predicates).
enum class Section : uint32_t {
  kOutRow = 1,        // uint32 × n+1
  kOutTarget,         // uint32 × m
  kEdgeInfo,          // EdgeInfo (24 bytes) × m
  kInRow,             // uint32 × n+1
  kInSource,          // uint32 × m
  kInEdge,            // uint32 × m
  kAllRow,            // uint32 × n+1
  kAllNeighbour,      // uint32 × 2m
  kEntityIds,         // int64 × n
  kTypes,             // uint8 × n
  kCodeIds,           // uint32 × n
  kSectorIds,         // uint32 × n
  kNameOffsets,       // uint64 × n+1, then kNameBytes: a string pool
  kNameBytes,         // bytes
  kCodeOffsets,       // uint64 × codes+1
  kCodeBytes,
  kDenseIds,          // uint32 × (0 or max id - min id + 1)
  kFoldedOffsets,     // uint64 × n+1: case-folded names
  kFoldedBytes,
  kNameSlots,         // uint32 × 2^k: the name index's open-addressing table
  kAliasOffsets,      // uint64 × aliases+1: folded aliases, sorted
  kAliasBytes,
  kAliasVertices,     // uint32 × aliases
  kPredicateIds,      // int64 × p
  kPredicateOffsets,  // uint64 × 3p+1: name, category, cameo of each predicate
  kPredicateBytes,
  kEnd  // one past the last kind
};
inline constexpr uint32_t kSectionCount = static_cast<uint32_t>(Section::kEnd) - 1;

struct Header {
  char magic[8];
  uint32_t layout_version;
  uint32_t byte_order;
  uint64_t file_size;  // the whole file: a shorter one was cut off
  uint32_t header_size;
  uint32_t section_count;
  // The store data this snapshot was made from (schema/store.h StoreVersion).
  int64_t store_id;
  int64_t data_version;
  uint32_t schema_version;
  uint32_t level;  // TripleLevel: 0 actor, 1 mention
  uint64_t num_vertices;
  uint64_t num_edges;
  uint64_t num_predicates;
  int64_t min_entity_id;
  uint32_t flags;  // kFlagContiguousIds
  uint32_t num_negated_edges;  // edges with EdgeInfo::negated set (since layout 2)
  // StableHash of the header with this field zero, then of the table.
  uint64_t checksum;
};
static_assert(sizeof(Header) == 104);
static_assert(offsetof(Header, checksum) == 96);

struct SectionEntry {
  uint32_t kind;          // Section
  uint32_t element_size;  // bytes per element
  uint64_t offset;        // from the start of the file
  uint64_t count;         // elements
  uint64_t reserved;
};
static_assert(sizeof(SectionEntry) == 32);

// The checksum stored in header.checksum.
inline uint64_t Checksum(const Header& header, const SectionEntry* table, uint32_t count) {
  Header copy;
  std::memcpy(&copy, &header, sizeof copy);
  copy.checksum = 0;
  uint64_t h = StableHash(std::string_view(reinterpret_cast<const char*>(&copy), sizeof copy));
  return StableHash(std::string_view(reinterpret_cast<const char*>(table), count * sizeof(SectionEntry)), h);
}

}  // namespace kg::graph::snapshot
