// JSON Lines triples: one object per line,
//   {"subject": "Israel", "predicate": "criticizes", "object": "Iran"}
// plus optional "subject_type", "object_type", "category", "cameo",
// "level", "negated", "confidence", and the evidence fields "source",
// "sentence", "date". Unknown keys are ignored, so richer exports load.
#pragma once

#include <rapidjson/document.h>

#include "ingest/import/import_record.h"

namespace kg::ingest {

class JsonlParser : public LineParser {
 public:
  Result<bool> Parse(std::string_view line, ImportRecord& record) override;

 private:
  rapidjson::Document doc_;  // owns the strings the record points into
};

}  // namespace kg::ingest
