// Where in the query text something is, and errors that point at it.
//
// Every stage (lexer, parser, binder, executor) reports a problem the same
// way: "line L, column C: <what>", then the line itself with a caret under
// the offending token, so that a user can fix a long query without counting.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "schema/status.h"

namespace kg::query {

struct SourcePos {
  uint32_t offset = 0;  // byte offset in the statement text
  uint32_t line = 1;    // 1-based
  uint32_t column = 1;  // 1-based, in bytes
};

// The position of byte `offset` of `text`, a statement that begins at
// `origin` of its script.
SourcePos PositionOf(std::string_view text, size_t offset, SourcePos origin = {});

// An InvalidInput status: "line L, column C: message", the line, a caret.
// A long line is cut to a window around the caret.
Status SourceError(std::string_view text, SourcePos pos, const std::string& message);

}  // namespace kg::query
