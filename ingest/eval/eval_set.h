// EvalSet: annotated sentences in the format of PLOVER's gold standard
// records as converted for kgraph (../shared/eval/plover-dev.jsonl, not
// part of the project): one JSON object a line with "id", "text" and
// "expected" event tuples.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "schema/status.h"

namespace kg::ingest::eval {

struct ExpectedEvent {
  std::string source, source_code;
  std::string relation;  // PLOVER category
  std::string target;
  std::optional<std::string> target_code;  // null: an event without a target
};

struct EvalRecord {
  std::string id;
  std::string text;
  std::vector<ExpectedEvent> expected;
};

// Reads the whole file; a malformed line fails with `FILE:LINE: reason`.
Result<std::vector<EvalRecord>> ReadEvalSet(const std::string& path);

// The record's number ("PLOVER-GSR01-AGREE-0006" -> 6), for splitting a set
// into halves by parity; -1 when the id has none.
long RecordNumber(const std::string& id);

}  // namespace kg::ingest::eval
