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

// A political actor the record's sentence names (wikinews-dev's "actors").
struct ExpectedActor {
  std::string text;
  std::optional<std::string> code;  // null: an actor of no state or organisation code
  std::string type;
};

struct EvalRecord {
  std::string id;
  std::string text;
  std::vector<ExpectedEvent> expected;
  // The article the sentence comes from (its id in a corpus folder), so
  // that it can be read in context; empty when the record stands alone.
  std::string doc_id;
  std::vector<ExpectedActor> actors;
};

// Reads the whole file; a malformed line fails with `FILE:LINE: reason`.
// "doc_id" and "actors" are optional.
Result<std::vector<EvalRecord>> ReadEvalSet(const std::string& path);

}  // namespace kg::ingest::eval
