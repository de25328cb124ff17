// TSV triples: subject<TAB>predicate<TAB>object, one per line, with an
// optional header line "subject<TAB>predicate<TAB>object" (or "relation"
// for the predicate, as in the benchmark files).
#pragma once

#include "ingest/import/import_record.h"

namespace kg::ingest {

class TsvParser : public LineParser {
 public:
  // `at_file_start`: whether the first line read may be a header (not for
  // a part of a file that starts in its middle).
  explicit TsvParser(bool at_file_start = true) : first_line_(at_file_start) {}
  Result<bool> Parse(std::string_view line, ImportRecord& record) override;

 private:
  bool first_line_;
};

}  // namespace kg::ingest
