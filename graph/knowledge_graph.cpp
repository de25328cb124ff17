#include "graph/knowledge_graph.h"

#include <fmt/format.h>

#include <algorithm>
#include <thread>
#include <unordered_map>
#include <utility>

#include "graph/csr_builder.h"
#include "schema/graph_reader.h"

namespace kg::graph {
namespace {

// "YYYY-MM-DD" -> YYYYMMDD; 0 for anything else (unknown date).
int32_t DayNumber(std::string_view date) {
  if (date.size() < 10 || date[4] != '-' || date[7] != '-') return 0;
  int32_t value = 0;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    char c = date[i];
    if (c < '0' || c > '9') return 0;
    value = value * 10 + (c - '0');
  }
  return value;
}

// Predicates are a vocabulary (hundreds); ids beyond this mean a damaged store.
constexpr int64_t kMaxPredicateId = 1 << 24;

// Buffers are reserved up to this many edges (ids may be sparse) and grow
// past it like any vector.
constexpr uint64_t kMaxReserve = uint64_t{1} << 24;

// The arrays of a graph loaded from the store. Filled in place (it is made
// on the heap first and never moved: short pools keep their bytes inline).
struct OwnedArrays {
  CsrGraph csr;
  std::vector<EdgeId> all_row;
  std::vector<VertexId> all_neighbour;
  std::vector<int64_t> entity_ids;
  std::vector<EntityType> types;
  std::vector<uint32_t> code_ids;
  std::vector<uint32_t> sector_ids;
  StringPool names;
  StringPool codes;
  int64_t min_entity_id = 0;
  bool contiguous_ids = false;
  uint64_t num_negated_edges = 0;
  std::vector<VertexId> vertex_of_dense_id;
  NameIndexData name_index;

  GraphArrays view() const {
    GraphArrays a;
    a.out_row = csr.m_forward.m_rowstart;
    a.out_target = csr.m_forward.m_column;
    a.edge_info = csr.m_forward.m_edge_properties;
    a.in_row = csr.m_backward.m_rowstart;
    a.in_source = csr.m_backward.m_column;
    a.in_edge = csr.m_backward.m_edge_properties;
    a.all_row = all_row;
    a.all_neighbour = all_neighbour;
    a.entity_ids = entity_ids;
    a.types = types;
    a.code_ids = code_ids;
    a.sector_ids = sector_ids;
    a.names = names.view();
    a.codes = codes.view();
    a.min_entity_id = min_entity_id;
    a.contiguous_ids = contiguous_ids;
    a.num_negated_edges = num_negated_edges;
    a.vertex_of_dense_id = vertex_of_dense_id;
    a.name_index = name_index.view();
    return a;
  }

  // Out- then in-neighbours of each vertex in one list.
  void BuildUndirected() {
    const GraphArrays a = view();
    const size_t n = entity_ids.size();
    all_row.assign(n + 1, 0);
    all_neighbour.resize(2 * a.out_target.size());
    VertexId* at = all_neighbour.data();
    for (VertexId v = 0; v < n; ++v) {
      at = std::copy(a.out_target.begin() + a.out_row[v], a.out_target.begin() + a.out_row[v + 1], at);
      at = std::copy(a.in_source.begin() + a.in_row[v], a.in_source.begin() + a.in_row[v + 1], at);
      all_row[v + 1] = static_cast<EdgeId>(at - all_neighbour.data());
    }
  }

  void CountNegated() {
    const auto& edges = csr.m_forward.m_edge_properties;
    num_negated_edges = static_cast<uint64_t>(
        std::count_if(edges.begin(), edges.end(), [](const EdgeInfo& e) { return e.negated != 0; }));
  }
};

}  // namespace

// Builds a KnowledgeGraph from a GraphReader; the friend that fills it.
class GraphBuilder {
 public:
  GraphBuilder(KnowledgeGraph& graph, OwnedArrays& owned, std::vector<std::unique_ptr<GraphReader>>& readers)
      : g_(graph), o_(owned), readers_(readers) {}

