#include "schema/evidence_reader.h"

namespace kg {
namespace {

// The evidence text: its sentence when it has one, else its own span of the
// document. Offsets are code points, as substr() counts them (1-based).
constexpr const char* kSentenceText =
    "CASE WHEN s.id IS NOT NULL THEN substr(sd.text, s.start + 1, s.end - s.start) "
    "WHEN e.start IS NOT NULL AND d.id IS NOT NULL THEN substr(d.text, e.start + 1, e.end - e.start) END";

}  // namespace

Result<std::unique_ptr<EvidenceReader>> EvidenceReader::Create(Store& store) {
  std::string sql = std::string("SELECT d.doc_key, e.date, ") + kSentenceText +
                    ", e.source, e.rule, e.modality, e.phrase, e.start, e.end FROM evidence e "
                    "LEFT JOIN sentences s ON s.id = e.sentence_id "
                    "LEFT JOIN documents sd ON sd.id = s.document_id "
                    "LEFT JOIN documents d ON d.id = coalesce(e.document_id, s.document_id) "
                    "WHERE e.triple_id = ?1 ORDER BY e.date IS NULL, e.date, e.id LIMIT ?2";
  KG_ASSIGN_OR_RETURN(Statement stmt, store.db().Prepare(sql));
  return std::unique_ptr<EvidenceReader>(new EvidenceReader(std::move(stmt)));
}

Result<std::vector<EvidenceSentence>> EvidenceReader::ForTriple(int64_t triple_id, int limit) {
  for_triple_.Reset();
  for_triple_.Bind(1, triple_id).Bind(2, limit);
  std::vector<EvidenceSentence> out;
  while (true) {
    KG_ASSIGN_OR_RETURN(bool row, for_triple_.Step());
    if (!row) break;
    auto optional_int = [&](int column) {
      return for_triple_.ColumnIsNull(column) ? std::nullopt : std::optional<int64_t>(for_triple_.ColumnInt(column));
    };
    out.push_back(EvidenceSentence{for_triple_.ColumnText(0), for_triple_.ColumnText(1), for_triple_.ColumnText(2),
                                   for_triple_.ColumnText(3), for_triple_.ColumnText(4), for_triple_.ColumnText(5),
                                   for_triple_.ColumnText(6), optional_int(7), optional_int(8)});
  }
  for_triple_.Reset();
  return out;
}

Status ForEachEvidenceLine(Store& store, std::string_view level, const std::function<void(const EvidenceLine&)>& fn) {
  std::string sql = std::string(
                        "SELECT t.id, d.doc_key, se.name, se.code, p.name, p.category, oe.name, oe.code, "
                        "t.negated, ") +
                    kSentenceText +
                    ", e.phrase, coalesce(e.date, d.date), e.source, e.rule, e.modality, e.frame FROM triples t "
                    "JOIN entities se ON se.id = t.subject_id "
                    "JOIN predicates p ON p.id = t.predicate_id "
                    "JOIN entities oe ON oe.id = t.object_id "
                    "LEFT JOIN evidence e ON e.triple_id = t.id "
                    "LEFT JOIN sentences s ON s.id = e.sentence_id "
                    "LEFT JOIN documents sd ON sd.id = s.document_id "
                    "LEFT JOIN documents d ON d.id = coalesce(e.document_id, s.document_id) "
                    "WHERE t.level = ?1 ORDER BY t.id, e.id";
  KG_ASSIGN_OR_RETURN(Statement stmt, store.db().Prepare(sql));
  stmt.Bind(1, level);
  EvidenceLine line;
  while (true) {
    KG_ASSIGN_OR_RETURN(bool row, stmt.Step());
    if (!row) return Status::Ok();
    line.triple_id = stmt.ColumnInt(0);
    line.doc_key = stmt.ColumnOptionalText(1);
    line.subject = stmt.ColumnText(2);
    line.subject_code = stmt.ColumnOptionalText(3);
    line.predicate = stmt.ColumnText(4);
    line.category = stmt.ColumnOptionalText(5);
    line.object = stmt.ColumnText(6);
    line.object_code = stmt.ColumnOptionalText(7);
    line.negated = stmt.ColumnInt(8) != 0;
    line.sentence = stmt.ColumnOptionalText(9);
    line.phrase = stmt.ColumnOptionalText(10);
    line.date = stmt.ColumnOptionalText(11);
    line.source = stmt.ColumnOptionalText(12);
    line.rule = stmt.ColumnOptionalText(13);
    line.modality = stmt.ColumnOptionalText(14);
    line.frame = stmt.ColumnOptionalText(15);
    fn(line);
  }
}

}  // namespace kg
