// Small readers for the list-shaped lexicon files (abbreviations,
// tokenization): parsing a file's text with a message that names it, and
// reading one member that must be an array of strings.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <rapidjson/document.h>

#include "schema/status.h"

namespace kg::ingest {

// Parses `json` into `out`; `origin` names the text in errors. Anything but
// an object is refused, as every lexicon file is one.
Status ParseLexiconObject(std::string_view json, const std::string& origin, rapidjson::Document* out);

// One lexicon file's JSON text made into a table: parsed, then handed to
// `add(table, document)` (a Merge or AddFile member), then `finish(table)`.
// What every lexicon class's Parse(json, origin), used by tests, does.
template <typename Table, typename Add, typename Finish>
Result<Table> ParseLexiconText(std::string_view json, const std::string& origin, Add&& add, Finish&& finish) {
  rapidjson::Document doc;
  KG_RETURN_IF_ERROR(ParseLexiconObject(json, origin, &doc));
  Table table;
  KG_RETURN_IF_ERROR(add(table, doc));
  finish(table);
  return table;
}

// Appends the strings of `object[key]` to `out`. An absent key is no
// error: files of a kind may carry only some of its lists.
Status ReadStringList(const rapidjson::Value& object, const char* key, const std::string& origin,
                      std::vector<std::string>* out);

}  // namespace kg::ingest
