// DocumentEntities: the entity table of one document, deduplicated by
// canonical name, with the surface forms seen for each entity.
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "schema/extraction.h"

namespace kg::ingest {

class DocumentEntities {
 public:
  // Entities already in `table` (put there by an earlier stage) are reused.
  explicit DocumentEntities(std::vector<ExtractedEntity>* table);

  // The index of the entity named `entity.name`, added when new. A later
  // mention may fill fields the first one left empty (code, sector).
  int Intern(ExtractedEntity entity);
  void AddAlias(int index, const std::string& alias);
  const ExtractedEntity& at(int index) const { return (*table_)[index]; }

 private:
  std::vector<ExtractedEntity>* table_;
  std::unordered_map<std::string, int> by_name_;
};

// A JSON object from string pairs, skipping empty values: {"role": "envoy"}.
std::string JsonObject(const std::vector<std::pair<std::string, std::string>>& fields);

}  // namespace kg::ingest
