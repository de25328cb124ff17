// The triple importer behind `kg import`: reads a whole TSV, JSON Lines or
// N-Triples file, then stores it in ONE transaction, so that a malformed
// line or a failed write leaves the database exactly as it was.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>

#include "ingest/import/import_format.h"
#include "schema/status.h"
#include "schema/store.h"

namespace kg::ingest {

struct ImportOptions {
  std::string path;                    // "-" reads stdin
  std::optional<ImportFormat> format;  // else guessed from the extension, then the content
  bool mention_level = false;          // level of lines that give none (default actor)
};

struct ImportSummary {
  ImportFormat format = ImportFormat::kTsv;
  int64_t lines = 0;             // lines read, blank and comment lines included
  int64_t assertions = 0;        // triple lines imported
  int64_t distinct_triples = 0;  // after merging repeated (s, p, o)
  int64_t new_entities = 0;
  int64_t new_predicates = 0;
  int64_t evidence = 0;          // evidence rows written
  bool rebuilt_indexes = false;  // the bulk path (the triples table was empty)
  double parse_seconds = 0;
  double store_seconds = 0;
};

class TripleBatch;

// A whole input, parsed and validated, not yet stored.
struct ParsedTriples {
  std::unique_ptr<TripleBatch> batch;
  ImportSummary summary;
  ParsedTriples();
  ~ParsedTriples();
  ParsedTriples(ParsedTriples&&) noexcept;
};

// Reads and checks the input without touching any database. Errors name the
// place: "FILE:LINE: what is wrong" for a bad line, "FILE: no such file" for
// a missing input. An input without triples gives summary.assertions == 0.
Result<ParsedTriples> ReadTriples(const ImportOptions& options);

// Stores what ReadTriples parsed, in one transaction, and completes its
// summary. On failure nothing was written.
Status StoreTriples(Store& store, ParsedTriples& parsed);

}  // namespace kg::ingest
