// Parameters: the values of a statement's $names, and the `--param` syntax.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <utility>

#include "query/value.h"
#include "schema/status.h"

namespace kg::query {

// $name -> value.
using Parameters = std::map<std::string, Value, std::less<>>;

// `--param name=value`: the value is an integer, float, true/false, null, a
// quoted string ('..' or ".."), a JSON list or object ([...] or {...}: a
// list or map, for UNWIND), else the text itself as a string.
Result<std::pair<std::string, Value>> ParseParameter(std::string_view assignment);

}  // namespace kg::query
