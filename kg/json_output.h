// The JSON that kg's graph commands print with --format json: one compact
// object on one line, written with rapidjson, strings taken as views.
#pragma once

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <cstdio>
#include <string_view>

namespace kg::cli {

using JsonWriter = rapidjson::Writer<rapidjson::StringBuffer>;

inline void JsonString(JsonWriter& w, std::string_view value) {
  w.String(value.data(), static_cast<rapidjson::SizeType>(value.size()));
}
inline void JsonField(JsonWriter& w, const char* key, std::string_view value) {
  w.Key(key);
  JsonString(w, value);
}
// The value, or null when it is empty ("code": null for an uncoded entity).
inline void JsonFieldOrNull(JsonWriter& w, const char* key, std::string_view value) {
  w.Key(key);
  if (value.empty()) {
    w.Null();
  } else {
    JsonString(w, value);
  }
}
// The finished object and a newline on standard output.
inline void PrintJsonLine(const rapidjson::StringBuffer& buffer) { std::printf("%s\n", buffer.GetString()); }

}  // namespace kg::cli