  Status Build(TripleLevel level) {
    g_.level_ = level;
    g_.data_version_ = reader().data_version();
    g_.store_version_ = reader().store_version();
    KG_RETURN_IF_ERROR(ReadEntities());
    g_.SetArrays(o_.view());  // VertexOfEntity, for the aliases and the triples
    KG_RETURN_IF_ERROR(ReadPredicates());
    std::vector<std::pair<std::string, VertexId>> aliases;
    KG_RETURN_IF_ERROR(reader().ForEachAlias([&](std::string_view alias, int64_t entity_id) {
      if (auto v = g_.VertexOfEntity(entity_id)) aliases.emplace_back(std::string(alias), *v);
    }));
    o_.name_index = NameIndex::Build(o_.names.view(), std::move(aliases));
    // The topology last: the arrays a search reads first are then the ones
    // written most recently, still in the CPU's last-level cache.
    return ReadTriples(level);
  }

 private:
  uint32_t InternCode(std::string_view code) {
    if (code.empty()) return 0;
    auto [it, inserted] = code_ids_.try_emplace(std::string(code), 0);
    if (inserted) it->second = o_.codes.Add(code);
    return it->second;
  }

  Status ReadEntities() {
    KG_ASSIGN_OR_RETURN(int64_t count, reader().CountEntities());
    auto n = static_cast<size_t>(count);
    o_.entity_ids.reserve(n);
    o_.types.reserve(n);
    o_.code_ids.reserve(n);
    o_.sector_ids.reserve(n);
    o_.names.Reserve(n, n * 12);
    o_.codes.Add("");  // index 0: no code
    KG_RETURN_IF_ERROR(reader().ForEachEntity([&](const EntityView& e) {
      o_.entity_ids.push_back(e.id);
      o_.names.Add(e.name);
      o_.types.push_back(ParseEntityType(e.type).value_or(EntityType::kOther));
      o_.code_ids.push_back(InternCode(e.code));
      o_.sector_ids.push_back(InternCode(e.sector));
    }));
    if (o_.entity_ids.size() >= kNoVertex) {
      return Status::Unsupported(fmt::format("{} entities: more than the graph engine's limit of {}",
                                             o_.entity_ids.size(), kNoVertex - 1));
    }
    o_.names.ShrinkToFit();
    // Entity ids are normally dense (1..n): a flat table then maps an id to
    // its vertex in one load; sparse ids fall back to binary search.
    if (!o_.entity_ids.empty()) {
      int64_t lo = o_.entity_ids.front(), hi = o_.entity_ids.back();
      o_.min_entity_id = lo;
      if (static_cast<uint64_t>(hi - lo) + 1 == o_.entity_ids.size()) {
        // Ids 1..n without gaps (the usual case): the vertex is the offset,
        // no table and no cache miss per triple while loading.
        o_.contiguous_ids = true;
      } else if (static_cast<uint64_t>(hi - lo) < 4 * o_.entity_ids.size() + 1024) {
        o_.vertex_of_dense_id.assign(static_cast<size_t>(hi - lo + 1), kNoVertex);
        for (VertexId v = 0; v < o_.entity_ids.size(); ++v) {
          o_.vertex_of_dense_id[static_cast<size_t>(o_.entity_ids[v] - lo)] = v;
        }
      }
    }
    return Status::Ok();
  }

  Status ReadPredicates() {
    Status status = reader().ForEachPredicate([&](const PredicateView& p) {
      if (p.id >= 0 && p.id < kMaxPredicateId) {
        if (static_cast<size_t>(p.id) >= predicate_index_.size()) {
          predicate_index_.resize(static_cast<size_t>(p.id) + 1, UINT32_MAX);
        }
        predicate_index_[static_cast<size_t>(p.id)] = static_cast<uint32_t>(g_.predicates_.size());
      }
      g_.predicates_.push_back(Predicate{p.id, std::string(p.name), std::string(p.category),
                                         std::string(p.cameo), StanceOfCategory(p.category)});
    });
    // A triple naming a predicate id outside the table is reported as
    // corruption by ReadTriples.
    return status;
  }

