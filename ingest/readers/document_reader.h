// From the paths a user gives `kg ingest` (files, folders, "-" for stdin)
// to Documents. A document that cannot be read is handed on as an error
// (`FILE: reason`, or `FILE:LINE: reason` for a JSON line) so that the
// caller reports it and goes on with the others.
#pragma once

#include <cstdint>
#include <functional>
#include <istream>
#include <string>
#include <vector>

#include "schema/document.h"
#include "schema/sentence.h"
#include "ingest/readers/input_check.h"
#include "schema/status.h"

namespace kg::ingest {

struct InputFile {
  std::string path;    // as the user wrote it, or found in a folder; "-" is stdin
  uintmax_t bytes = 0;  // 0 when unknown (stdin)
};

struct ReadOptions {
  std::string format;  // article | text | jsonl, or empty to detect
  size_t max_document_bytes = kDefaultMaxDocumentBytes;
};

struct ReadItem {
  Result<Document> document;  // or why it was skipped
  size_t input_bytes = 0;     // how much of the input it took, for progress
};
// Returning an error stops the reading (the store failed, the user hit Ctrl-C).
using ReadCallback = std::function<Status(ReadItem)>;

// Expands folders recursively (files with an input extension, hidden ones
// left out, in name order). Paths that do not exist, and folders without
// input files, are reported in `problems`.
std::vector<InputFile> ListInputs(const std::vector<std::string>& paths, std::vector<Status>* problems);

// Reads every document of one input and hands each to `callback`.
Status ReadInput(const InputFile& input, const ReadOptions& options, std::istream& stdin_stream,
                 const ReadCallback& callback);

}  // namespace kg::ingest
