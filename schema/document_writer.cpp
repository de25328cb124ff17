#include "schema/document_writer.h"

#include <unordered_map>
#include <vector>

namespace kg {
namespace {

Result<int64_t> StepForRowId(Statement& stmt, Database& db) {
  Status status = stmt.Run();
  if (!status.ok()) return status;
  return db.LastInsertRowId();
}

}  // namespace

Result<std::unique_ptr<DocumentWriter>> DocumentWriter::Create(Store& store) {
  std::unique_ptr<DocumentWriter> writer(new DocumentWriter(store));
  KG_RETURN_IF_ERROR(writer->Prepare());
  return writer;
}

Status DocumentWriter::Prepare() {
  Database& db = store_.db();
  KG_ASSIGN_OR_RETURN(triples_, TripleWriter::Create(store_));
  KG_ASSIGN_OR_RETURN(find_by_key_, db.Prepare("SELECT id, content_hash FROM documents WHERE doc_key = ?1"));
  KG_ASSIGN_OR_RETURN(find_by_hash_, db.Prepare("SELECT id, doc_key FROM documents WHERE content_hash = ?1"));
  KG_ASSIGN_OR_RETURN(insert_document_,
                      db.Prepare("INSERT INTO documents(doc_key, source, url, title, date, dateline, "
                                 "format, content_hash, text) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"));
  KG_ASSIGN_OR_RETURN(insert_source_, db.Prepare("INSERT INTO document_sources(document_id, position, name, "
                                                 "url) VALUES (?1, ?2, ?3, ?4)"));
  KG_ASSIGN_OR_RETURN(insert_sentence_, db.Prepare("INSERT INTO sentences(document_id, idx, start, end, "
                                                   "section) VALUES (?1, ?2, ?3, ?4, ?5)"));
  KG_ASSIGN_OR_RETURN(insert_mention_, db.Prepare("INSERT INTO mentions(entity_id, sentence_id, start, end, "
                                                  "surface, coded_by, sector) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"));
  KG_ASSIGN_OR_RETURN(evidence_per_triple_, db.Prepare("SELECT triple_id, count(*) FROM evidence "
                                                       "WHERE document_id = ?1 GROUP BY triple_id"));
  KG_ASSIGN_OR_RETURN(decrement_triple_,
                      db.Prepare("UPDATE triples SET evidence_count = evidence_count - ?2 WHERE id = ?1"));
  KG_ASSIGN_OR_RETURN(delete_evidence_, db.Prepare("DELETE FROM evidence WHERE document_id = ?1"));
  // A triple that keeps evidence from other documents spans their dates
  // only. Assertions imported without evidence (evidence_count above the
  // evidence rows) have dates we cannot see, so those triples keep theirs.
  KG_ASSIGN_OR_RETURN(recompute_dates_,
                      db.Prepare("UPDATE triples SET "
                                 "first_date = (SELECT min(date) FROM evidence WHERE triple_id = ?1), "
                                 "last_date = (SELECT max(date) FROM evidence WHERE triple_id = ?1) "
                                 "WHERE id = ?1 AND evidence_count > 0 AND evidence_count <= "
                                 "(SELECT count(*) FROM evidence WHERE triple_id = ?1)"));
  KG_ASSIGN_OR_RETURN(delete_empty_triple_,
                      db.Prepare("DELETE FROM triples WHERE id = ?1 AND evidence_count <= 0"));
  KG_ASSIGN_OR_RETURN(delete_document_, db.Prepare("DELETE FROM documents WHERE id = ?1"));
  return Status::Ok();
}

Result<StoredDocuments> DocumentWriter::Find(const std::string& key, const std::string& content_hash) {
  StoredDocuments found;
  find_by_key_.Bind(1, key);
  KG_ASSIGN_OR_RETURN(bool row, find_by_key_.Step());
  if (row) {
    found.with_key = find_by_key_.ColumnInt(0);
    found.same_content = find_by_key_.ColumnView(1) == content_hash;
  }
  find_by_key_.Reset();
  find_by_hash_.Bind(1, content_hash);
  KG_ASSIGN_OR_RETURN(row, find_by_hash_.Step());
  if (row) {
    found.with_hash = find_by_hash_.ColumnInt(0);
    found.key_of_hash = find_by_hash_.ColumnText(1);
  }
  find_by_hash_.Reset();
  return found;
}

Result<WrittenCounts> DocumentWriter::Write(const Document& doc, const std::string& content_hash,
                                            const Extraction& extraction) {
  Database& db = store_.db();
  WrittenCounts counts;
  // The caller looked the document up before its transaction; another kg
  // process writing the same database may have stored it since. Looked up
  // again inside the transaction, that is one clear sentence instead of
  // SQLite's "UNIQUE constraint failed: documents.content_hash".
  KG_ASSIGN_OR_RETURN(StoredDocuments stored, Find(doc.key, content_hash));
  if (stored.with_key || stored.with_hash) {
    return Status::InvalidInput("document \"" + doc.key +
                                "\" was stored meanwhile by another kg process writing to this database; "
                                "it is stored once");
  }
  insert_document_.Bind(1, doc.key).Bind(2, doc.source).Bind(3, doc.url).Bind(4, doc.title);
  insert_document_.Bind(5, doc.date).Bind(6, doc.dateline).Bind(7, doc.format).Bind(8, content_hash);
  insert_document_.Bind(9, doc.text);
  KG_ASSIGN_OR_RETURN(int64_t document_id, StepForRowId(insert_document_, db));

  for (size_t i = 0; i < doc.sources.size(); ++i) {
    insert_source_.Bind(1, document_id).Bind(2, static_cast<int64_t>(i)).Bind(3, doc.sources[i].name);
    insert_source_.Bind(4, doc.sources[i].url);
    KG_RETURN_IF_ERROR(insert_source_.Run());
  }

  std::unordered_map<int, int64_t> sentence_ids;  // Sentence::index -> row id
  for (const Sentence& s : extraction.sentences) {
    insert_sentence_.Bind(1, document_id).Bind(2, s.index).Bind(3, s.chars.start).Bind(4, s.chars.end);
    insert_sentence_.Bind(5, SectionName(s.section));
    KG_ASSIGN_OR_RETURN(sentence_ids[s.index], StepForRowId(insert_sentence_, db));
    ++counts.sentences;
  }
  auto sentence_id = [&](int index) -> Result<int64_t> {
    auto it = sentence_ids.find(index);
    if (it == sentence_ids.end()) {
      return Status::Internal(doc.key + ": the extraction refers to sentence " + std::to_string(index) +
                              ", which the document does not have");
    }
    return it->second;
  };
  auto check_entity = [&](int index) -> Status {
    if (index < 0 || static_cast<size_t>(index) >= extraction.entities.size()) {
      return Status::Internal(doc.key + ": the extraction refers to entity " + std::to_string(index) +
                              " of " + std::to_string(extraction.entities.size()));
    }
    return Status::Ok();
  };

  std::vector<int64_t> entity_ids;
  entity_ids.reserve(extraction.entities.size());
  for (const ExtractedEntity& e : extraction.entities) {
    EntitySpec spec{e.name, e.type, e.code, e.sector, e.aliases, e.attributes_json};
    KG_ASSIGN_OR_RETURN(int64_t id, triples_->Entity(spec));
    entity_ids.push_back(id);
  }

  for (const ExtractedMention& m : extraction.mentions) {
    KG_RETURN_IF_ERROR(check_entity(m.entity));
    KG_ASSIGN_OR_RETURN(int64_t sid, sentence_id(m.sentence));
    insert_mention_.Bind(1, entity_ids[m.entity]).Bind(2, sid).Bind(3, m.chars.start).Bind(4, m.chars.end);
    insert_mention_.Bind(5, m.surface).Bind(6, m.coded_by).Bind(7, m.sector);
    KG_RETURN_IF_ERROR(insert_mention_.Run());
    ++counts.mentions;
  }

  for (const ExtractedTriple& t : extraction.triples) {
    KG_RETURN_IF_ERROR(check_entity(t.subject));
    KG_RETURN_IF_ERROR(check_entity(t.object));
    KG_ASSIGN_OR_RETURN(int64_t predicate, triples_->Predicate({t.predicate, t.category, t.cameo}));
    EvidenceSpec evidence;
    evidence.document_id = document_id;
    KG_ASSIGN_OR_RETURN(evidence.sentence_id, sentence_id(t.sentence));
    evidence.start = t.chars.start;
    evidence.end = t.chars.end;
    evidence.phrase = t.phrase;
    if (!t.rule.empty()) evidence.rule = t.rule;
    if (!t.modality.empty()) evidence.modality = t.modality;
    if (!t.frame.empty()) evidence.frame = t.frame;
    evidence.date = doc.date;
    KG_RETURN_IF_ERROR(triples_
                           ->Triple(entity_ids[t.subject], predicate, entity_ids[t.object], t.level,
                                    t.negated, t.confidence, doc.date, &evidence)
                           .status()
                           .WithContext(doc.key + ": triple " + t.predicate));
    ++counts.triples;
  }
  return counts;
}

Status DocumentWriter::Delete(int64_t document_id) {
  std::vector<std::pair<int64_t, int64_t>> evidence;  // triple id, rows of this document
  evidence_per_triple_.Bind(1, document_id);
  while (true) {
    KG_ASSIGN_OR_RETURN(bool row, evidence_per_triple_.Step());
    if (!row) break;
    evidence.emplace_back(evidence_per_triple_.ColumnInt(0), evidence_per_triple_.ColumnInt(1));
  }
  evidence_per_triple_.Reset();
  for (const auto& [triple, n] : evidence) {
    decrement_triple_.Bind(1, triple).Bind(2, n);
    KG_RETURN_IF_ERROR(decrement_triple_.Run());
  }
  delete_evidence_.Bind(1, document_id);
  KG_RETURN_IF_ERROR(delete_evidence_.Run());
  for (const auto& [triple, n] : evidence) {
    delete_empty_triple_.Bind(1, triple);
    KG_RETURN_IF_ERROR(delete_empty_triple_.Run());
    recompute_dates_.Bind(1, triple);
    KG_RETURN_IF_ERROR(recompute_dates_.Run());
  }
  // Sources, sentences and (through sentences) mentions go by ON DELETE CASCADE.
  delete_document_.Bind(1, document_id);
  return delete_document_.Run();
}

Status DocumentWriter::ForgetCachedIds() {
  KG_ASSIGN_OR_RETURN(triples_, TripleWriter::Create(store_));
  return Status::Ok();
}

}  // namespace kg
