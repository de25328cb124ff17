// Lexer: statement text -> tokens.
//
// Skips whitespace and `//` and `/* */` comments; strings take single or
// double quotes with backslash escapes (\n \t \' \" \\ \uXXXX); numbers are
// decimal integers or floats (1.5, 1e3). A `..` after an integer is a range
// (`*1..3`), not a float.
#pragma once

#include <string_view>
#include <vector>

#include "query/token.h"
#include "schema/status.h"

namespace kg::query {

// The tokens of `text`, ending with a kEnd token; an error names line:column.
// `origin` is where `text` begins in its script (line and column; its
// offset is unused), so that positions name the script's lines.
Result<std::vector<Token>> Tokenize(std::string_view text, SourcePos origin = {});

}  // namespace kg::query
