#include "schema/triple_writer.h"

#include <array>

namespace kg {
namespace {

constexpr std::array<std::string_view, 5> kEntityTypes = {"country", "person", "organization",
                                                          "location", "other"};

// Binds an empty view as NULL: an unknown date or phrase is absent, not "".
void BindOrNull(Statement& stmt, int index, std::string_view value) {
  if (value.empty()) {
    stmt.BindNull(index);
  } else {
    stmt.Bind(index, value);
  }
}

void BindOptional(Statement& stmt, int index, const std::optional<int64_t>& value) {
  if (value) {
    stmt.Bind(index, *value);
  } else {
    stmt.BindNull(index);
  }
}

// Steps a statement expected to return one row with an id in column 0.
Result<int64_t> StepForId(Statement& stmt) {
  KG_ASSIGN_OR_RETURN(bool row, stmt.Step());
  if (!row) return Status::Internal("a statement that returns an id returned no row");
  int64_t id = stmt.ColumnInt(0);
  stmt.Reset();
  return id;
}

}  // namespace

bool IsEntityType(std::string_view type) {
  for (std::string_view t : kEntityTypes) {
    if (t == type) return true;
  }
  return false;
}

Status BindTripleRow(Statement& stmt, const TripleRow& row, int first) {
  if (row.level != "actor" && row.level != "mention") {
    return Status::InvalidInput("unknown triple level '" + std::string(row.level) +
                                "' (expected actor or mention)");
  }
  const int i = first - 1;
  stmt.Bind(i + 1, row.subject).Bind(i + 2, row.predicate).Bind(i + 3, row.object);
  stmt.Bind(i + 4, row.level).Bind(i + 5, row.negated ? 1 : 0);
  if (row.confidence) {
    stmt.Bind(i + 6, *row.confidence);
  } else {
    stmt.BindNull(i + 6);
  }
  BindOrNull(stmt, i + 7, row.first_date);
  BindOrNull(stmt, i + 8, row.last_date);
  stmt.Bind(i + 9, row.assertions);
  return Status::Ok();
}

Result<std::unique_ptr<TripleWriter>> TripleWriter::Create(Store& store) {
  std::unique_ptr<TripleWriter> writer(new TripleWriter(store));
  KG_RETURN_IF_ERROR(writer->Prepare());
  return writer;
}

Status TripleWriter::Prepare() {
  Database& db = store_.db();
  KG_ASSIGN_OR_RETURN(find_entity_, db.Prepare("SELECT id FROM entities WHERE name = ?1"));
  KG_ASSIGN_OR_RETURN(insert_entity_,
                      db.Prepare("INSERT INTO entities(name, type, code, sector, attributes) "
                                 "VALUES (?1, ?2, ?3, ?4, ?5)"));
  // Fills what an existing entity lacks, never overwrites what it has.
  KG_ASSIGN_OR_RETURN(fill_entity_,
                      db.Prepare("UPDATE entities SET "
                                 "type = CASE WHEN type = 'other' THEN ?2 ELSE type END, "
                                 "code = coalesce(code, ?3), sector = coalesce(sector, ?4), "
                                 "attributes = coalesce(attributes, ?5) WHERE id = ?1"));
  KG_ASSIGN_OR_RETURN(insert_alias_,
                      db.Prepare("INSERT OR IGNORE INTO aliases(alias, entity_id) VALUES (?1, ?2)"));
  KG_ASSIGN_OR_RETURN(find_predicate_, db.Prepare("SELECT id FROM predicates WHERE name = ?1"));
  KG_ASSIGN_OR_RETURN(insert_predicate_,
                      db.Prepare("INSERT INTO predicates(name, category, cameo) VALUES (?1, ?2, ?3)"));
  KG_ASSIGN_OR_RETURN(fill_predicate_,
                      db.Prepare("UPDATE predicates SET category = coalesce(category, ?2), "
                                 "cameo = coalesce(cameo, ?3) WHERE id = ?1"));
  // min()/max() of SQLite return NULL when either side is NULL, hence the
  // coalesce chains: an unknown date or confidence never erases a known one.
  KG_ASSIGN_OR_RETURN(
      upsert_triple_,
      db.Prepare("INSERT INTO triples(subject_id, predicate_id, object_id, level, negated, confidence, "
                 "first_date, last_date, evidence_count) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) "
                 "ON CONFLICT(subject_id, predicate_id, object_id, level, negated) DO UPDATE SET "
                 "evidence_count = evidence_count + excluded.evidence_count, "
                 "confidence = coalesce(max(confidence, excluded.confidence), confidence, "
                 "excluded.confidence), "
                 "first_date = coalesce(min(first_date, excluded.first_date), first_date, "
                 "excluded.first_date), "
                 "last_date = coalesce(max(last_date, excluded.last_date), last_date, "
                 "excluded.last_date) "
                 "RETURNING id"));
  KG_ASSIGN_OR_RETURN(insert_evidence_,
                      db.Prepare("INSERT INTO evidence(triple_id, document_id, sentence_id, start, "
                                 "end, phrase, rule, date, source, modality, frame) "
                                 "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)"));
  return Status::Ok();
}

Status TripleWriter::PreloadNames() {
  if (names_preloaded_) return Status::Ok();
  Database& db = store_.db();
  for (auto [sql, cache] : {std::pair{"SELECT name, id FROM entities", &entity_ids_},
                            std::pair{"SELECT name, id FROM predicates", &predicate_ids_}}) {
    KG_ASSIGN_OR_RETURN(Statement stmt, db.Prepare(sql));
    while (true) {
      KG_ASSIGN_OR_RETURN(bool row, stmt.Step());
      if (!row) break;
      cache->emplace(stmt.ColumnText(0), stmt.ColumnInt(1));
    }
  }
  names_preloaded_ = true;
  return Status::Ok();
}

Result<int64_t> TripleWriter::Entity(const EntitySpec& spec) {
  if (spec.name.empty()) return Status::InvalidInput("an entity needs a non-empty name");
  if (!IsEntityType(spec.type)) {
    return Status::InvalidInput("unknown entity type '" + spec.type +
                                "' (expected country, person, organization, location or other)");
  }
  bool has_details = spec.type != "other" || spec.code || spec.sector || !spec.attributes_json.empty();
  auto bind_details = [&](Statement& stmt) {
    stmt.Bind(2, spec.type).Bind(3, spec.code).Bind(4, spec.sector);
    BindOrNull(stmt, 5, spec.attributes_json);
  };

  KG_ASSIGN_OR_RETURN(std::optional<int64_t> found, FindEntity(spec.name));
  int64_t id = found.value_or(0);
  if (found) {
    if (has_details) {
      fill_entity_.Bind(1, id);
      bind_details(fill_entity_);
      KG_RETURN_IF_ERROR(fill_entity_.Run().WithContext("entity '" + spec.name + "'"));
    }
  } else {
    insert_entity_.Bind(1, spec.name);
    bind_details(insert_entity_);
    // A plain INSERT and last_insert_rowid: RETURNING costs a temporary
    // table per row, which a bulk import of 200k entities notices.
    KG_RETURN_IF_ERROR(insert_entity_.Run().WithContext("entity '" + spec.name + "'"));
    id = store_.db().LastInsertRowId();
    ++new_entities_;
  }
  entity_ids_.emplace(spec.name, id);
  KG_RETURN_IF_ERROR(AddAliases(id, spec.aliases));
  return id;
}

Result<std::optional<int64_t>> TripleWriter::FindEntity(const std::string& name) {
  if (auto it = entity_ids_.find(name); it != entity_ids_.end()) return std::optional(it->second);
  if (names_preloaded_) return std::optional<int64_t>();
  find_entity_.Bind(1, name);
  KG_ASSIGN_OR_RETURN(bool row, find_entity_.Step());
  std::optional<int64_t> id;
  if (row) id = find_entity_.ColumnInt(0);
  find_entity_.Reset();
  return id;
}

Status TripleWriter::AddAliases(int64_t entity_id, const std::vector<std::string>& aliases) {
  for (const std::string& alias : aliases) {
    if (alias.empty()) continue;
    insert_alias_.Bind(1, alias).Bind(2, entity_id);
    KG_RETURN_IF_ERROR(insert_alias_.Run().WithContext("alias '" + alias + "'"));
  }
  return Status::Ok();
}

Result<int64_t> TripleWriter::Predicate(const PredicateSpec& spec) {
  if (spec.name.empty()) return Status::InvalidInput("a predicate needs a non-empty name");
  auto it = predicate_ids_.find(spec.name);
  if (it != predicate_ids_.end() && !spec.category && !spec.cameo) return it->second;

  int64_t id = 0;
  bool known = it != predicate_ids_.end();
  if (known) {
    id = it->second;
  } else if (!names_preloaded_) {
    find_predicate_.Bind(1, spec.name);
    KG_ASSIGN_OR_RETURN(bool row, find_predicate_.Step());
    if (row) {
      id = find_predicate_.ColumnInt(0);
      known = true;
    }
    find_predicate_.Reset();
  }
  if (known) {
    if (spec.category || spec.cameo) {
      fill_predicate_.Bind(1, id).Bind(2, spec.category).Bind(3, spec.cameo);
      KG_RETURN_IF_ERROR(fill_predicate_.Run().WithContext("predicate '" + spec.name + "'"));
    }
  } else {
    insert_predicate_.Bind(1, spec.name).Bind(2, spec.category).Bind(3, spec.cameo);
    KG_RETURN_IF_ERROR(insert_predicate_.Run().WithContext("predicate '" + spec.name + "'"));
    id = store_.db().LastInsertRowId();
    ++new_predicates_;
  }
  predicate_ids_.emplace(spec.name, id);
  return id;
}

Result<int64_t> TripleWriter::Upsert(const TripleRow& row) {
  KG_RETURN_IF_ERROR(BindTripleRow(upsert_triple_, row));
  return StepForId(upsert_triple_);
}

Result<int64_t> TripleWriter::Triple(int64_t subject, int64_t predicate, int64_t object,
                                     std::string_view level, bool negated,
                                     std::optional<double> confidence,
                                     const std::optional<std::string>& date,
                                     const EvidenceSpec* evidence) {
  TripleRow row;
  row.subject = subject;
  row.predicate = predicate;
  row.object = object;
  row.level = level;
  row.negated = negated;
  row.confidence = confidence;
  if (date) row.first_date = row.last_date = *date;
  KG_ASSIGN_OR_RETURN(int64_t id, Upsert(row));
  if (evidence) KG_RETURN_IF_ERROR(InsertEvidence(id, *evidence));
  return id;
}

Status TripleWriter::InsertEvidence(int64_t triple_id, const EvidenceSpec& e) {
  insert_evidence_.Bind(1, triple_id);
  BindOptional(insert_evidence_, 2, e.document_id);
  BindOptional(insert_evidence_, 3, e.sentence_id);
  BindOptional(insert_evidence_, 4, e.start);
  BindOptional(insert_evidence_, 5, e.end);
  insert_evidence_.Bind(6, e.phrase).Bind(7, e.rule).Bind(8, e.date).Bind(9, e.source);
  insert_evidence_.Bind(10, e.modality).Bind(11, e.frame);
  return insert_evidence_.Run();
}

}  // namespace kg
