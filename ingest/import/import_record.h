// ImportRecord: what one line of a triples file says, before storage.
#pragma once

#include <optional>
#include <string_view>

#include "schema/status.h"

namespace kg::ingest {

// The views stay valid until the parser reads its next line. Empty optional
// fields mean "not given".
struct ImportRecord {
  std::string_view subject, predicate, object;
  std::string_view subject_type, object_type;  // country | person | ...
  std::string_view category, cameo;            // of the predicate
  std::string_view level;                      // actor | mention
  std::optional<bool> negated;
  std::optional<double> confidence;
  // Evidence: a line with any of these gets an evidence row.
  std::string_view date, source, sentence;
  // The line says what the subject is (subject_type, or only that it
  // exists: N-Triples' rdf:type and rdfs:label) and relates it to nothing,
  // so it stores an entity and no triple.
  bool describes_subject_only = false;

  bool has_evidence() const { return !date.empty() || !source.empty() || !sentence.empty(); }
};

// Reads one line of one format. Lines carry no terminator ('\n' or "\r\n"
// removed) and are valid UTF-8 (the importer checks first).
class LineParser {
 public:
  virtual ~LineParser() = default;
  // True when the line holds a triple, false for a blank line, a comment or
  // a header. Errors say what is wrong without the place: the importer adds
  // FILE:LINE.
  virtual Result<bool> Parse(std::string_view line, ImportRecord& record) = 0;
};

}  // namespace kg::ingest
