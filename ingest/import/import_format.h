// The formats `kg import` reads: TSV, JSON Lines and N-Triples.
#pragma once

#include <optional>
#include <string_view>

namespace kg::ingest {

enum class ImportFormat { kTsv, kJsonl, kNTriples };

// "tsv", "jsonl", "nt" (also "ndjson", "ntriples"); nullopt for anything else.
std::optional<ImportFormat> ParseImportFormat(std::string_view name);

// From the file's extension: .tsv, .jsonl/.ndjson, .nt; nullopt when the
// extension says nothing (stdin, .txt ...).
std::optional<ImportFormat> GuessImportFormat(std::string_view path);

const char* ImportFormatName(ImportFormat format);

}  // namespace kg::ingest
