#include "schema/document_mentions_reader.h"

namespace kg {

Status ForEachDocumentMention(Store& store, const MentionWindow& window,
                              const std::function<void(const DocumentMention&)>& fn) {
  KG_ASSIGN_OR_RETURN(Statement stmt, store.db().Prepare(R"sql(
      SELECT d.doc_key, s.idx, substr(d.text, s.start + 1, s.end - s.start), m.start, m.end, m.surface,
             e.name, e.type, e.code, coalesce(m.sector, e.sector), coalesce(m.coded_by, 'unknown')
      FROM mentions m
      JOIN sentences s ON s.id = m.sentence_id
      JOIN documents d ON d.id = s.document_id
      JOIN entities e ON e.id = m.entity_id
      WHERE (?1 = '' OR d.date >= ?1) AND (?2 = '' OR d.date <= ?2)
      ORDER BY d.id, s.idx, m.start, m.id)sql"));
  stmt.Bind(1, window.since).Bind(2, window.until);
  DocumentMention m;
  while (true) {
    KG_ASSIGN_OR_RETURN(bool row, stmt.Step());
    if (!row) break;
    m.doc_key = stmt.ColumnText(0);
    m.sentence_index = stmt.ColumnInt(1);
    m.sentence = stmt.ColumnText(2);
    m.start = stmt.ColumnInt(3);
    m.end = stmt.ColumnInt(4);
    m.surface = stmt.ColumnText(5);
    m.entity = stmt.ColumnText(6);
    m.type = stmt.ColumnText(7);
    m.code = stmt.ColumnIsNull(8) ? "" : stmt.ColumnText(8);
    m.sector = stmt.ColumnIsNull(9) ? "" : stmt.ColumnText(9);
    m.coded_by = stmt.ColumnText(10);
    fn(m);
  }
  return Status::Ok();
}

Result<std::vector<DocumentMention>> ReadDocumentMentions(Store& store) {
  std::vector<DocumentMention> out;
  KG_RETURN_IF_ERROR(ForEachDocumentMention(store, {}, [&](const DocumentMention& m) { out.push_back(m); }));
  return out;
}

}  // namespace kg
