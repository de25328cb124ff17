// NameIndex: case-insensitive lookup of entity names and aliases.
//
// Keys are Unicode case-folded (ICU), so "zoë", "ZOË" and "Zoë" meet, and
// so do "łukasz" and "Łukasz". Canonical names win over aliases.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "graph/graph_types.h"
#include "graph/string_pool.h"

namespace kg::graph {

// Unicode case folding with NFKC normalisation of UTF-8 text (ASCII fast
// path). Invalid UTF-8 becomes U+FFFD rather than an error: a lookup of a
// garbled name simply finds nothing.
std::string FoldCase(std::string_view text);

class NameIndex {
 public:
  // `names` holds the canonical name of vertex i at index i.
  void Build(const StringPool& names, std::vector<std::pair<std::string, VertexId>> aliases);

  std::optional<VertexId> Find(std::string_view name) const;
  // Up to k canonical names closest to `name`: names that start with it
  // first, then by edit distance of the folded forms.
  std::vector<VertexId> Nearest(std::string_view name, size_t k) const;

 private:
  std::optional<VertexId> FindFolded(std::string_view folded) const;
  StringPool folded_;                 // folded name of vertex i
  std::vector<VertexId> slots_;       // open addressing over folded_, kNoVertex = empty
  // Folded alias -> vertex, sorted by alias, for binary search.
  std::vector<std::pair<std::string, VertexId>> aliases_;
};

}  // namespace kg::graph
