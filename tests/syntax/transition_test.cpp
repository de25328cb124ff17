// The arc-hybrid system, its dynamic oracle and projectivisation.
#include <doctest/doctest.h>

#include "ingest/parser/arc_hybrid.h"
#include "ingest/parser/dynamic_oracle.h"
#include "ingest/parser/projectivize.h"

using namespace kg::syntax;

namespace {

// Follows the oracle's first zero-cost class from the start: the tree it
// builds must be the gold tree.
std::vector<int> FollowOracle(const GoldTree& gold, int labels, std::vector<int>* built_labels) {
  const int n = static_cast<int>(gold.heads.size());
  ParseState state(n);
  std::vector<bool> zero;
  int steps = 0;
  while (!state.Terminal()) {
    ZeroCostMoves(state, gold, labels, &zero);
    int cls = -1;
    for (size_t c = 0; c < zero.size(); ++c) {
      if (zero[c]) { cls = static_cast<int>(c); break; }
    }
    REQUIRE(cls >= 0);
    REQUIRE(state.Valid(ClassMove(cls)));
    state.Apply(ClassMove(cls), ClassLabel(cls));
    ++steps;
  }
  CHECK(steps == 2 * n);
  std::vector<int> heads;
  for (int i = 0; i < n; ++i) {
    heads.push_back(state.Head(i));
    built_labels->push_back(state.Label(i));
  }
  return heads;
}

}  // namespace

TEST_CASE("classes encode a move and a label") {
  CHECK(ClassMove(0) == Move::kShift);
  for (int l = 0; l < 5; ++l) {
    CHECK(ClassMove(MoveClass(Move::kLeft, l)) == Move::kLeft);
    CHECK(ClassMove(MoveClass(Move::kRight, l)) == Move::kRight);
    CHECK(ClassLabel(MoveClass(Move::kRight, l)) == l);
  }
  CHECK(MoveClasses(5) == 11);
}

TEST_CASE("the root takes one dependent: LEFT onto it only with one word left") {
  ParseState state(2);
  state.Apply(Move::kShift, -1);
  state.Apply(Move::kShift, -1);
  CHECK(!state.Valid(Move::kShift));
  CHECK(!state.Valid(Move::kLeft));  // two words on the stack, b0 is the root
  CHECK(state.Valid(Move::kRight));
  state.Apply(Move::kRight, 0);
  CHECK(state.Valid(Move::kLeft));
  state.Apply(Move::kLeft, 1);
  CHECK(state.Terminal());
  CHECK(state.Head(1) == 0);
  CHECK(state.Head(0) == 2);
}

TEST_CASE("the static path of the dynamic oracle rebuilds projective gold trees") {
  // "The army attacked the town that rebels held ." (root = 9)
  GoldTree gold{{1, 2, 9, 4, 2, 7, 7, 4, 2}, {0, 1, 2, 0, 3, 3, 1, 4, 5}};
  std::vector<int> labels;
  CHECK(FollowOracle(gold, 6, &labels) == gold.heads);
  CHECK(labels == gold.labels);
  // A right-branching chain and a left-branching one.
  GoldTree right{{5, 0, 1, 2, 3}, {0, 1, 1, 1, 1}};
  labels.clear();
  CHECK(FollowOracle(right, 2, &labels) == right.heads);
  GoldTree left{{1, 2, 3, 4, 5}, {1, 1, 1, 1, 0}};
  labels.clear();
  CHECK(FollowOracle(left, 2, &labels) == left.heads);
}

TEST_CASE("after a wrong move the oracle still allows a zero-cost move") {
  GoldTree gold{{1, 2, 9, 4, 2, 7, 7, 4, 2}, {0, 1, 2, 0, 3, 3, 1, 4, 5}};
  ParseState state(9);
  state.Apply(Move::kShift, -1);
  state.Apply(Move::kShift, -1);
  state.Apply(Move::kRight, 0);  // wrong: "army" is not a dependent of "The"
  std::vector<bool> zero;
  while (!state.Terminal()) {
    ZeroCostMoves(state, gold, 6, &zero);
    int cls = -1;
    for (size_t c = 0; c < zero.size() && cls < 0; ++c) {
      if (zero[c]) cls = static_cast<int>(c);
    }
    REQUIRE(cls >= 0);
    state.Apply(ClassMove(cls), ClassLabel(cls));
  }
  // Every arc not lost by the mistake is still made.
  CHECK(state.Head(2) == 9);
  CHECK(state.Head(4) == 2);
  CHECK(state.Head(7) == 4);
}

TEST_CASE("projectivize lifts crossing arcs and leaves projective trees alone") {
  std::vector<int> projective = {1, 5, 1, 4, 1};  // the root is 5
  CHECK(CountNonProjective(projective) == 0);
  CHECK(Projectivize(projective) == 0);
  // 2 -> 0 spans word 1, which hangs from the root, not from 2.
  std::vector<int> crossing = {2, 5, 4, 1, 1};
  CHECK(CountNonProjective(crossing) > 0);
  CHECK(Projectivize(crossing) > 0);
  CHECK(CountNonProjective(crossing) == 0);
  for (int h : crossing) CHECK((h >= 0 && h <= 5));
}
