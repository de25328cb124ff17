// TripleBatch: a whole import file parsed into memory before it is stored.
//
// Names are interned once (a file of 2 million lines typically names a few
// hundred thousand entities), assertions are kept as small index records,
// and only the rare fields (dates, evidence, confidence) live on the side.
// Parsing everything first means a malformed line is found before the
// database is touched at all.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/import/import_record.h"
#include "ingest/import/name_table.h"
#include "schema/triple_writer.h"

namespace kg::ingest {

struct BatchAssertion {
  uint32_t subject = 0, predicate = 0, object = 0;  // indexes into the batch's tables
  int32_t details = -1;                             // index into details(), -1 for none
  bool mention_level = false;
  bool negated = false;
};

// What only some lines carry.
struct AssertionDetails {
  std::optional<double> confidence;
  std::string_view date;             // interned, empty for none
  std::optional<EvidenceSpec> evidence;
};

struct BatchEntity {
  std::string_view name;  // interned
  std::string_view type;  // empty when no line said
};

struct BatchPredicate {
  std::string_view name, category, cameo;
};

class TripleBatch {
 public:
  // `mention_level`: the level of lines that do not give one.
  explicit TripleBatch(bool mention_level) : default_mention_level_(mention_level) {}

  // Validates and adds one record (entity types, level, date, confidence).
  // `file` and `line` name the evidence source ("file.jsonl:12") of a line
  // that carries evidence but no "source" of its own. A record that
  // describes its subject only adds (or types) the entity.
  Status Add(const ImportRecord& record, std::string_view file, int64_t line);

  // Adds everything of `later`, a batch of the lines that follow this one's
  // in the same file (the parts of a file parsed in parallel), as if its
  // lines had been added here: names seen first here keep their number and
  // their type. Copies what it keeps, so `later` may go away afterwards.
  Status Append(const TripleBatch& later);

  const std::vector<BatchEntity>& entities() const { return entities_; }
  const std::vector<BatchPredicate>& predicates() const { return predicates_; }
  std::vector<BatchAssertion>& assertions() { return assertions_; }
  const std::vector<AssertionDetails>& details() const { return details_; }

 private:
  uint32_t InternEntity(std::string_view name, std::string_view type);
  uint32_t InternPredicate(std::string_view name, std::string_view category, std::string_view cameo);
  std::string_view Intern(std::string_view text);

  bool default_mention_level_;
  NameTable entity_names_, predicate_names_;  // numbered like entities_, predicates_
  NameTable values_;                          // types, dates ...
  std::vector<BatchEntity> entities_;
  std::vector<BatchPredicate> predicates_;
  std::vector<BatchAssertion> assertions_;
  std::vector<AssertionDetails> details_;
};

}  // namespace kg::ingest