  Status ReadTriples(TripleLevel level) {
    KG_ASSIGN_OR_RETURN(IdRange ids, reader().TripleIds());
    // Stepping SQLite through the triples is most of a load: each reader
    // (its own connection, same snapshot) reads one part of the id range.
    const size_t parts = readers_.size();
    std::vector<IdRange> ranges = Split(ids, parts);
    std::vector<CsrBuilder> builders;
    builders.reserve(parts);
    // Reserving the id range over-reserves when both levels are stored, but
    // pages never written cost no memory; a count(*) would cost a scan.
    for (const IdRange& range : ranges) {
      builders.emplace_back(static_cast<VertexId>(o_.entity_ids.size()),
                            static_cast<size_t>(std::min<uint64_t>(range.size(), kMaxReserve)));
    }
    std::vector<Status> status(parts, Status::Ok());
    std::vector<std::thread> threads;
    for (size_t i = 1; i < parts; ++i) {
      threads.emplace_back([&, i] { status[i] = ReadTripleRange(*readers_[i], level, ranges[i], builders[i]); });
    }
    status[0] = ReadTripleRange(*readers_[0], level, ranges[0], builders[0]);
    for (std::thread& t : threads) t.join();
    for (const Status& s : status) KG_RETURN_IF_ERROR(s);
    for (size_t i = 1; i < parts; ++i) builders[0].Append(std::move(builders[i]));
    if (builders[0].size() >= kNoEdge) {
      return Status::Unsupported(fmt::format("{} triples: more than the graph engine's limit", builders[0].size()));
    }
    builders[0].BuildInto(o_.csr);
    o_.BuildUndirected();
    o_.CountNegated();
    g_.SetArrays(o_.view());
    return Status::Ok();
  }

  // Reads the triples of `ids` into `edges`. Runs on its own thread when the
  // load is parallel: it only reads the vertex and predicate tables.
  Status ReadTripleRange(GraphReader& reader, TripleLevel level, IdRange ids, CsrBuilder& edges) const {
    Status bad = Status::Ok();
    KG_RETURN_IF_ERROR(reader.ForEachTriple(TripleLevelName(level), ids, [&](const TripleView& t) {
      auto s = g_.VertexOfEntity(t.subject_id);
      auto o = g_.VertexOfEntity(t.object_id);
      auto p = PredicateIndex(t.predicate_id);
      if (!s || !o || !p) {
        if (bad.ok()) {
          bad = Status::Corruption(fmt::format("triple {} names an entity or predicate that does not exist",
                                               t.id));
        }
        return;
      }
      EdgeInfo e;
      e.triple_id = t.id;
      e.predicate = *p;
      e.negated = t.negated ? 1 : 0;
      e.evidence_count = static_cast<uint32_t>(std::clamp<int64_t>(t.evidence_count, 0, UINT32_MAX));
      e.first_day = DayNumber(t.first_date);
      e.last_day = DayNumber(t.last_date);
      edges.Add(*s, *o, e);
    }));
    return bad;
  }

  // `parts` consecutive ranges covering `ids`.
  static std::vector<IdRange> Split(IdRange ids, size_t parts) {
    std::vector<IdRange> ranges;
    const uint64_t step = ids.size() / parts;
    int64_t first = ids.first;
    for (size_t i = 0; i < parts; ++i) {
      int64_t last = i + 1 == parts ? ids.last : first + static_cast<int64_t>(step) - 1;
      ranges.push_back(IdRange{first, last});
      first = last + 1;
    }
    return ranges;
  }

  GraphReader& reader() { return *readers_[0]; }

  // Predicate ids are few and small: a flat table, not a hash per triple.
  std::optional<uint32_t> PredicateIndex(int64_t id) const {
    if (id < 0 || static_cast<uint64_t>(id) >= predicate_index_.size()) return std::nullopt;
    uint32_t index = predicate_index_[static_cast<size_t>(id)];
    if (index == UINT32_MAX) return std::nullopt;
    return index;
  }

  KnowledgeGraph& g_;
  OwnedArrays& o_;
  std::vector<std::unique_ptr<GraphReader>>& readers_;  // one per loading thread, same snapshot
  std::unordered_map<std::string, uint32_t> code_ids_;
  std::vector<uint32_t> predicate_index_;  // predicate id -> index, UINT32_MAX = none
};

Result<std::unique_ptr<KnowledgeGraph>> KnowledgeGraph::Load(Store& store, const LoadOptions& options) {
  KG_ASSIGN_OR_RETURN(std::vector<std::unique_ptr<GraphReader>> readers,
                      GraphReader::BeginParallel(store, options.threads, options.min_triples_per_thread));
  std::unique_ptr<KnowledgeGraph> graph(new KnowledgeGraph());
  auto owned = std::make_shared<OwnedArrays>();
  GraphBuilder builder(*graph, *owned, readers);
  KG_RETURN_IF_ERROR(builder.Build(options.level).WithContext(store.path()));
  graph->storage_ = std::move(owned);
  return graph;
}

