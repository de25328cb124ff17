#include "graph/name_index.h"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <algorithm>

namespace kg::graph {
namespace {

bool IsAscii(std::string_view text) {
  return std::all_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

size_t SlotCount(size_t names) {
  size_t slots = 16;
  while (slots < names * 2) slots *= 2;
  return slots;
}

// Levenshtein distance over bytes of folded names: good enough to rank
// suggestions, and cheap enough to run over every name on a miss.
size_t EditDistance(std::string_view a, std::string_view b) {
  std::vector<size_t> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t diagonal = row[0];
    row[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

}  // namespace

std::string FoldCase(std::string_view text) {
  if (IsAscii(text)) {
    std::string out(text);
    for (char& c : out) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    return out;
  }
  // NFKC_Casefold also composes "e + combining diaeresis" into "ë", so a
  // name typed either way matches. Invalid UTF-8 becomes U+FFFD.
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* folding = icu::Normalizer2::getNFKCCasefoldInstance(status);
  icu::UnicodeString input = icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  if (U_FAILURE(status)) {
    std::string out;
    input.foldCase().toUTF8String(out);
    return out;
  }
  icu::UnicodeString folded = folding->normalize(input, status);
  std::string out;
  (U_SUCCESS(status) ? folded : input.foldCase()).toUTF8String(out);
  return out;
}

NameIndexData NameIndex::Build(const StringPoolView& names, std::vector<std::pair<std::string, VertexId>> aliases) {
  NameIndexData d;
  for (uint32_t v = 0; v < names.size(); ++v) d.folded.Add(FoldCase(names.Get(v)));
  d.folded.ShrinkToFit();
  d.slots.assign(SlotCount(names.size()), kNoVertex);
  const size_t mask = d.slots.size() - 1;
  for (VertexId v = 0; v < d.folded.size(); ++v) {
    size_t slot = StableHash(d.folded.Get(v)) & mask;
    // Canonical names are unique in the store, but two may fold alike
    // ("USA" and "usa"): the first (lowest entity id) keeps the slot.
    bool duplicate = false;
    while (d.slots[slot] != kNoVertex) {
      if (d.folded.Get(d.slots[slot]) == d.folded.Get(v)) {
        duplicate = true;
        break;
      }
      slot = (slot + 1) & mask;
    }
    if (!duplicate) d.slots[slot] = v;
  }
  for (auto& [alias, vertex] : aliases) alias = FoldCase(alias);
  std::stable_sort(aliases.begin(), aliases.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  d.alias_vertices.reserve(aliases.size());
  for (const auto& [alias, vertex] : aliases) {
    d.alias_keys.Add(alias);
    d.alias_vertices.push_back(vertex);
  }
  d.alias_keys.ShrinkToFit();
  return d;
}

// Slots are placed by StableHash, not std::hash: they are stored in graph
// snapshots, which another build of kg may read.
std::optional<VertexId> NameIndex::FindFolded(std::string_view folded) const {
  if (a_.slots.empty()) return std::nullopt;
  const size_t mask = a_.slots.size() - 1;
  for (size_t slot = StableHash(folded) & mask; a_.slots[slot] != kNoVertex; slot = (slot + 1) & mask) {
    if (a_.folded.Get(a_.slots[slot]) == folded) return a_.slots[slot];
  }
  return std::nullopt;
}

std::optional<VertexId> NameIndex::Find(std::string_view name) const {
  std::string folded = FoldCase(name);
  if (auto v = FindFolded(folded)) return v;
  // The first of equal keys: aliases naming several entities keep entity order.
  size_t lo = 0, hi = a_.alias_keys.size();
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (a_.alias_keys.Get(static_cast<uint32_t>(mid)) < std::string_view(folded)) lo = mid + 1; else hi = mid;
  }
  if (lo < a_.alias_keys.size() && a_.alias_keys.Get(static_cast<uint32_t>(lo)) == folded) return a_.alias_vertices[lo];
  return std::nullopt;
}

std::vector<VertexId> NameIndex::Nearest(std::string_view name, size_t k) const {
  std::string folded = FoldCase(name);
  std::vector<std::pair<size_t, VertexId>> scored;  // (score, vertex); lower is closer
  scored.reserve(a_.folded.size());
  for (VertexId v = 0; v < a_.folded.size(); ++v) {
    std::string_view candidate = a_.folded.Get(v);
    bool prefix = !folded.empty() && candidate.substr(0, folded.size()) == folded;
    // Prefix matches rank before everything else, shorter ones first.
    size_t score = prefix ? candidate.size() - folded.size() : (1u << 20) + EditDistance(folded, candidate);
    scored.emplace_back(score, v);
  }
  k = std::min(k, scored.size());
  std::partial_sort(scored.begin(), scored.begin() + static_cast<std::ptrdiff_t>(k), scored.end());
  std::vector<VertexId> out;
  for (size_t i = 0; i < k; ++i) out.push_back(scored[i].second);
  return out;
}

}  // namespace kg::graph
