// A fast UTF-8 check for import lines (mostly ASCII: 8 bytes at a time).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace kg::ingest {

// The byte offset of the first invalid UTF-8 sequence (or NUL byte, which
// is never text), nullopt when `text` is valid.
std::optional<size_t> FindInvalidUtf8(std::string_view text);

// Appends `code_point` encoded as UTF-8; false for a surrogate or a value
// beyond U+10FFFF (which no UTF-8 text may hold).
bool AppendUtf8(std::string& out, uint32_t code_point);

}  // namespace kg::ingest