std::unique_ptr<KnowledgeGraph> KnowledgeGraph::FromArrays(TripleLevel level, const GraphArrays& arrays,
                                                           std::vector<Predicate> predicates,
                                                           const StoreVersion& version,
                                                           std::shared_ptr<const void> storage) {
  std::unique_ptr<KnowledgeGraph> graph(new KnowledgeGraph());
  graph->level_ = level;
  graph->SetArrays(arrays);
  graph->predicates_ = std::move(predicates);
  graph->store_version_ = version;
  graph->data_version_ = version.change_counter;
  graph->storage_ = std::move(storage);
  return graph;
}

void KnowledgeGraph::SetArrays(const GraphArrays& arrays) {
  a_ = arrays;
  out_row_ = a_.out_row.data();
  out_target_ = a_.out_target.data();
  edge_info_ = a_.edge_info.data();
  in_row_ = a_.in_row.data();
  in_source_ = a_.in_source.data();
  in_edge_ = a_.in_edge.data();
  all_row_ = a_.all_row.data();
  all_neighbour_ = a_.all_neighbour.data();
  num_negated_edges_ = a_.num_negated_edges;
  name_index_ = NameIndex(a_.name_index);
}

std::optional<VertexId> KnowledgeGraph::VertexOfEntity(int64_t entity_id) const {
  if (a_.contiguous_ids) {
    int64_t offset = entity_id - a_.min_entity_id;
    if (offset < 0 || static_cast<uint64_t>(offset) >= a_.entity_ids.size()) return std::nullopt;
    return static_cast<VertexId>(offset);
  }
  if (!a_.vertex_of_dense_id.empty()) {
    int64_t offset = entity_id - a_.min_entity_id;
    if (offset < 0 || static_cast<uint64_t>(offset) >= a_.vertex_of_dense_id.size()) return std::nullopt;
    VertexId v = a_.vertex_of_dense_id[static_cast<size_t>(offset)];
    if (v == kNoVertex) return std::nullopt;
    return v;
  }
  auto it = std::lower_bound(a_.entity_ids.begin(), a_.entity_ids.end(), entity_id);
  if (it == a_.entity_ids.end() || *it != entity_id) return std::nullopt;
  return static_cast<VertexId>(it - a_.entity_ids.begin());
}

std::optional<VertexId> KnowledgeGraph::Find(std::string_view name) const { return name_index_.Find(name); }

Result<VertexId> KnowledgeGraph::Resolve(std::string_view name) const {
  if (auto v = Find(name)) return *v;
  std::string message = fmt::format("no entity named '{}'", name);
  std::vector<std::string> nearest = NearestNames(name, 3);
  if (!nearest.empty()) {
    message += "; did you mean ";
    for (size_t i = 0; i < nearest.size(); ++i) {
      message += fmt::format("{}'{}'", i == 0 ? "" : (i + 1 == nearest.size() ? " or " : ", "), nearest[i]);
    }
    message += "?";
  }
  return Status::NotFound(message);
}

std::vector<std::string> KnowledgeGraph::NearestNames(std::string_view name, size_t k) const {
  std::vector<std::string> out;
  for (VertexId v : name_index_.Nearest(name, k)) out.emplace_back(this->name(v));
  return out;
}

std::optional<uint32_t> KnowledgeGraph::FindPredicate(std::string_view name) const {
  std::string folded = FoldCase(name);
  for (uint32_t i = 0; i < predicates_.size(); ++i) {
    if (FoldCase(predicates_[i].name) == folded) return i;
  }
  return std::nullopt;
}

VertexId KnowledgeGraph::source(EdgeId e) const {
  const EdgeId* end = out_row_ + num_vertices() + 1;
  return static_cast<VertexId>(std::upper_bound(out_row_, end, e) - out_row_ - 1);
}

std::vector<Incidence> KnowledgeGraph::Incidences(VertexId v, Direction d) const {
  std::vector<Incidence> out;
  out.reserve(degree(v, d));
  ForEachIncidence(v, d, [&](const Incidence& i) { out.push_back(i); });
  return out;
}

Result<bool> KnowledgeGraph::IsStale(Store& store) const {
  // Both counters: the persistent one sees every kgraph write, on any
  // connection; SQLite's sees writes by other tools on other connections.
  KG_ASSIGN_OR_RETURN(StoreVersion now, store.ReadVersion());
  return now.change_counter != data_version_ || now.data_version != store_version_.data_version ||
         now.store_id != store_version_.store_id;
}

}  // namespace kg::graph
