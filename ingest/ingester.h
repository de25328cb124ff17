// Ingester: read -> segment -> tag + parse -> extract -> store, each
// document in its own transaction so that nothing partial is ever stored.
//
// With `jobs` > 1 the analysis (DocumentAnalyzer) runs on that many threads
// while this thread reads and stores, in input order (OrderedPipeline): the
// database is exactly what one thread makes, and so are the counts, the
// progress calls and the skip messages, in the same order.
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
#include <optional>
#include <string>
#include <vector>

#include "schema/document.h"
#include "schema/sentence.h"
#include "ingest/document_analyzer.h"
#include "ingest/extractor.h"
#include "ingest/prose_check.h"
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
  // Threads that analyse documents (--jobs); 1 analyses on the calling
  // thread, one document after the other.
  int jobs = 1;
  std::function<void(const Status&)> on_skipped;  // `FILE: reason`
  // A document stored with something to say of it: `FILE: what`.
  std::function<void(const std::string&)> on_warning;
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
  struct Job;
  Ingester(kg::Store& store, IngestOptions options) : store_(store), options_(std::move(options)) {}
  Status IngestInParallel(const std::vector<InputFile>& inputs, std::istream& stdin_stream);
  // Whether a document read now may need analysing: false when the store
  // already holds its key or its content and --replace is not given. Rows
  // are only added during such a run, so "already held" stays true until
  // the document's turn to be stored comes, and its analysis can be spared.
  bool MayNeedAnalysis(const Document& document, const std::string& hash);
  // Decides, from what the store holds now, whether `document` is
  // unchanged, skipped or stored; stores `*analysed` if given, else
  // analyses it here first.
  Status Ingest(const Document& document, const std::string& hash, std::optional<Extraction>* analysed);
  Status Skip(const Status& why);
  Status Write(const Document& document, const std::string& hash, const StoredDocuments& found,
               const Extraction& extraction);

  kg::Store& store_;
  IngestOptions options_;
  syntax::SyntaxModel syntax_;
  std::unique_ptr<Extractor> extractor_;
  ProseCheck prose_;
  // This thread's analyzer, and with jobs > 1 one per worker thread.
  std::unique_ptr<DocumentAnalyzer> analyzer_;
  std::vector<std::unique_ptr<DocumentAnalyzer>> worker_analyzers_;
  std::unique_ptr<DocumentWriter> writer_;
  IngestCounts counts_;
  uintmax_t bytes_done_ = 0;
};

}  // namespace kg::ingest
