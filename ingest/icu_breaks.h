// The boundaries an ICU break iterator (sentence or word) finds in UTF-8
// text, as byte offsets: ICU counts UTF-16 units, kgraph slices bytes.
#pragma once

#include <string_view>
#include <vector>

#include <unicode/brkiter.h>

namespace kg::ingest {

// Byte offsets into `text` where `it` breaks, the first (0) and the last
// (text.size()) included; {0, size} when ICU fails.
std::vector<size_t> BreakOffsets(icu::BreakIterator& it, std::string_view text);

}  // namespace kg::ingest
