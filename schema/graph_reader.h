// GraphReader: streams what the in-memory graph is built from.
//
// Every read happens inside one read transaction (opened by Begin, closed
// by the destructor), so entities, aliases, predicates and triples agree
// with each other even while another process imports. Rows are passed to
// callbacks as views valid only during the call: the graph keeps compact
// copies, and no row-sized temporaries are built for 2M triples.
//
// Stepping SQLite through millions of rows is most of the cost of loading a
// graph, and one connection runs on one core. BeginParallel therefore opens
// extra connections on the same snapshot, so that ranges of triple ids can
// be read by several threads, one reader each.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <vector>
#include <string_view>

#include "schema/status.h"
#include "schema/store.h"

namespace kg {

struct EntityView {
  int64_t id;
  std::string_view name;
  std::string_view type;
  std::string_view code;    // empty when NULL
  std::string_view sector;  // empty when NULL
};

struct PredicateView {
  int64_t id;
  std::string_view name;
  std::string_view category;  // empty when NULL
  std::string_view cameo;     // empty when NULL
};

// Integer columns only, plus the two dates, so that loading is one lean
// scan of the triples table with no join per row.
struct TripleView {
  int64_t id;
  int64_t subject_id;
  int64_t predicate_id;
  int64_t object_id;
  bool negated;
  int64_t evidence_count;
  std::string_view first_date;  // YYYY-MM-DD, empty when NULL
  std::string_view last_date;
};

// Triple ids first..last, both included.
struct IdRange {
  int64_t first = 1;
  int64_t last = 0;
  bool empty() const { return last < first; }
  uint64_t size() const { return empty() ? 0 : static_cast<uint64_t>(last - first) + 1; }
};

class GraphReader {
 public:
  static Result<std::unique_ptr<GraphReader>> Begin(Store& store);
  // Up to `count` readers that all see the same snapshot: the first on
  // `store`, the others on connections of their own, one per
  // `min_triples_per_reader` triple ids. Fewer (at least one) when no more
  // can be opened on the same snapshot: a store that is not a file, or a
  // write committed while they were being opened.
  static Result<std::vector<std::unique_ptr<GraphReader>>> BeginParallel(Store& store, int count,
                                                                         uint64_t min_triples_per_reader);
  ~GraphReader();
  GraphReader(const GraphReader&) = delete;
  GraphReader& operator=(const GraphReader&) = delete;

  // The store's data version at the start of the read (Store::DataVersion).
  int64_t data_version() const { return data_version_; }
  // The persistent version of the data read (Store::ReadVersion).
  const StoreVersion& store_version() const { return store_version_; }

  Result<int64_t> CountEntities();
  Result<int64_t> CountTriples(std::string_view level);
  // The smallest and largest triple id of any level, read from the ends of
  // the table without scanning it: enough to size buffers and split ranges.
  Result<IdRange> TripleIds();

  // In id order.
  Status ForEachEntity(const std::function<void(const EntityView&)>& fn);
  Status ForEachAlias(const std::function<void(std::string_view alias, int64_t entity_id)>& fn);
  Status ForEachPredicate(const std::function<void(const PredicateView&)>& fn);
  // Triples of one level ("actor" or "mention") with ids in `ids`, in id order.
  Status ForEachTriple(std::string_view level, IdRange ids, const std::function<void(const TripleView&)>& fn);

 private:
  explicit GraphReader(Store& store) : store_(store) {}
  explicit GraphReader(std::unique_ptr<Store> own) : own_store_(std::move(own)), store_(*own_store_) {}
  Status StartSnapshot();

  std::unique_ptr<Store> own_store_;  // the extra connection of a parallel reader
  Store& store_;
  int64_t data_version_ = 0;
  StoreVersion store_version_;
  bool in_transaction_ = false;
};

}  // namespace kg
