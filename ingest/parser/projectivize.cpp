#include "ingest/parser/projectivize.h"

#include <algorithm>
#include <cstdlib>

namespace kg::syntax {
namespace {

// Whether `head` dominates `word` (a chain of heads leads from word to it).
bool Dominates(const std::vector<int>& heads, int head, int word) {
  const int n = static_cast<int>(heads.size());
  for (int steps = 0; word >= 0 && word < n && steps <= n; ++steps) {
    if (word == head) return true;
    word = heads[static_cast<size_t>(word)];
  }
  return word == head;
}

}  // namespace

bool IsProjectiveArc(const std::vector<int>& heads, int dependent) {
  int head = heads[static_cast<size_t>(dependent)];
  int lo = std::min(head, dependent), hi = std::max(head, dependent);
  for (int k = lo + 1; k < hi; ++k) {
    if (!Dominates(heads, head, k)) return false;
  }
  return true;
}

int CountNonProjective(const std::vector<int>& heads) {
  int count = 0;
  for (int d = 0; d < static_cast<int>(heads.size()); ++d) count += !IsProjectiveArc(heads, d);
  return count;
}

int Projectivize(std::vector<int>& heads) {
  const int n = static_cast<int>(heads.size());
  int lifts = 0;
  for (;;) {
    int shortest = -1, span = n + 2;
    for (int d = 0; d < n; ++d) {
      int length = std::abs(heads[static_cast<size_t>(d)] - d);
      if (length < span && !IsProjectiveArc(heads, d)) shortest = d, span = length;
    }
    if (shortest < 0) return lifts;
    int head = heads[static_cast<size_t>(shortest)];
    if (head >= n) return lifts;  // an arc from the root is always projective here
    heads[static_cast<size_t>(shortest)] = heads[static_cast<size_t>(head)];
    ++lifts;
  }
}

}  // namespace kg::syntax
