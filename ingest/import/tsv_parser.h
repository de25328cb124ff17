// TSV triples: subject<TAB>predicate<TAB>object, one per line, with an
// optional header line "subject<TAB>predicate<TAB>object" (or "relation"
// for the predicate, as in the benchmark files).
#pragma once

#include "ingest/import/import_record.h"

namespace kg::ingest {

class TsvParser : public LineParser {
 public:
  Result<bool> Parse(std::string_view line, ImportRecord& record) override;

 private:
  bool first_line_ = true;
};

}  // namespace kg::ingest
