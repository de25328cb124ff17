#include "ingest/parser/dynamic_oracle.h"

namespace kg::syntax {
namespace {

// Whether `word` has a gold arc, either way, with any stack item.
bool ArcWithStack(const ParseState& state, const GoldTree& gold, int word) {
  for (int i = 0; i < state.StackSize(); ++i) {
    int s = state.Stack(i);
    if (gold.heads[static_cast<size_t>(s)] == word || (word < state.words() && gold.heads[static_cast<size_t>(word)] == s)) {
      return true;
    }
  }
  return false;
}

// Whether `word` has a gold arc, either way, with a buffer item after b0
// (the root included).
bool ArcWithRestOfBuffer(const ParseState& state, const GoldTree& gold, int word) {
  int head = gold.heads[static_cast<size_t>(word)];
  int b1 = state.Buffer(0) + 1;
  if (head >= b1) return true;
  for (int w = b1; w < state.words(); ++w) {
    if (gold.heads[static_cast<size_t>(w)] == word) return true;
  }
  return false;
}

}  // namespace

void ZeroCostMoves(const ParseState& state, const GoldTree& gold, int labels, std::vector<bool>* zero_cost) {
  zero_cost->assign(static_cast<size_t>(MoveClasses(labels)), false);
  const int s0 = state.Stack(0), s1 = state.Stack(1), b0 = state.Buffer(0);
  const int head = s0 >= 0 ? gold.heads[static_cast<size_t>(s0)] : -2;
  const int gold_label = s0 >= 0 ? gold.labels[static_cast<size_t>(s0)] : -1;
  auto allow = [&](Move move, bool any_label) {
    for (int l = 0; l < labels; ++l) {
      if (any_label || l == gold_label) (*zero_cost)[static_cast<size_t>(MoveClass(move, l))] = true;
    }
  };
  bool shift = state.Valid(Move::kShift), left = state.Valid(Move::kLeft), right = state.Valid(Move::kRight);
  // The two moves that make a gold arc now are the only ones that keep it.
  if (shift && s0 >= 0 && gold.heads[static_cast<size_t>(b0)] == s0) {
    (*zero_cost)[0] = true;  // s0 -> b0 is made by SHIFT then RIGHT
    return;
  }
  if (left && head == b0) {
    allow(Move::kLeft, false);
    return;
  }
  if (s1 >= 0 && head == s1) left = false;
  if (s0 >= 0 && ArcWithRestOfBuffer(state, gold, s0)) left = right = false;
  if (shift && ArcWithStack(state, gold, b0)) shift = false;
  // The root takes its one dependent from the bottom of the stack, so a
  // root word pushed above another word can never reach it.
  if (shift && s0 >= 0 && gold.heads[static_cast<size_t>(b0)] == state.words()) shift = false;
  (*zero_cost)[0] = shift;
  if (left) allow(Move::kLeft, true);
  if (right) allow(Move::kRight, head != s1);
}

}  // namespace kg::syntax
