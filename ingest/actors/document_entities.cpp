#include "ingest/actors/document_entities.h"

#include <algorithm>

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

namespace kg::ingest {

DocumentEntities::DocumentEntities(std::vector<ExtractedEntity>* table) : table_(table) {
  for (int i = 0; i < static_cast<int>(table->size()); ++i) by_name_.emplace((*table)[i].name, i);
}

int DocumentEntities::Intern(ExtractedEntity entity) {
  auto [it, added] = by_name_.emplace(entity.name, static_cast<int>(table_->size()));
  if (added) {
    table_->push_back(std::move(entity));
    return it->second;
  }
  ExtractedEntity& known = (*table_)[it->second];
  if (!known.code) known.code = entity.code;
  if (!known.sector) known.sector = entity.sector;
  if (known.attributes_json.empty()) known.attributes_json = entity.attributes_json;
  if (known.type == "other" && entity.type != "other") known.type = entity.type;
  return it->second;
}

void DocumentEntities::AddAlias(int index, const std::string& alias) {
  ExtractedEntity& entity = (*table_)[index];
  if (alias.empty() || alias == entity.name) return;
  if (std::find(entity.aliases.begin(), entity.aliases.end(), alias) == entity.aliases.end()) {
    entity.aliases.push_back(alias);
  }
}

std::string JsonObject(const std::vector<std::pair<std::string, std::string>>& fields) {
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
  writer.StartObject();
  bool any = false;
  for (const auto& [key, value] : fields) {
    if (value.empty()) continue;
    writer.Key(key.c_str());
    writer.String(value.c_str());
    any = true;
  }
  writer.EndObject();
  return any ? buffer.GetString() : "";
}

}  // namespace kg::ingest
