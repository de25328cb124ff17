// Opens a graph snapshot (graph/graph_snapshot.h): maps the file, checks
// its header and section table (graph/snapshot_layout.h) and points the
// graph's views into the mapping. Nothing but the header, the table, the
// predicates and the first and last entry of each row array is read here:
// a query pages in the rest as it reads it.
#include <fmt/format.h>

#include <cstring>
#include <span>
#include <string>
#include <vector>

#include "graph/graph_snapshot.h"
#include "graph/mapped_file.h"
#include "graph/snapshot_layout.h"

namespace kg::graph {
namespace {

namespace snap = snapshot;
using S = snap::Section;

// The header and the section table of a mapped file, checked.
class CheckedFile {
 public:
  CheckedFile(const MappedFile& file, const std::string& path) : file_(file), path_(path) {}

  Status CheckHeader() {
    if (file_.size() < sizeof header_) return Corrupt("shorter than its header");
    std::memcpy(&header_, file_.data(), sizeof header_);
    if (std::memcmp(header_.magic, snap::kMagic, sizeof snap::kMagic) != 0) {
      return Corrupt("not a kgraph graph snapshot (wrong magic)");
    }
    if (header_.byte_order != snap::kByteOrderMark) {
      return Status::Unsupported(path_ + ": a graph snapshot of another byte order");
    }
    if (header_.layout_version != snap::kLayoutVersion) {
      return Status::Unsupported(fmt::format("{}: graph snapshot layout version {}, this kg reads version {}",
                                             path_, header_.layout_version, snap::kLayoutVersion));
    }
    if (header_.header_size != sizeof header_ || header_.section_count != snap::kSectionCount) {
      return Corrupt("header or section count of the wrong size");
    }
    const uint64_t table_end = sizeof header_ + uint64_t{header_.section_count} * sizeof(snap::SectionEntry);
    if (file_.size() < table_end) return Corrupt("cut off in its section table");
    table_.resize(header_.section_count);
    std::memcpy(table_.data(), file_.data() + sizeof header_, table_.size() * sizeof table_[0]);
    if (snap::Checksum(header_, table_.data(), header_.section_count) != header_.checksum) {
      return Corrupt("the checksum of its header and section table does not match");
    }
    if (header_.file_size != file_.size()) {
      return Corrupt(fmt::format("{} bytes, its header says {} (cut off or extended)", file_.size(), header_.file_size));
    }
    if (header_.level > static_cast<uint32_t>(TripleLevel::kMention)) return Corrupt("an unknown triple level");
    if (header_.num_vertices >= kNoVertex || header_.num_edges >= kNoEdge / 2) return Corrupt("too many vertices or edges");
    for (uint32_t i = 0; i < table_.size(); ++i) {
      const snap::SectionEntry& e = table_[i];
      if (e.kind != i + 1) return Corrupt("its sections are out of order");
      if (e.offset % snap::kSectionAlignment != 0 || e.element_size == 0 || e.offset > header_.file_size ||
          e.count > (header_.file_size - std::min(e.offset, header_.file_size)) / e.element_size ||
          e.offset < table_end) {
        return Corrupt(fmt::format("section {} lies outside the file", e.kind));
      }
    }
    return Status::Ok();
  }

  const snap::Header& header() const { return header_; }

  // Section `kind` as an array of T with `count` elements (any count when
  // `count` is nullopt).
  template <typename T>
  Result<std::span<const T>> Get(S kind, std::optional<uint64_t> count = std::nullopt) {
    const snap::SectionEntry& e = table_[static_cast<uint32_t>(kind) - 1];
    if (e.element_size != sizeof(T) || (count && e.count != *count)) {
      return Corrupt(fmt::format("section {} has {} elements of {} bytes, expected {} of {}", e.kind, e.count,
                                 e.element_size, count ? std::to_string(*count) : "any number", sizeof(T)));
    }
    return std::span<const T>(reinterpret_cast<const T*>(file_.data() + e.offset), e.count);
  }

  // A row array (n + 1 offsets into an array of `items`): its ends checked.
  Result<std::span<const EdgeId>> Rows(S kind, uint64_t items) {
    KG_ASSIGN_OR_RETURN(auto rows, Get<EdgeId>(kind, header_.num_vertices + 1));
    if (rows.front() != 0 || rows.back() != items) return Corrupt(fmt::format("section {} does not add up", static_cast<uint32_t>(kind)));
    return rows;
  }

  // A string pool of `strings` strings (any number when nullopt).
  Result<StringPoolView> Pool(S offsets_kind, S bytes_kind, std::optional<uint64_t> strings) {
    KG_ASSIGN_OR_RETURN(auto offsets, Get<uint64_t>(offsets_kind, strings ? std::optional(*strings + 1) : std::nullopt));
    KG_ASSIGN_OR_RETURN(auto bytes, Get<char>(bytes_kind));
    if (offsets.empty() || offsets.front() != 0 || offsets.back() != bytes.size()) {
      return Corrupt(fmt::format("string pool {} does not add up", static_cast<uint32_t>(bytes_kind)));
    }
    return StringPoolView(offsets, std::string_view(bytes.data(), bytes.size()));
  }

  Status Corrupt(std::string_view what) const {
    return Status::Corruption(fmt::format("{}: damaged graph snapshot: {}", path_, what));
  }

