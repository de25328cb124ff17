#include "ingest/eval/eval_set.h"

#include <cctype>
#include <fstream>

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

namespace kg::ingest::eval {
namespace {

std::string Text(const rapidjson::Value& object, const char* key) {
  auto it = object.FindMember(key);
  return it != object.MemberEnd() && it->value.IsString() ? it->value.GetString() : "";
}

}  // namespace

Result<std::vector<EvalRecord>> ReadEvalSet(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound(path + ": cannot be read");
  std::vector<EvalRecord> records;
  std::string line;
  for (size_t number = 1; std::getline(in, line); ++number) {
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    const std::string where = path + ":" + std::to_string(number);
    rapidjson::Document json;
    json.Parse(line.c_str(), line.size());
    if (json.HasParseError()) {
      return Status::InvalidInput(where + ": " + rapidjson::GetParseError_En(json.GetParseError()));
    }
    if (!json.IsObject()) return Status::InvalidInput(where + ": a record is a JSON object");
    EvalRecord record{Text(json, "id"), Text(json, "text"), {}, Text(json, "doc_id"), {}};
    if (record.id.empty() || record.text.empty()) {
      return Status::InvalidInput(where + ": a record needs a string \"id\" and \"text\"");
    }
    auto expected = json.FindMember("expected");
    if (expected == json.MemberEnd() || !expected->value.IsArray()) {
      return Status::InvalidInput(where + ": \"expected\" must be an array of events");
    }
    for (const auto& e : expected->value.GetArray()) {
      if (!e.IsObject()) return Status::InvalidInput(where + ": an expected event is a JSON object");
      ExpectedEvent event{Text(e, "source"), Text(e, "source_code"), Text(e, "relation"),
                          Text(e, "target"), std::nullopt};
      auto code = e.FindMember("target_code");
      if (code != e.MemberEnd() && code->value.IsString()) event.target_code = code->value.GetString();
      if (event.relation.empty()) {
        return Status::InvalidInput(where + ": an expected event needs a \"relation\"");
      }
      record.expected.push_back(std::move(event));
    }
    auto actors = json.FindMember("actors");
    if (actors != json.MemberEnd()) {
      if (!actors->value.IsArray()) return Status::InvalidInput(where + ": \"actors\" must be an array");
      for (const auto& a : actors->value.GetArray()) {
        if (!a.IsObject() || Text(a, "text").empty()) {
          return Status::InvalidInput(where + ": an actor is an object with a \"text\"");
        }
        ExpectedActor actor{Text(a, "text"), std::nullopt, Text(a, "type")};
        auto code = a.FindMember("code");
        if (code != a.MemberEnd() && code->value.IsString()) actor.code = code->value.GetString();
        record.actors.push_back(std::move(actor));
      }
    }
    records.push_back(std::move(record));
  }
  return records;
}

}  // namespace kg::ingest::eval
