#include "ingest/import/import_format.h"

namespace kg::ingest {

std::optional<ImportFormat> ParseImportFormat(std::string_view name) {
  if (name == "tsv") return ImportFormat::kTsv;
  if (name == "jsonl" || name == "ndjson") return ImportFormat::kJsonl;
  if (name == "nt" || name == "ntriples") return ImportFormat::kNTriples;
  return std::nullopt;
}

std::optional<ImportFormat> GuessImportFormat(std::string_view path) {
  size_t dot = path.rfind('.');
  size_t slash = path.rfind('/');
  if (dot == std::string_view::npos || (slash != std::string_view::npos && dot < slash)) {
    return std::nullopt;
  }
  return ParseImportFormat(path.substr(dot + 1));
}

const char* ImportFormatName(ImportFormat format) {
  switch (format) {
    case ImportFormat::kTsv: return "tsv";
    case ImportFormat::kJsonl: return "jsonl";
    case ImportFormat::kNTriples: return "nt";
  }
  return "?";
}

}  // namespace kg::ingest
