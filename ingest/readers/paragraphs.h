// Paragraphs: the text regions of a stretch of text, split at blank lines
// and trimmed of surrounding white space. Every reader builds its regions
// with this, so all formats agree on what a paragraph is.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "schema/document.h"
#include "schema/sentence.h"

namespace kg::ingest {

void AppendParagraphs(std::string_view text, size_t begin, size_t end, Section section,
                      std::vector<Region>* regions);

// [begin, end) shrunk past ASCII white space at both ends.
ByteSpan TrimSpan(std::string_view text, size_t begin, size_t end);

}  // namespace kg::ingest
