// The small value types of the graph engine: vertex and edge ids, entity
// types, traversal direction and the compact per-edge record.
#pragma once

#include <cstdint>
#include <limits>
#include <optional>
#include <string_view>

namespace kg::graph {

// Vertices are numbered 0..n-1 in entity-id order; edges 0..m-1 in the
// order of the graph's out-edge arrays (by subject, then triple id).
using VertexId = uint32_t;
using EdgeId = uint32_t;
inline constexpr VertexId kNoVertex = std::numeric_limits<VertexId>::max();
inline constexpr EdgeId kNoEdge = std::numeric_limits<EdgeId>::max();

enum class EntityType : uint8_t { kCountry, kPerson, kOrganization, kLocation, kOther };
inline constexpr int kEntityTypeCount = 5;
std::string_view EntityTypeName(EntityType type);  // "country", as stored
std::string_view EntityTypeLabel(EntityType type);  // "Country", the query language's label
std::optional<EntityType> ParseEntityType(std::string_view name);

// Which triples become edges: the actor-level graph (states, organisations,
// people as they act) or the mention-level one.
enum class TripleLevel : uint8_t { kActor, kMention };
std::string_view TripleLevelName(TripleLevel level);

// kOut follows edges subject -> object, kIn object -> subject, kBoth ignores
// direction (the default of every operation: news relations are rarely
// symmetric, but "how are A and B connected" usually is).
enum class Direction : uint8_t { kOut, kIn, kBoth };
std::optional<Direction> ParseDirection(std::string_view name);

// One edge = one row of the triples table. Kept to 24 bytes: the large
// benchmark graph has 2M of them, and strings live once, in side tables.
struct EdgeInfo {
  int64_t triple_id = 0;
  uint32_t predicate : 31 = 0;   // index into KnowledgeGraph::predicate()
  uint32_t negated : 1 = 0;
  uint32_t evidence_count = 0;
  int32_t first_day = 0;         // YYYYMMDD, 0 when unknown
  int32_t last_day = 0;
};

// The stance of an event category (PLOVER): cooperation, conflict, or
// neither. Colours exports and lets queries ask for hostile relations.
enum class Stance : uint8_t { kNeutral, kCooperation, kConflict };
Stance StanceOfCategory(std::string_view category);
std::string_view StanceName(Stance stance);

}  // namespace kg::graph
