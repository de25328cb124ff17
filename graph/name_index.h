// NameIndex: case-insensitive lookup of entity names and aliases.
//
// Keys are Unicode case-folded (ICU), so "zoë", "ZOË" and "Zoë" meet, and
// so do "łukasz" and "Łukasz". Canonical names win over aliases.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "graph/graph_types.h"
#include "graph/stable_hash.h"
#include "graph/string_pool.h"

namespace kg::graph {

// Unicode case folding with NFKC normalisation of UTF-8 text (ASCII fast
// path). Invalid UTF-8 becomes U+FFFD rather than an error: a lookup of a
// garbled name simply finds nothing.
std::string FoldCase(std::string_view text);

// The arrays of a name index, as views: in memory after a load, or mapped
// from a snapshot.
struct NameIndexArrays {
  StringPoolView folded;                     // folded name of vertex i
  std::span<const VertexId> slots;           // open addressing over folded, kNoVertex = empty; size 2^k
  StringPoolView alias_keys;                 // folded aliases, sorted (bytewise)
  std::span<const VertexId> alias_vertices;  // the vertex of alias_keys[i]
};

// The arrays, owned: what Build makes.
struct NameIndexData {
  StringPool folded;
  std::vector<VertexId> slots;
  StringPool alias_keys;
  std::vector<VertexId> alias_vertices;
  // Valid while this object lives unmoved.
  NameIndexArrays view() const { return {folded.view(), slots, alias_keys.view(), alias_vertices}; }
};

class NameIndex {
 public:
  NameIndex() = default;
  explicit NameIndex(const NameIndexArrays& arrays) : a_(arrays) {}

  // `names` holds the canonical name of vertex i at index i.
  static NameIndexData Build(const StringPoolView& names, std::vector<std::pair<std::string, VertexId>> aliases);

  std::optional<VertexId> Find(std::string_view name) const;
  // Up to k canonical names closest to `name`: names that start with it
  // first, then by edit distance of the folded forms.
  std::vector<VertexId> Nearest(std::string_view name, size_t k) const;
  const NameIndexArrays& arrays() const { return a_; }

 private:
  std::optional<VertexId> FindFolded(std::string_view folded) const;
  NameIndexArrays a_;
};

}  // namespace kg::graph
