#include "ingest/ingester.h"

#include <optional>
#include <set>
#include <thread>

#include "ingest/content_hash.h"
#include "ingest/lexicon/lexicons.h"
#include "ingest/ordered_pipeline.h"

namespace kg::ingest {
namespace {

// Failures that concern one document (its data, a limit, a bug in its
// analysis) skip it; failures of the store stop the run.
bool SkipsDocument(const Status& status) {
  switch (status.code()) {
    case Status::Code::kInvalidInput:
    case Status::Code::kLimitExceeded:
    case Status::Code::kInternal:
    case Status::Code::kNotFound:
      return true;
    default:
      return false;
  }
}

// In flight per analysing thread: enough documents that a thread finds
// work while a long article ahead of them is analysed (the writer stores in
// input order), few enough bytes that memory stays bounded whatever the
// input's size (an analysed document takes tens of times its text).
constexpr size_t kDocumentsPerThread = 32;
constexpr size_t kBytesPerThread = 256 * 1024;

}  // namespace

// One read document on its way through the pipeline.
struct Ingester::Job {
  Result<Document> document;  // or why it is skipped
  size_t input_bytes = 0;
  std::string hash;
  bool analyse = false;
  std::optional<Extraction> extraction;  // filled by a worker when `analyse`
};

int64_t CountWords(std::string_view text) {
  int64_t words = 0;
  bool in_word = false;
  for (char c : text) {
    bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

Result<std::unique_ptr<Ingester>> Ingester::Create(kg::Store& store, const std::string& lexicon_dir,
                                                   IngestOptions options) {
  std::unique_ptr<Ingester> ingester(new Ingester(store, std::move(options)));
  KG_ASSIGN_OR_RETURN(Lexicons lexicons, Lexicons::Load(lexicon_dir));
  KG_ASSIGN_OR_RETURN(std::string model_path, syntax::FindSyntaxModel(ingester->options_.model));
  const int jobs = ingester->options_.jobs;
  // Loading is the part of the run no analysing thread can share: with more
  // than one, the model loads beside the extractor's lexicons. Errors are
  // reported in the order of one thread (the model's first).
  std::optional<Result<syntax::SyntaxModel>> model;
  std::optional<Result<std::unique_ptr<Extractor>>> extractor;
  {
    // `model` belongs to the loader until it is joined, at the block's end.
    std::jthread loader;
    if (jobs > 1) {
      loader = std::jthread([&] { model.emplace(syntax::SyntaxModel::Load(model_path, jobs)); });
    } else {
      model.emplace(syntax::SyntaxModel::Load(model_path));
      if (!model->ok()) return model->status();
    }
    extractor.emplace(Extractor::Load(lexicon_dir));
  }
  KG_ASSIGN_OR_RETURN(ingester->syntax_, std::move(*model));
  KG_ASSIGN_OR_RETURN(ingester->extractor_, std::move(*extractor));
  KG_ASSIGN_OR_RETURN(ingester->prose_, ProseCheck::Load(lexicons));
  for (int i = 0; i < 1 + (jobs > 1 ? jobs : 0); ++i) {
    KG_ASSIGN_OR_RETURN(std::unique_ptr<Segmenter> segmenter, Segmenter::Create(lexicons));
    auto analyzer = std::make_unique<DocumentAnalyzer>(std::move(segmenter), ingester->syntax_,
                                                       *ingester->extractor_, ingester->prose_);
    if (i == 0) ingester->analyzer_ = std::move(analyzer);
    else ingester->worker_analyzers_.push_back(std::move(analyzer));
  }
  KG_ASSIGN_OR_RETURN(ingester->writer_, DocumentWriter::Create(store));
  return ingester;
}

Status Ingester::Skip(const Status& why) {
  ++counts_.skipped;
  if (options_.on_skipped) options_.on_skipped(why);
  return Status::Ok();
}

Status Ingester::IngestInputs(const std::vector<InputFile>& inputs, std::istream& stdin_stream) {
  if (!worker_analyzers_.empty()) return IngestInParallel(inputs, stdin_stream);
  for (const InputFile& input : inputs) {
    KG_RETURN_IF_ERROR(ReadInput(input, options_.read, stdin_stream, [&](ReadItem item) -> Status {
      bytes_done_ += item.input_bytes;
      Status status = item.document.ok() ? IngestDocument(*item.document) : Skip(item.document.status());
      if (options_.on_progress) options_.on_progress(counts_.seen(), counts_.words, bytes_done_);
      return status;
    }));
  }
  return Status::Ok();
}

Status Ingester::IngestInParallel(const std::vector<InputFile>& inputs, std::istream& stdin_stream) {
  auto analyse = [this](int worker, Job& job) {
    if (job.analyse) job.extraction = worker_analyzers_[worker]->Analyse(*job.document);
  };
  const size_t threads = worker_analyzers_.size();
  const OrderedPipeline<Job>::Limits limits{kDocumentsPerThread * threads, kBytesPerThread * threads};
  OrderedPipeline<Job> pipeline(static_cast<int>(threads), limits, analyse);
  // The writer: this thread, in input order, as IngestInputs's loop.
  auto store = [this](Job& job) -> Status {
    bytes_done_ += job.input_bytes;
    Status status = job.document.ok() ? Ingest(*job.document, job.hash, &job.extraction)
                                      : Skip(job.document.status());
    if (options_.on_progress) options_.on_progress(counts_.seen(), counts_.words, bytes_done_);
    return status;
  };
  bool store_stopped = false;
  for (const InputFile& input : inputs) {
    Status read = ReadInput(input, options_.read, stdin_stream, [&](ReadItem item) -> Status {
      const size_t bytes = item.input_bytes;
      Job job{std::move(item.document), bytes, "", false, std::nullopt};
      if (job.document.ok()) {
        job.hash = ContentHash(*job.document);
        job.analyse = MayNeedAnalysis(*job.document, job.hash);
      }
      Status status = pipeline.Submit(std::move(job), bytes, store);
      store_stopped = !status.ok();
      return status;
    });
    if (read.ok()) continue;
    // A failure of the store: what is queued is dropped (the pipeline's
    // destructor joins the workers); every document stored is complete.
    if (store_stopped) return read;
    // A failure of the reading: as one thread, the documents read before it
    // are stored first.
    KG_RETURN_IF_ERROR(pipeline.Drain(store));
    return read;
  }
  return pipeline.Drain(store);
}

bool Ingester::MayNeedAnalysis(const Document& document, const std::string& hash) {
  if (options_.replace) return true;
  // A failure here is not this check's to report: Ingest finds it again.
  Result<StoredDocuments> found = writer_->Find(document.key, hash);
  return !found.ok() || (!found->with_hash && !found->with_key);
}

Status Ingester::IngestDocument(const Document& document) {
  return Ingest(document, ContentHash(document), nullptr);
}

Status Ingester::Ingest(const Document& document, const std::string& hash,
                        std::optional<Extraction>* analysed) {
  KG_ASSIGN_OR_RETURN(StoredDocuments found, writer_->Find(document.key, hash));
  if (!options_.replace) {
    if (found.with_hash) {
      ++counts_.unchanged;
      return Status::Ok();
    }
    if (found.with_key) {
      return Skip(Status::InvalidInput(document.source + ": document \"" + document.key +
                                       "\" is already stored with other text; give --replace to "
                                       "extract it anew"));
    }
  }
  // Not analysed ahead only if MayNeedAnalysis saw it stored and it is no
  // longer (another writer): analysed here, as with one thread.
  Extraction extraction =
      analysed != nullptr && analysed->has_value() ? std::move(**analysed) : analyzer_->Analyse(document);
  Status status = Write(document, hash, found, extraction);
  if (status.ok()) {
    counts_.words += CountWords(document.text);
    if (!extraction.unread_because.empty() && options_.on_warning) {
      options_.on_warning(document.source + ": " + extraction.unread_because);
    }
    return status;
  }
  // The transaction rolled back: ids cached during it name no rows.
  KG_RETURN_IF_ERROR(writer_->ForgetCachedIds());
  return SkipsDocument(status) ? Skip(status.WithContext(document.source)) : status;
}

Status Ingester::Write(const Document& document, const std::string& hash, const StoredDocuments& found,
                       const Extraction& extraction) {
  KG_ASSIGN_OR_RETURN(Transaction transaction, Transaction::Begin(store_.db()));
  std::set<int64_t> old;
  if (options_.replace) {
    if (found.with_key) old.insert(*found.with_key);
    if (found.with_hash) old.insert(*found.with_hash);
    for (int64_t id : old) KG_RETURN_IF_ERROR(writer_->Delete(id));
  }
  KG_ASSIGN_OR_RETURN(WrittenCounts written, writer_->Write(document, hash, extraction));
  KG_RETURN_IF_ERROR(transaction.Commit());
  store_.NoteOwnWrite();
  ++counts_.stored;
  if (!old.empty()) ++counts_.replaced;
  counts_.sentences += written.sentences;
  counts_.mentions += written.mentions;
  counts_.triples += written.triples;
  return Status::Ok();
}

}  // namespace kg::ingest
