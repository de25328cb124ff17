// Input formats: article (the dated article format), text, jsonl. The
// format comes from --format, else from the file's extension and content.
#pragma once

#include <string>
#include <string_view>

namespace kg::ingest {

bool IsKnownFormat(std::string_view format);

// `path` may be "-" (stdin: content decides); `head` is the start of the
// content (a few hundred bytes are enough).
std::string DetectFormat(std::string_view path, std::string_view head);

// Whether a folder walk picks up the file: .txt .text .article .jsonl .ndjson .md.
bool HasInputExtension(std::string_view path);

}  // namespace kg::ingest
