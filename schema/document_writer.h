// DocumentWriter: stores one analysed document (its row, sources,
// sentences, mentions, and through TripleWriter its entities, triples and
// evidence) and removes one again for `kg ingest --replace`.
//
// Like TripleWriter it never begins or commits a transaction: the ingester
// wraps each document in one, so a failure stores nothing of it.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>

#include "schema/document.h"
#include "schema/sentence.h"
#include "schema/extraction.h"
#include "schema/database.h"
#include "schema/status.h"
#include "schema/store.h"
#include "schema/triple_writer.h"

namespace kg {

// What the store already holds under a document's key or content hash.
struct StoredDocuments {
  std::optional<int64_t> with_key;   // a document with the same key
  bool same_content = false;         // ... and the same content hash
  std::optional<int64_t> with_hash;  // a document with the same content hash
  std::string key_of_hash;           // the key it is stored under
};

// Row counts of one stored document, for the ingest summary.
struct WrittenCounts {
  int64_t sentences = 0, mentions = 0, triples = 0;
};

class DocumentWriter {
 public:
  static Result<std::unique_ptr<DocumentWriter>> Create(Store& store);

  Result<StoredDocuments> Find(const std::string& key, const std::string& content_hash);

  // Inserts the document and everything extracted from it. Evidence rows
  // carry the document's date.
  Result<WrittenCounts> Write(const Document& document, const std::string& content_hash,
                              const Extraction& extraction);

  // Deletes a document with its sources, sentences, mentions and evidence;
  // its triples lose that evidence, those left with none are deleted, and
  // the others' first and last dates are recomputed from what remains.
  Status Delete(int64_t document_id);

  // After a rolled-back transaction: forgets the ids TripleWriter cached,
  // since rows created in that transaction no longer exist.
  Status ForgetCachedIds();

 private:
  explicit DocumentWriter(Store& store) : store_(store) {}
  Status Prepare();

  Store& store_;
  std::unique_ptr<TripleWriter> triples_;
  Statement find_by_key_, find_by_hash_, insert_document_, insert_source_, insert_sentence_,
      insert_mention_;
  Statement evidence_per_triple_, decrement_triple_, delete_evidence_, delete_empty_triple_,
      recompute_dates_, delete_document_;
};

}  // namespace kg
