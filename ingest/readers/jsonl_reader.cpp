#include "ingest/readers/jsonl_reader.h"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include "ingest/readers/input_check.h"
#include "ingest/readers/paragraphs.h"

namespace kg::ingest {
namespace {

// An optional string field: absent and null are fine, anything else is not.
Status OptionalString(const rapidjson::Value& object, const char* key, std::optional<std::string>* out) {
  auto it = object.FindMember(key);
  if (it == object.MemberEnd() || it->value.IsNull()) return Status::Ok();
  if (!it->value.IsString()) return Status::InvalidInput(std::string("\"") + key + "\" must be a string");
  if (it->value.GetStringLength() > 0) *out = std::string(it->value.GetString(), it->value.GetStringLength());
  return Status::Ok();
}

Status FillDocument(const rapidjson::Value& json, const std::string& fallback_key, size_t max_text_bytes,
                    Document* doc) {
  if (!json.IsObject()) return Status::InvalidInput("expected a JSON object");
  auto text = json.FindMember("text");
  if (text == json.MemberEnd() || !text->value.IsString()) {
    return Status::InvalidInput("\"text\" is missing or not a string");
  }
  std::string_view body(text->value.GetString(), text->value.GetStringLength());
  if (body.size() > max_text_bytes) {
    return Status::LimitExceeded("\"text\" is larger than the size limit of " +
                                 std::to_string(max_text_bytes) + " bytes");
  }
  if (body.find('\0') != std::string_view::npos) return Status::InvalidInput("\"text\" contains a NUL character");
  doc->text = std::string(body);

  auto id = json.FindMember("id");
  if (id == json.MemberEnd() || id->value.IsNull()) {
    doc->key = fallback_key;
  } else if (id->value.IsString() && id->value.GetStringLength() > 0) {
    doc->key = id->value.GetString();
  } else if (id->value.IsInt64()) {
    doc->key = std::to_string(id->value.GetInt64());
  } else {
    return Status::InvalidInput("\"id\" must be a non-empty string or an integer");
  }
  KG_RETURN_IF_ERROR(OptionalString(json, "title", &doc->title));
  KG_RETURN_IF_ERROR(OptionalString(json, "url", &doc->url));
  KG_RETURN_IF_ERROR(OptionalString(json, "date", &doc->date));
  if (doc->date) {
    // A timestamp keeps its day: "2019-01-04T10:00:00Z" -> 2019-01-04.
    std::string day = doc->date->substr(0, 10);
    if (!IsIsoDate(day) || (doc->date->size() > 10 && (*doc->date)[10] != 'T' && (*doc->date)[10] != ' ')) {
      return Status::InvalidInput("\"date\" is not a date YYYY-MM-DD: \"" + *doc->date + "\"");
    }
    doc->date = day;
  }
  return Status::Ok();
}

}  // namespace

Result<Document> ParseJsonLine(std::string_view line, const std::string& source, size_t line_number,
                               size_t max_text_bytes) {
  const std::string where = source + ":" + std::to_string(line_number);
  rapidjson::Document json;
  json.Parse<rapidjson::kParseValidateEncodingFlag>(line.data(), line.size());
  if (json.HasParseError()) {
    return Status::InvalidInput(where + ": invalid JSON at column " + std::to_string(json.GetErrorOffset() + 1) +
                                ": " + rapidjson::GetParseError_En(json.GetParseError()));
  }
  Document doc;
  doc.source = source;
  doc.format = "jsonl";
  Status status = FillDocument(json, where, max_text_bytes, &doc);
  if (!status.ok()) return status.WithContext(where);
  AppendParagraphs(doc.text, 0, doc.text.size(), Section::kBody, &doc.regions);
  return doc;
}

}  // namespace kg::ingest
