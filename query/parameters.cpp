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

Result<Value> ParseJsonValue(std::string_view text, std::string_view what) {
  rapidjson::Document doc;
  doc.Parse(text.data(), text.size());
  if (doc.HasParseError()) {
    return Status::InvalidInput(fmt::format("{}: invalid JSON at character {} of the value: {}", what,
                                            doc.GetErrorOffset() + 1,
                                            rapidjson::GetParseError_En(doc.GetParseError())));
  }
  return FromJson(doc);
}

}  // namespace

bool IsParameterName(std::string_view name) {
  bool valid = !name.empty() && !std::isdigit(static_cast<unsigned char>(name[0]));
  for (char c : name) valid = valid && (std::isalnum(static_cast<unsigned char>(c)) || c == '_');
  return valid;
}

Result<Value> ParseParameterValue(std::string_view text, std::string_view what) {
  if (!text.empty() && (text.front() == '[' || text.front() == '{')) return ParseJsonValue(text, what);
  if (text == "true" || text == "false") return Value::Bool(text == "true");
  if (text == "null") return Value();
  if (text.size() >= 2 && (text.front() == '\'' || text.front() == '"') && text.back() == text.front()) {
    return Value::String(std::string(text.substr(1, text.size() - 2)));
  }
  int64_t i = 0;
  auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), i);
  if (ec == std::errc() && ptr == text.data() + text.size()) return Value::Int(i);
  if (!text.empty()) {
    std::string copy(text);
    char* end = nullptr;
    double d = std::strtod(copy.c_str(), &end);
    bool numeric = std::isdigit(static_cast<unsigned char>(copy.back())) || copy.back() == '.';
    if (end == copy.c_str() + copy.size() && numeric) return Value::Float(d);
  }
  return Value::String(std::string(text));
}

Result<std::pair<std::string, Value>> ParseParameter(std::string_view assignment) {
  size_t eq = assignment.find('=');
  std::string name(assignment.substr(0, eq));
  if (eq == std::string_view::npos || !IsParameterName(name)) {
    return Status::InvalidInput("--param '" + std::string(assignment) + "': expected NAME=VALUE");
  }
  const std::string what = "--param '" + std::string(assignment) + "'";
  KG_ASSIGN_OR_RETURN(Value v, ParseParameterValue(assignment.substr(eq + 1), what));
  return std::make_pair(name, std::move(v));
}


}  // namespace kg::query
