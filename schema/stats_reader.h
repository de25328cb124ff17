// StoreStats: the numbers `kg stats` prints.
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "schema/store.h"

namespace kg {

struct StoreStats {
  int64_t documents = 0;
  int64_t sentences = 0;
  int64_t entities = 0;
  std::vector<std::pair<std::string, int64_t>> entities_by_type;  // sorted by type
  int64_t aliases = 0;
  int64_t mentions = 0;
  int64_t predicates = 0;
  int64_t triples = 0;
  std::vector<std::pair<std::string, int64_t>> triples_by_level;  // sorted by level
  int64_t evidence = 0;
  int schema_version = 0;
  int64_t file_bytes = 0;  // the database file plus its WAL
};

Result<StoreStats> ReadStats(Store& store);

}  // namespace kg
