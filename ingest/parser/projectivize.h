// Non-projective trees: the arc-hybrid parser builds projective trees only,
// so training trees are made projective by lifting (Kahane et al. 1998;
// Nivre and Nilsson 2005 without the label encoding): a non-projective arc's
// dependent moves up to its head's head, the shortest such arc first, until
// none is left. What this costs is the share of gold arcs that are
// non-projective, which CountNonProjective measures on any treebank.
#pragma once

#include <vector>

namespace kg::syntax {

// `heads[i]` is word i's head, n (== heads.size()) for the root.
bool IsProjectiveArc(const std::vector<int>& heads, int dependent);
int CountNonProjective(const std::vector<int>& heads);
// Returns the number of lifts made.
int Projectivize(std::vector<int>& heads);

}  // namespace kg::syntax
