// The per-vertex scratch of searches: starts unset without filling its
// arrays, and a new epoch unsets every mark.
#include <doctest/doctest.h>

#include "graph/search_workspace.h"
#include "graph/zeroed_array.h"

namespace kg::graph {

TEST_CASE("a zeroed array starts all zero and clears back to zero") {
  ZeroedArray<uint32_t> array(100'000);
  CHECK(array.size() == 100'000);
  CHECK(array[0] == 0);
  CHECK(array[99'999] == 0);
  array[12'345] = 7;
  CHECK(array.data()[12'345] == 7);
  array.Clear();
  CHECK(array[12'345] == 0);
  ZeroedArray<uint8_t> none;
  CHECK(none.empty());
  none.Clear();
}

TEST_CASE("a workspace's marks hold for one epoch only") {
  SearchWorkspace ws(10);
  ws.NewEpoch();
  CHECK_FALSE(ws.Seen(0, 3));
  ws.MarkDistance(0, 3, 2);
  ws.MarkOnly(1, 4);
  CHECK(ws.Seen(0, 3));
  CHECK(ws.Distance(0, 3) == 2);
  CHECK(ws.Seen(1, 4));
  CHECK_FALSE(ws.Seen(1, 3));
  ws.NewEpoch();
  CHECK_FALSE(ws.Seen(0, 3));
  CHECK_FALSE(ws.Seen(1, 4));
}

TEST_CASE("a workspace that keeps parents records the hop into each vertex") {
  SearchWorkspace ws(5);
  ws.KeepParents();
  ws.KeepParents();  // a second call keeps the arrays
  ws.NewEpoch();
  ws.Mark(0, 0, 0, kNoEdge, kNoVertex);
  ws.Mark(0, 4, 1, 9, 0);
  CHECK(ws.ViaEdge(0, 4) == 9);
  CHECK(ws.ViaVertex(0, 4) == 0);
  CHECK(ws.ViaEdge(0, 0) == kNoEdge);
  CHECK(ws.Distance(0, 4) == 1);
}

}  // namespace kg::graph
