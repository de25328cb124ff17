#include "graph/graph_types.h"

#include <array>

namespace kg::graph {
namespace {

constexpr std::array<std::string_view, kEntityTypeCount> kTypeNames = {
    "country", "person", "organization", "location", "other"};
constexpr std::array<std::string_view, kEntityTypeCount> kTypeLabels = {
    "Country", "Person", "Organization", "Location", "Other"};

}  // namespace

std::string_view EntityTypeName(EntityType type) { return kTypeNames[static_cast<size_t>(type)]; }

std::string_view EntityTypeLabel(EntityType type) { return kTypeLabels[static_cast<size_t>(type)]; }

std::optional<EntityType> ParseEntityType(std::string_view name) {
  for (size_t i = 0; i < kTypeNames.size(); ++i) {
    if (kTypeNames[i] == name) return static_cast<EntityType>(i);
  }
  return std::nullopt;
}

std::string_view TripleLevelName(TripleLevel level) {
  return level == TripleLevel::kActor ? "actor" : "mention";
}

std::optional<Direction> ParseDirection(std::string_view name) {
  if (name == "out") return Direction::kOut;
  if (name == "in") return Direction::kIn;
  if (name == "both") return Direction::kBoth;
  return std::nullopt;
}

Stance StanceOfCategory(std::string_view category) {
  // PLOVER's event categories, split by the kind of relation they express.
  static constexpr std::string_view kCooperation[] = {"AGREE", "CONSULT", "SUPPORT", "COOPERATE",
                                                      "AID",   "CONCEDE", "RETREAT"};
  static constexpr std::string_view kConflict[] = {"INVESTIGATE", "DEMAND",   "DISAPPROVE", "REJECT",
                                                   "THREATEN",    "PROTEST",  "MOBILIZE",   "SANCTION",
                                                   "COERCE",      "ASSAULT",  "FIGHT"};
  for (std::string_view c : kCooperation) {
    if (c == category) return Stance::kCooperation;
  }
  for (std::string_view c : kConflict) {
    if (c == category) return Stance::kConflict;
  }
  return Stance::kNeutral;
}

std::string_view StanceName(Stance stance) {
  switch (stance) {
    case Stance::kCooperation: return "cooperation";
    case Stance::kConflict: return "conflict";
    case Stance::kNeutral: break;
  }
  return "neutral";
}

}  // namespace kg::graph
