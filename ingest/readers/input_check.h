// Checks that a document's bytes are text kgraph can store: not over the
// size limit, no NUL byte (binary data), valid UTF-8. The messages name the
// place (line and byte) so the user can find the bad spot.
#pragma once

#include <cstddef>
#include <string_view>

#include "schema/status.h"

namespace kg::ingest {

inline constexpr size_t kDefaultMaxDocumentBytes = 10u << 20;  // 10 MiB

Status CheckDocumentBytes(std::string_view bytes, size_t max_bytes);

// True for an ISO 8601 day, YYYY-MM-DD, that is in the calendar
// (not 2020-02-30).
bool IsIsoDate(std::string_view text);

// 1-based line of byte `offset` in `text`.
size_t LineOfOffset(std::string_view text, size_t offset);

}  // namespace kg::ingest
