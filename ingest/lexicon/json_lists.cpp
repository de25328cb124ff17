#include "ingest/lexicon/json_lists.h"

#include <rapidjson/error/en.h>

namespace kg::ingest {

Status ParseLexiconObject(std::string_view json, const std::string& origin, rapidjson::Document* out) {
  out->Parse(json.data(), json.size());
  if (out->HasParseError()) {
    return Status::InvalidInput(origin + ": invalid JSON at byte " + std::to_string(out->GetErrorOffset()) +
                                ": " + rapidjson::GetParseError_En(out->GetParseError()));
  }
  if (!out->IsObject()) return Status::InvalidInput(origin + ": expected a JSON object");
  return Status::Ok();
}

Status ReadStringList(const rapidjson::Value& object, const char* key, const std::string& origin,
                      std::vector<std::string>* out) {
  auto it = object.FindMember(key);
  if (it == object.MemberEnd()) return Status::Ok();
  const Status wrong = Status::InvalidInput(origin + ": \"" + key + "\" must be an array of strings");
  if (!it->value.IsArray()) return wrong;
  for (const auto& v : it->value.GetArray()) {
    if (!v.IsString()) return wrong;
    out->emplace_back(v.GetString(), v.GetStringLength());
  }
  return Status::Ok();
}

}  // namespace kg::ingest
