#include "graph/dot_style.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace kg::graph {
namespace {

constexpr std::array<TypeStyle, kEntityTypeCount> kTypeStyles = {{
    {EntityType::kCountry, "box", "#8dd3c7"},
    {EntityType::kPerson, "ellipse", "#ffffb3"},
    {EntityType::kOrganization, "hexagon", "#bebada"},
    {EntityType::kLocation, "house", "#fdb462"},
    {EntityType::kOther, "ellipse", "#d9d9d9"},
}};
static_assert(
    [] {
      for (size_t i = 0; i < kTypeStyles.size(); ++i) {
        if (static_cast<size_t>(kTypeStyles[i].type) != i) return false;
      }
      return true;
    }(),
    "kTypeStyles is indexed by EntityType");

constexpr std::array<StanceStyle, 3> kStanceStyles = {{
    {Stance::kCooperation, "#1a9850", "cooperation"},
    {Stance::kConflict, "#d73027", "conflict"},
    {Stance::kNeutral, "#636363", "other"},
}};

}  // namespace

std::span<const TypeStyle> TypeStyles() { return kTypeStyles; }

const TypeStyle& StyleOfType(EntityType type) { return kTypeStyles[static_cast<size_t>(type)]; }

const TypeStyle& StyleOfTypeName(std::string_view type) {
  return StyleOfType(ParseEntityType(type).value_or(EntityType::kOther));
}

std::span<const StanceStyle> StanceStyles() { return kStanceStyles; }

const StanceStyle& StyleOfStance(Stance stance) {
  for (const StanceStyle& s : kStanceStyles) {
    if (s.stance == stance) return s;
  }
  return kStanceStyles.back();
}

const StanceStyle& StyleOfStanceName(std::string_view stance) {
  for (const StanceStyle& s : kStanceStyles) {
    if (StanceName(s.stance) == stance) return s;
  }
  return StyleOfStance(Stance::kNeutral);
}

double EdgeWidth(long evidence) {
  return std::min(8.0, 1.0 + std::log10(static_cast<double>(std::max(1L, evidence))) * 2.0);
}

}  // namespace kg::graph
