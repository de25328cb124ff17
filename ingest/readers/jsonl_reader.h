// JSON Lines documents: one {"id", "title", "date", "url", "text"} object a
// line (the format of the Wikinews corpus and of the eval files, whose other
// fields, such as "expected", are ignored). A bad line is reported as
// `FILE:LINE: reason` and the next lines go on.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "schema/document.h"
#include "schema/sentence.h"
#include "schema/status.h"

namespace kg::ingest {

// Parses line `line_number` of `source`. The key is "id" (a string or an
// integer), else `source:LINE`.
Result<Document> ParseJsonLine(std::string_view line, const std::string& source, size_t line_number,
                               size_t max_text_bytes);

}  // namespace kg::ingest
