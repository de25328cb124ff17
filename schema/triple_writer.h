// TripleWriter: the one place that writes entities, aliases, predicates,
// triples and evidence.
//
// Used row by row by the article ingester (schema/document_writer.cpp) and by
// `kg import` (through schema/bulk_triple_loader.h for large files). The
// caller owns the transaction: a TripleWriter never begins or commits one, so
// a failure anywhere lets the caller roll everything back.
//
// Names are looked up once and remembered, so repeating an entity or a
// predicate costs a hash lookup, not a query.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "schema/database.h"
#include "schema/status.h"
#include "schema/store.h"

namespace kg {

struct EntitySpec {
  std::string name;                   // canonical, exact and case-sensitive
  std::string type = "other";         // country | person | organization | location | other
  std::optional<std::string> code;    // ISO 3166 alpha-3, IGO ...
  std::optional<std::string> sector;  // GOV, MIL ...
  std::vector<std::string> aliases;   // surface forms that name it
  std::string attributes_json;        // a JSON object, empty for none
};

struct PredicateSpec {
  std::string name;                     // criticizes
  std::optional<std::string> category;  // DISAPPROVE
  std::optional<std::string> cameo;     // "11"
};

// One distinct assertion with everything known about it, as the upsert and
// the bulk loader take it. Dates are ISO 8601 days; empty means unknown.
struct TripleRow {
  int64_t subject = 0, predicate = 0, object = 0;
  std::string_view level = "actor";  // actor | mention
  bool negated = false;
  std::optional<double> confidence;
  std::string_view first_date, last_date;
  int64_t assertions = 1;  // added to evidence_count
};

// Where an assertion was found. Every field may be absent (an import line
// carries only source and date, an article sentence carries the rest).
struct EvidenceSpec {
  std::optional<int64_t> document_id, sentence_id, start, end;
  std::optional<std::string> phrase, rule, date, source;
  std::optional<std::string> modality, frame;  // of an extracted event (migration 003)
};

// True for the five entity types the schema accepts.
bool IsEntityType(std::string_view type);

// Checks the row's level, then binds ?first..?first+8 in the column order
// subject, predicate, object, level, negated, confidence, first_date,
// last_date, evidence_count (shared by the upsert and the bulk insert, whose
// multi-row statements bind one row after another).
inline constexpr int kTripleRowColumns = 9;
Status BindTripleRow(Statement& stmt, const TripleRow& row, int first = 1);

class TripleWriter {
 public:
  static Result<std::unique_ptr<TripleWriter>> Create(Store& store);

  // Get-or-create by exact name. An existing entity keeps its type, code and
  // sector unless they are unset ('other' / NULL), in which case the spec's
  // fill them; its aliases gain the spec's. Fails on an empty name or an
  // unknown type.
  Result<int64_t> Entity(const EntitySpec& spec);

  // The id of the stored entity named exactly `name`, nullopt when there is
  // none (from the cache, else one query unless the names were preloaded).
  Result<std::optional<int64_t>> FindEntity(const std::string& name);

  // Get-or-create by exact name; an existing predicate gains a category or
  // CAMEO code it did not have.
  Result<int64_t> Predicate(const PredicateSpec& spec);

  // Upserts the assertion (subject, predicate, object, level, negated):
  // evidence_count grows by one, first_date/last_date widen to include
  // `date`, confidence keeps the highest seen. With `evidence`, also inserts
  // an evidence row. Returns the triple id. `level` is actor | mention.
  Result<int64_t> Triple(int64_t subject, int64_t predicate, int64_t object, std::string_view level,
                         bool negated, std::optional<double> confidence,
                         const std::optional<std::string>& date, const EvidenceSpec* evidence);

  // The general form of Triple(): adds row.assertions to evidence_count,
  // widens the dates, keeps the highest confidence; inserts no evidence.
  Result<int64_t> Upsert(const TripleRow& row);
  Status InsertEvidence(int64_t triple_id, const EvidenceSpec& evidence);

  // Loads every entity and predicate name into the caches, so that a miss
  // afterwards is known to be new without a query (bulk imports).
  Status PreloadNames();

  int64_t new_entities() const { return new_entities_; }
  int64_t new_predicates() const { return new_predicates_; }

 private:
  explicit TripleWriter(Store& store) : store_(store) {}
  Status Prepare();
  Status AddAliases(int64_t entity_id, const std::vector<std::string>& aliases);

  Store& store_;
  bool names_preloaded_ = false;
  std::unordered_map<std::string, int64_t> entity_ids_;
  std::unordered_map<std::string, int64_t> predicate_ids_;
  int64_t new_entities_ = 0;
  int64_t new_predicates_ = 0;

  Statement find_entity_, insert_entity_, fill_entity_, insert_alias_;
  Statement find_predicate_, insert_predicate_, fill_predicate_;
  Statement upsert_triple_, insert_evidence_;
};

}  // namespace kg
