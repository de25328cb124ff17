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

// The two halves of ParseParameter, for the shell's `:param NAME VALUE`,
// so that a value means the same in both. `what` names the input in errors
// (e.g. "--param 'x=[1,'").
bool IsParameterName(std::string_view name);
Result<Value> ParseParameterValue(std::string_view text, std::string_view what);

}  // namespace kg::query
