// DotStyle: how a picture of the graph looks, as data: the shape and fill
// of each entity type, the colour of each stance, the width of an edge by
// its evidence. The DOT writer styles nodes and edges from these tables and
// the legend explains them from the same tables, so the two cannot drift.
#pragma once

#include <span>
#include <string>
#include <string_view>

#include "graph/graph_types.h"

namespace kg::graph {

struct TypeStyle {
  EntityType type;
  const char* shape;
  const char* fill;
};
// One per entity type, in EntityType order.
std::span<const TypeStyle> TypeStyles();
const TypeStyle& StyleOfType(EntityType type);
// By stored type name ("country"); unknown names get the style of 'other'.
const TypeStyle& StyleOfTypeName(std::string_view type);

struct StanceStyle {
  Stance stance;
  const char* colour;
  const char* meaning;  // for the legend
};
// One per stance: cooperation, conflict, neutral.
std::span<const StanceStyle> StanceStyles();
const StanceStyle& StyleOfStance(Stance stance);
// By stance name ("cooperation"); unknown names are neutral.
const StanceStyle& StyleOfStanceName(std::string_view stance);

// A negated relation is no cooperation (nor conflict): grey and dashed.
inline constexpr const char* kNegatedColour = "#969696";

// Pen width of an edge with `evidence` sentences (or assertions): grows with
// the log, 1 sentence = 1, 100 = 5, capped at 8.
double EdgeWidth(long evidence);
// What the width means, in words, for the legend.
inline constexpr const char* kEdgeWidthMeaning =
    "edge width: evidence, 1 + 2 log10(sentences): 1 sentence = 1, 10 = 3, 100 = 5";

}  // namespace kg::graph
