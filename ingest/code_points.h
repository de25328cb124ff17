// Reading UTF-8 text one code point at a time, for the segmenter and the
// tokenizer, which walk document bytes but decide on Unicode properties.
#pragma once

#include <cstddef>
#include <string_view>

#include <unicode/umachine.h>

namespace kg::ingest {

// The code point starting at byte `i` (invalid bytes read as U+FFFD).
UChar32 CodePointAt(std::string_view s, size_t i);
// The code point ending just before byte `i`, and where it starts.
UChar32 CodePointBefore(std::string_view s, size_t i, size_t* start);
// Bytes of the code point starting at `i` (1 for an invalid byte).
size_t CodePointLength(std::string_view s, size_t i);
// Code points in `s`.
size_t CountCodePoints(std::string_view s);

bool IsSpaceAt(std::string_view s, size_t i);
bool IsAllSpace(std::string_view s);
// A letter or digit of any script.
bool IsAlnum(UChar32 c);
bool IsLetter(UChar32 c);

}  // namespace kg::ingest
