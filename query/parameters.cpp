#include "query/parameters.h"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <cctype>
#include <charconv>
#include <cstdlib>

#include <fmt/format.h>

namespace kg::query {
namespace {

Value FromJson(const rapidjson::Value& j) {
  if (j.IsNull()) return Value();
  if (j.IsBool()) return Value::Bool(j.GetBool());
  if (j.IsInt64()) return Value::Int(j.GetInt64());
  if (j.IsNumber()) return Value::Float(j.GetDouble());
  if (j.IsString()) return Value::String(std::string(j.GetString(), j.GetStringLength()));
  if (j.IsArray()) {
    ValueList items;
    items.reserve(j.Size());
    for (const auto& item : j.GetArray()) items.push_back(FromJson(item));
    return Value::List(std::move(items));
  }
  ValueMap entries;
  for (const auto& m : j.GetObject()) {
    entries.emplace_back(std::string(m.name.GetString(), m.name.GetStringLength()), FromJson(m.value));
  }
  return Value::Map(std::move(entries));
}

Result<Value> ParseJsonValue(std::string_view text, std::string_view assignment) {
  rapidjson::Document doc;
  doc.Parse(text.data(), text.size());
  if (doc.HasParseError()) {
    return Status::InvalidInput(fmt::format("--param '{}': invalid JSON at character {} of the value: {}",
                                            assignment, doc.GetErrorOffset() + 1,
                                            rapidjson::GetParseError_En(doc.GetParseError())));
  }
  return FromJson(doc);
}

}  // namespace

Result<std::pair<std::string, Value>> ParseParameter(std::string_view assignment) {
  size_t eq = assignment.find('=');
  std::string name(assignment.substr(0, eq));
  bool valid_name = !name.empty() && !std::isdigit(static_cast<unsigned char>(name[0]));
  for (char c : name) valid_name = valid_name && (std::isalnum(static_cast<unsigned char>(c)) || c == '_');
  if (eq == std::string_view::npos || !valid_name) {
    return Status::InvalidInput("--param '" + std::string(assignment) + "': expected NAME=VALUE");
  }
  std::string_view text = assignment.substr(eq + 1);
  if (!text.empty() && (text.front() == '[' || text.front() == '{')) {
    KG_ASSIGN_OR_RETURN(Value v, ParseJsonValue(text, assignment));
    return std::make_pair(name, std::move(v));
  }
  if (text == "true" || text == "false") return std::make_pair(name, Value::Bool(text == "true"));
  if (text == "null") return std::make_pair(name, Value());
  if (text.size() >= 2 && (text.front() == '\'' || text.front() == '"') && text.back() == text.front()) {
    return std::make_pair(name, Value::String(std::string(text.substr(1, text.size() - 2))));
  }
  int64_t i = 0;
  auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), i);
  if (ec == std::errc() && ptr == text.data() + text.size()) return std::make_pair(name, Value::Int(i));
  if (!text.empty()) {
    std::string copy(text);
    char* end = nullptr;
    double d = std::strtod(copy.c_str(), &end);
    bool numeric = std::isdigit(static_cast<unsigned char>(copy.back())) || copy.back() == '.';
    if (end == copy.c_str() + copy.size() && numeric) return std::make_pair(name, Value::Float(d));
  }
  return std::make_pair(name, Value::String(std::string(text)));
}


}  // namespace kg::query
