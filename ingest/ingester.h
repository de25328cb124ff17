// Ingester: read -> segment -> extract -> store, one document at a time,
// each in its own transaction so that nothing partial is ever stored.
//
// A document already stored with the same content is left alone (a no-op);
// with `replace` its old rows are deleted and it is extracted anew. A
// document that cannot be read or stored is skipped and reported through
// `on_skipped`; only a failure of the store itself (disk, lock) stops the run.
#pragma once

#include <cstdint>
#include <functional>
#include <istream>
#include <memory>
#include <string>
#include <vector>

#include "schema/document.h"
#include "schema/sentence.h"
#include "ingest/extractor.h"
#include "ingest/readers/document_reader.h"
#include "ingest/segmenter.h"
#include "ingest/syntax/syntax_model.h"
#include "schema/document_writer.h"
#include "schema/status.h"
#include "schema/store.h"

namespace kg::ingest {

struct IngestOptions {
  ReadOptions read;
  bool replace = false;
  // The syntax model that tags and parses every sentence (--model); empty
  // for the default (see syntax::FindSyntaxModel).
  std::string model;
  std::function<void(const Status&)> on_skipped;  // `FILE: reason`
  // After every document: documents seen so far, words, input bytes done.
  std::function<void(int64_t, int64_t, uintmax_t)> on_progress;
};

struct IngestCounts {
  int64_t stored = 0;     // documents written (new or replaced)
  int64_t replaced = 0;   // of which replaced an older version
  int64_t unchanged = 0;  // already stored with the same content
  int64_t skipped = 0;    // unreadable or unstorable
  int64_t sentences = 0, mentions = 0, triples = 0;
  int64_t words = 0;      // of the documents analysed (white-space separated)
  int64_t seen() const { return stored + unchanged + skipped; }
};

// Words as `wc -w` counts them: runs of non-white-space bytes.
int64_t CountWords(std::string_view text);

class Ingester {
 public:
  // `lexicon_dir` is a folder of lexicons (see FindLexiconDir).
  static Result<std::unique_ptr<Ingester>> Create(kg::Store& store, const std::string& lexicon_dir,
                                                  IngestOptions options);

  // Ingests every document of `inputs` ("-" reads `stdin_stream`).
  Status IngestInputs(const std::vector<InputFile>& inputs, std::istream& stdin_stream);

  // Ingests one document that has been read.
  Status IngestDocument(const Document& document);

  const IngestCounts& counts() const { return counts_; }

 private:
  Ingester(kg::Store& store, IngestOptions options) : store_(store), options_(std::move(options)) {}
  Status Skip(const Status& why);
  Status Write(const Document& document, const std::string& hash, const StoredDocuments& found,
               const Extraction& extraction);

  kg::Store& store_;
  IngestOptions options_;
  std::unique_ptr<Segmenter> segmenter_;
  syntax::SyntaxModel syntax_;
  std::unique_ptr<Extractor> extractor_;
  std::unique_ptr<DocumentWriter> writer_;
  IngestCounts counts_;
  uintmax_t bytes_done_ = 0;
};

}  // namespace kg::ingest
