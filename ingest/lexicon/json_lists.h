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

// Appends the strings of `object[key]` to `out`. An absent key is no
// error: files of a kind may carry only some of its lists.
Status ReadStringList(const rapidjson::Value& object, const char* key, const std::string& origin,
                      std::vector<std::string>* out);

}  // namespace kg::ingest
