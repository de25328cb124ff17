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

}  // namespace

// Builds a KnowledgeGraph from a GraphReader; the friend that fills it.
class GraphBuilder {
 public:
  GraphBuilder(KnowledgeGraph& graph, std::vector<std::unique_ptr<GraphReader>>& readers)
      : g_(graph), readers_(readers) {}

  Status Build(TripleLevel level) {
    g_.level_ = level;
    g_.data_version_ = reader().data_version();
    KG_RETURN_IF_ERROR(ReadEntities());
    KG_RETURN_IF_ERROR(ReadPredicates());
    std::vector<std::pair<std::string, VertexId>> aliases;
    KG_RETURN_IF_ERROR(reader().ForEachAlias([&](std::string_view alias, int64_t entity_id) {
      if (auto v = g_.VertexOfEntity(entity_id)) aliases.emplace_back(std::string(alias), *v);
    }));
    g_.name_index_.Build(g_.names_, std::move(aliases));
    // The topology last: the arrays a search reads first are then the ones
    // written most recently, still in the CPU's last-level cache.
    return ReadTriples(level);
  }

 private:
  uint32_t InternCode(std::string_view code) {
    if (code.empty()) return 0;
    auto [it, inserted] = code_ids_.try_emplace(std::string(code), 0);
    if (inserted) it->second = g_.codes_.Add(code);
    return it->second;
  }

  Status ReadEntities() {
    KG_ASSIGN_OR_RETURN(int64_t count, reader().CountEntities());
    auto n = static_cast<size_t>(count);
    g_.entity_ids_.reserve(n);
    g_.types_.reserve(n);
    g_.code_ids_.reserve(n);
    g_.sector_ids_.reserve(n);
    g_.names_.Reserve(n, n * 12);
    g_.codes_.Add("");  // index 0: no code
    KG_RETURN_IF_ERROR(reader().ForEachEntity([&](const EntityView& e) {
      g_.entity_ids_.push_back(e.id);
      g_.names_.Add(e.name);
      g_.types_.push_back(ParseEntityType(e.type).value_or(EntityType::kOther));
      g_.code_ids_.push_back(InternCode(e.code));
      g_.sector_ids_.push_back(InternCode(e.sector));
    }));
    if (g_.entity_ids_.size() >= kNoVertex) {
      return Status::Unsupported(fmt::format("{} entities: more than the graph engine's limit of {}",
                                             g_.entity_ids_.size(), kNoVertex - 1));
    }
    g_.names_.ShrinkToFit();
    // Entity ids are normally dense (1..n): a flat table then maps an id to
    // its vertex in one load; sparse ids fall back to binary search.
    if (!g_.entity_ids_.empty()) {
      int64_t lo = g_.entity_ids_.front(), hi = g_.entity_ids_.back();
      g_.min_entity_id_ = lo;
      if (static_cast<uint64_t>(hi - lo) + 1 == g_.entity_ids_.size()) {
        // Ids 1..n without gaps (the usual case): the vertex is the offset,
        // no table and no cache miss per triple while loading.
        g_.contiguous_ids_ = true;
      } else if (static_cast<uint64_t>(hi - lo) < 4 * g_.entity_ids_.size() + 1024) {
        g_.vertex_of_dense_id_.assign(static_cast<size_t>(hi - lo + 1), kNoVertex);
        for (VertexId v = 0; v < g_.entity_ids_.size(); ++v) {
          g_.vertex_of_dense_id_[static_cast<size_t>(g_.entity_ids_[v] - lo)] = v;
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
      builders.emplace_back(static_cast<VertexId>(g_.entity_ids_.size()),
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
    builders[0].BuildInto(g_.csr_);
    g_.IndexTopology();
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
  std::vector<std::unique_ptr<GraphReader>>& readers_;  // one per loading thread, same snapshot
  std::unordered_map<std::string, uint32_t> code_ids_;
  std::vector<uint32_t> predicate_index_;  // predicate id -> index, UINT32_MAX = none
};

Result<std::unique_ptr<KnowledgeGraph>> KnowledgeGraph::Load(Store& store, const LoadOptions& options) {
  KG_ASSIGN_OR_RETURN(std::vector<std::unique_ptr<GraphReader>> readers,
                      GraphReader::BeginParallel(store, options.threads, options.min_triples_per_thread));
  std::unique_ptr<KnowledgeGraph> graph(new KnowledgeGraph());
  GraphBuilder builder(*graph, readers);
  KG_RETURN_IF_ERROR(builder.Build(options.level).WithContext(store.path()));
  return graph;
}

void KnowledgeGraph::IndexTopology() {
  out_row_ = csr_.m_forward.m_rowstart.data();
  out_target_ = csr_.m_forward.m_column.data();
  in_row_ = csr_.m_backward.m_rowstart.data();
  in_source_ = csr_.m_backward.m_column.data();
  in_edge_ = csr_.m_backward.m_edge_properties.data();
  num_negated_edges_ = static_cast<size_t>(std::count_if(csr_.m_forward.m_edge_properties.begin(),
                                                         csr_.m_forward.m_edge_properties.end(),
                                                         [](const EdgeInfo& e) { return e.negated != 0; }));
  const size_t n = num_vertices();
  all_row_.resize(n + 1);
  all_neighbour_.resize(2 * num_edges());
  all_row_[0] = 0;
  VertexId* at = all_neighbour_.data();
  for (VertexId v = 0; v < n; ++v) {
    for (auto neighbours : {OutNeighbours(v), InNeighbours(v)}) at = std::copy(neighbours.begin(), neighbours.end(), at);
    all_row_[v + 1] = static_cast<EdgeId>(at - all_neighbour_.data());
  }
}

std::optional<VertexId> KnowledgeGraph::VertexOfEntity(int64_t entity_id) const {
  if (contiguous_ids_) {
    int64_t offset = entity_id - min_entity_id_;
    if (offset < 0 || static_cast<uint64_t>(offset) >= entity_ids_.size()) return std::nullopt;
    return static_cast<VertexId>(offset);
  }
  if (!vertex_of_dense_id_.empty()) {
    int64_t offset = entity_id - min_entity_id_;
    if (offset < 0 || static_cast<uint64_t>(offset) >= vertex_of_dense_id_.size()) return std::nullopt;
    VertexId v = vertex_of_dense_id_[static_cast<size_t>(offset)];
    if (v == kNoVertex) return std::nullopt;
    return v;
  }
  auto it = std::lower_bound(entity_ids_.begin(), entity_ids_.end(), entity_id);
  if (it == entity_ids_.end() || *it != entity_id) return std::nullopt;
  return static_cast<VertexId>(it - entity_ids_.begin());
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
  KG_ASSIGN_OR_RETURN(int64_t version, store.DataVersion());
  return version != data_version_;
}

}  // namespace kg::graph
