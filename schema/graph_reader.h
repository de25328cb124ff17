// GraphReader: streams what the in-memory graph is built from.
//
// Every read happens inside one read transaction (opened by Begin, closed
// by the destructor), so entities, aliases, predicates and triples agree
// with each other even while another process imports. Rows are passed to
// callbacks as views valid only during the call: the graph keeps compact
// copies, and no row-sized temporaries are built for 2M triples.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
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

class GraphReader {
 public:
  static Result<std::unique_ptr<GraphReader>> Begin(Store& store);
  ~GraphReader();
  GraphReader(const GraphReader&) = delete;
  GraphReader& operator=(const GraphReader&) = delete;

  // The store's data version at the start of the read (Store::DataVersion).
  int64_t data_version() const { return data_version_; }

  Result<int64_t> CountEntities();
  Result<int64_t> CountTriples(std::string_view level);
  // An upper bound of the triples of any level, read from the id range
  // without scanning the table: enough to size buffers before a load.
  Result<int64_t> TripleCapacity();

  // In id order.
  Status ForEachEntity(const std::function<void(const EntityView&)>& fn);
  Status ForEachAlias(const std::function<void(std::string_view alias, int64_t entity_id)>& fn);
  Status ForEachPredicate(const std::function<void(const PredicateView&)>& fn);
  // Triples of one level ("actor" or "mention"), in id order.
  Status ForEachTriple(std::string_view level, const std::function<void(const TripleView&)>& fn);

 private:
  explicit GraphReader(Store& store) : store_(store) {}
  Store& store_;
  int64_t data_version_ = 0;
  bool in_transaction_ = false;
};

}  // namespace kg
