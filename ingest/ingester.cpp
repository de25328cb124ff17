#include "ingest/ingester.h"

#include <set>

#include "ingest/content_hash.h"
#include "ingest/lexicon/lexicons.h"

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

}  // namespace

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
  KG_ASSIGN_OR_RETURN(ingester->segmenter_, Segmenter::Create(lexicons));
  KG_ASSIGN_OR_RETURN(std::string model_path, syntax::FindSyntaxModel(ingester->options_.model));
  KG_ASSIGN_OR_RETURN(ingester->syntax_, syntax::SyntaxModel::Load(model_path));
  KG_ASSIGN_OR_RETURN(ingester->extractor_, Extractor::Load(lexicon_dir));
  KG_ASSIGN_OR_RETURN(ingester->writer_, DocumentWriter::Create(store));
  return ingester;
}

Status Ingester::Skip(const Status& why) {
  ++counts_.skipped;
  if (options_.on_skipped) options_.on_skipped(why);
  return Status::Ok();
}

Status Ingester::IngestInputs(const std::vector<InputFile>& inputs, std::istream& stdin_stream) {
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

Status Ingester::IngestDocument(const Document& document) {
  const std::string hash = ContentHash(document);
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
  std::vector<Sentence> sentences = segmenter_->Segment(document);
  // Names the actor lexicon knows are proper nouns whatever their spelling
  // suggests to the tagger; event frames read the parse.
  for (Sentence& s : sentences) {
    const std::vector<bool> names = extractor_->KnownNameTokens(s);
    syntax_.Annotate(s, &names);
  }
  Extraction extraction = extractor_->Extract(document, std::move(sentences));
  Status status = Write(document, hash, found, extraction);
  if (status.ok()) {
    counts_.words += CountWords(document.text);
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
