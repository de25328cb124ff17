// BulkTripleLoader: writes many distinct triples at once, inside the
// caller's transaction (a `kg import` of millions of lines).
//
// When the triples table is empty at the start, its secondary indexes are
// dropped and rebuilt at the end: one sorted index build is several times
// faster than millions of B-tree inserts. The drop and the rebuild happen in
// the caller's transaction, so a failure anywhere leaves the indexes (and
// everything else) as they were. Otherwise each row is an ordinary upsert
// through the TripleWriter, merging with the assertions already stored.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "schema/triple_writer.h"

namespace kg {

class BulkTripleLoader {
 public:
  static Result<std::unique_ptr<BulkTripleLoader>> Begin(Store& store, TripleWriter& writer);
  ~BulkTripleLoader();

  // Rows must be distinct on (subject, predicate, object, level, negated);
  // they load fastest sorted that way. Returns the triple id.
  Result<int64_t> Add(const TripleRow& row);

  // Rebuilds the dropped indexes. Without it the caller must roll back.
  Status Finish();

  bool rebuilds_indexes() const { return !dropped_indexes_.empty(); }

 private:
  BulkTripleLoader(Store& store, TripleWriter& writer) : store_(store), writer_(writer) {}
  Status DropIndexes();

  Store& store_;
  TripleWriter& writer_;
  std::vector<std::string> dropped_indexes_;  // their CREATE INDEX statements
  Statement insert_;                          // used while the indexes are gone
  int64_t previous_cache_size_ = 0;
};

}  // namespace kg
