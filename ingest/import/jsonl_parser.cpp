#include "ingest/import/jsonl_parser.h"

#include <rapidjson/error/en.h>

#include <string>

namespace kg::ingest {
namespace {

using rapidjson::Value;

bool IsBlank(std::string_view line) {
  return line.find_first_not_of(" \t") == std::string_view::npos;
}

// Reads an optional string member into `out`; a present non-string is an error.
Status ReadString(const Value& object, const char* key, std::string_view& out) {
  auto it = object.FindMember(key);
  if (it == object.MemberEnd() || it->value.IsNull()) return Status::Ok();
  if (!it->value.IsString()) return Status::InvalidInput(std::string("\"") + key + "\" must be a string");
  out = std::string_view(it->value.GetString(), it->value.GetStringLength());
  return Status::Ok();
}

Status ReadName(const Value& object, const char* key, std::string_view& out) {
  KG_RETURN_IF_ERROR(ReadString(object, key, out));
  if (out.empty()) return Status::InvalidInput(std::string("missing or empty \"") + key + "\"");
  return Status::Ok();
}

}  // namespace

Result<bool> JsonlParser::Parse(std::string_view line, ImportRecord& record) {
  if (IsBlank(line)) return false;
  // Parse() needs the length, not a terminator: lines are views into the file.
  doc_.Parse<rapidjson::kParseValidateEncodingFlag>(line.data(), line.size());
  if (doc_.HasParseError()) {
    return Status::InvalidInput(std::string("bad JSON at column ") +
                                std::to_string(doc_.GetErrorOffset() + 1) + ": " +
                                rapidjson::GetParseError_En(doc_.GetParseError()));
  }
  if (!doc_.IsObject()) return Status::InvalidInput("expected a JSON object");
  record = ImportRecord{};
  KG_RETURN_IF_ERROR(ReadName(doc_, "subject", record.subject));
  KG_RETURN_IF_ERROR(ReadName(doc_, "predicate", record.predicate));
  KG_RETURN_IF_ERROR(ReadName(doc_, "object", record.object));
  for (auto [key, field] : {std::pair{"subject_type", &record.subject_type},
                            std::pair{"object_type", &record.object_type},
                            std::pair{"category", &record.category}, std::pair{"cameo", &record.cameo},
                            std::pair{"level", &record.level}, std::pair{"date", &record.date},
                            std::pair{"source", &record.source},
                            std::pair{"sentence", &record.sentence}}) {
    KG_RETURN_IF_ERROR(ReadString(doc_, key, *field));
  }
  if (auto it = doc_.FindMember("negated"); it != doc_.MemberEnd() && !it->value.IsNull()) {
    if (!it->value.IsBool()) return Status::InvalidInput("\"negated\" must be true or false");
    record.negated = it->value.GetBool();
  }
  if (auto it = doc_.FindMember("confidence"); it != doc_.MemberEnd() && !it->value.IsNull()) {
    if (!it->value.IsNumber()) return Status::InvalidInput("\"confidence\" must be a number");
    record.confidence = it->value.GetDouble();
  }
  return true;
}

}  // namespace kg::ingest
