// The dynamic oracle of the arc-hybrid system (Goldberg and Nivre 2013): in
// any configuration, which moves lose no gold arc that is still reachable.
// Training follows the parser's own (possibly wrong) moves and learns from
// the best move still available, so it sees the states it will meet at run
// time. Gold trees must be projective (see projectivize.h).
#pragma once

#include <vector>

#include "ingest/parser/arc_hybrid.h"

namespace kg::syntax {

struct GoldTree {
  std::vector<int> heads;   // per word; n (the state's root) for the root word
  std::vector<int> labels;  // label ids
};

// Fills zero_cost[cls] for every class of `labels` labels.
void ZeroCostMoves(const ParseState& state, const GoldTree& gold, int labels, std::vector<bool>* zero_cost);

}  // namespace kg::syntax
