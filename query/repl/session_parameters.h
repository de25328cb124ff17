// Session parameters: the $names a shell session sets with `:param NAME
// VALUE`. Each statement gets them as `kg query --param` gives its own (a
// query::Parameters map handed to QueryEngine::Execute), and a VALUE reads
// as --param's does (query/parameters.h).
#pragma once

#include <string>
#include <string_view>

#include "query/parameters.h"
#include "query/source_error.h"
#include "schema/status.h"

namespace kg::repl {

// Sets `name` to the literal `value` in `params` (the arguments of :param).
Status SetParameter(const std::string& name, std::string_view value, query::Parameters& params);

// `value` as :param would read it back: 'text', 42, 1.5, true, null, or a
// JSON list or map.
std::string ParameterLiteral(const query::Value& value);

// One `:param NAME VALUE` line per parameter, so a listing can be pasted
// back into a shell or a script.
std::string ListParameters(const query::Parameters& params);

// Ok when every $name in `statement` has a value; else an error at the first
// that has none, saying how to set it in the shell. (The engine's own error
// names `--param`, an option of `kg query` the shell does not take.) A
// statement that does not even split into tokens is left to the engine,
// whose error says more.
Status CheckParameters(std::string_view statement, query::SourcePos origin, const query::Parameters& params);

}  // namespace kg::repl