 private:
  const MappedFile& file_;
  const std::string& path_;
  snap::Header header_{};
  std::vector<snap::SectionEntry> table_;
};

Result<GraphArrays> ReadArrays(CheckedFile& f) {
  const uint64_t n = f.header().num_vertices, m = f.header().num_edges;
  GraphArrays a;
  KG_ASSIGN_OR_RETURN(a.out_row, f.Rows(S::kOutRow, m));
  KG_ASSIGN_OR_RETURN(a.out_target, f.Get<VertexId>(S::kOutTarget, m));
  KG_ASSIGN_OR_RETURN(a.edge_info, f.Get<EdgeInfo>(S::kEdgeInfo, m));
  KG_ASSIGN_OR_RETURN(a.in_row, f.Rows(S::kInRow, m));
  KG_ASSIGN_OR_RETURN(a.in_source, f.Get<VertexId>(S::kInSource, m));
  KG_ASSIGN_OR_RETURN(a.in_edge, f.Get<EdgeId>(S::kInEdge, m));
  KG_ASSIGN_OR_RETURN(a.all_row, f.Rows(S::kAllRow, 2 * m));
  KG_ASSIGN_OR_RETURN(a.all_neighbour, f.Get<VertexId>(S::kAllNeighbour, 2 * m));
  KG_ASSIGN_OR_RETURN(a.entity_ids, f.Get<int64_t>(S::kEntityIds, n));
  KG_ASSIGN_OR_RETURN(a.types, f.Get<EntityType>(S::kTypes, n));
  KG_ASSIGN_OR_RETURN(a.code_ids, f.Get<uint32_t>(S::kCodeIds, n));
  KG_ASSIGN_OR_RETURN(a.sector_ids, f.Get<uint32_t>(S::kSectorIds, n));
  KG_ASSIGN_OR_RETURN(a.names, f.Pool(S::kNameOffsets, S::kNameBytes, n));
  KG_ASSIGN_OR_RETURN(a.codes, f.Pool(S::kCodeOffsets, S::kCodeBytes, std::nullopt));
  if (a.codes.size() == 0) return f.Corrupt("no code table");
  a.min_entity_id = f.header().min_entity_id;
  a.contiguous_ids = (f.header().flags & snap::kFlagContiguousIds) != 0;
  if (f.header().num_negated_edges > m) return f.Corrupt("more negated edges than edges");
  a.num_negated_edges = f.header().num_negated_edges;
  KG_ASSIGN_OR_RETURN(a.vertex_of_dense_id, f.Get<VertexId>(S::kDenseIds));
  KG_ASSIGN_OR_RETURN(a.name_index.folded, f.Pool(S::kFoldedOffsets, S::kFoldedBytes, n));
  KG_ASSIGN_OR_RETURN(a.name_index.slots, f.Get<VertexId>(S::kNameSlots));
  const size_t slots = a.name_index.slots.size();
  if (slots & (slots - 1)) return f.Corrupt("a name table whose size is not a power of two");
  KG_ASSIGN_OR_RETURN(a.name_index.alias_keys, f.Pool(S::kAliasOffsets, S::kAliasBytes, std::nullopt));
  KG_ASSIGN_OR_RETURN(a.name_index.alias_vertices, f.Get<VertexId>(S::kAliasVertices, a.name_index.alias_keys.size()));
  return a;
}

Result<std::vector<Predicate>> ReadPredicates(CheckedFile& f) {
  const uint64_t p = f.header().num_predicates;
  KG_ASSIGN_OR_RETURN(auto ids, f.Get<int64_t>(S::kPredicateIds, p));
  KG_ASSIGN_OR_RETURN(StringPoolView strings, f.Pool(S::kPredicateOffsets, S::kPredicateBytes, 3 * p));
  std::vector<Predicate> out;
  out.reserve(p);
  for (uint32_t i = 0; i < p; ++i) {
    std::string_view category = strings.Get(3 * i + 1);
    out.push_back(Predicate{ids[i], std::string(strings.Get(3 * i)), std::string(category),
                            std::string(strings.Get(3 * i + 2)), StanceOfCategory(category)});
  }
  return out;
}

SnapshotHeaderInfo InfoOf(const snap::Header& h, uint64_t file_bytes) {
  SnapshotHeaderInfo info;
  info.version.store_id = h.store_id;
  info.version.data_version = h.data_version;
  info.version.schema_version = static_cast<int>(h.schema_version);
  info.level = static_cast<TripleLevel>(h.level);
  info.file_bytes = file_bytes;
  info.num_vertices = h.num_vertices;
  info.num_edges = h.num_edges;
  return info;
}

}  // namespace

Result<std::unique_ptr<KnowledgeGraph>> MapSnapshot(const std::string& path, int64_t change_counter) {
  KG_ASSIGN_OR_RETURN(std::shared_ptr<const MappedFile> file, MappedFile::Open(path));
  CheckedFile f(*file, path);
  KG_RETURN_IF_ERROR(f.CheckHeader());
  KG_ASSIGN_OR_RETURN(GraphArrays arrays, ReadArrays(f));
  KG_ASSIGN_OR_RETURN(std::vector<Predicate> predicates, ReadPredicates(f));
  StoreVersion version = InfoOf(f.header(), file->size()).version;
  version.change_counter = change_counter;
  return KnowledgeGraph::FromArrays(static_cast<TripleLevel>(f.header().level), arrays, std::move(predicates),
                                    version, std::move(file));
}

Result<SnapshotHeaderInfo> ReadSnapshotHeader(const std::string& path) {
  KG_ASSIGN_OR_RETURN(std::unique_ptr<MappedFile> file, MappedFile::Open(path));
  CheckedFile f(*file, path);
  KG_RETURN_IF_ERROR(f.CheckHeader());
  return InfoOf(f.header(), file->size());
}

}  // namespace kg::graph
