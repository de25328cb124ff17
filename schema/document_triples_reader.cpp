#include "schema/document_triples_reader.h"

namespace kg {

Result<std::vector<DocumentTriple>> ReadDocumentTriples(Store& store, const std::string& level) {
  KG_ASSIGN_OR_RETURN(Statement stmt, store.db().Prepare(R"sql(
      SELECT d.doc_key, s.name, s.code, p.name, p.category, o.name, o.code, t.negated,
             MIN(e.id), e.phrase, e.rule,
             substr(d.text, se.start + 1, se.end - se.start)
      FROM evidence e
      JOIN triples t ON t.id = e.triple_id
      JOIN documents d ON d.id = e.document_id
      LEFT JOIN sentences se ON se.id = e.sentence_id
      JOIN entities s ON s.id = t.subject_id
      JOIN entities o ON o.id = t.object_id
      JOIN predicates p ON p.id = t.predicate_id
      WHERE t.level = ?1
      GROUP BY d.id, t.id
      ORDER BY d.id, t.id)sql"));
  stmt.Bind(1, level);
  std::vector<DocumentTriple> out;
  while (true) {
    KG_ASSIGN_OR_RETURN(bool row, stmt.Step());
    if (!row) break;
    DocumentTriple t;
    t.doc_key = stmt.ColumnText(0);
    t.subject = stmt.ColumnText(1);
    t.subject_code = stmt.ColumnIsNull(2) ? "" : stmt.ColumnText(2);
    t.predicate = stmt.ColumnText(3);
    t.category = stmt.ColumnIsNull(4) ? "" : stmt.ColumnText(4);
    t.object = stmt.ColumnText(5);
    t.object_code = stmt.ColumnIsNull(6) ? "" : stmt.ColumnText(6);
    t.negated = stmt.ColumnInt(7) != 0;
    t.phrase = stmt.ColumnIsNull(9) ? "" : stmt.ColumnText(9);
    t.rule = stmt.ColumnIsNull(10) ? "" : stmt.ColumnText(10);
    t.sentence = stmt.ColumnIsNull(11) ? "" : stmt.ColumnText(11);
    out.push_back(std::move(t));
  }
  return out;
}

}  // namespace kg
