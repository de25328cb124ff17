// kg eval FILE.jsonl [--diff]: ingests annotated sentences into a scratch
// database, exactly as `kg ingest` would store them, reads back the
// actor-level triples that carry an event category, and scores them
// against the annotations (ingest/eval/scorer.h).
#include <fmt/format.h>
#include <stdlib.h>

#include <filesystem>
#include <iostream>
#include <map>
#include <set>

#include "ingest/eval/actor_scorer.h"
#include "ingest/eval/corpus_articles.h"
#include "ingest/eval/eval_set.h"
#include "ingest/eval/scorer.h"
#include "ingest/ingester.h"
#include "ingest/lexicon/lexicons.h"
#include "kg/commands.h"
#include "schema/document_mentions_reader.h"
#include "schema/document_triples_reader.h"

namespace kg::cli {
namespace {

namespace fs = std::filesystem;
using ingest::eval::Counts;
using ingest::eval::ExtractedEvent;

struct EvalFlags {
  std::string file;
  bool diff = false;
  std::string corpus;  // folder of the records' whole articles
  bool actors = false;
  std::string lexicons;
  std::string model;
};

// A scratch folder removed with its database whatever happens.
class ScratchDir {
 public:
  ScratchDir() {
    const char* tmp = std::getenv("TMPDIR");
    std::string pattern = std::string(tmp && *tmp ? tmp : "/tmp") + "/kg-eval-XXXXXX";
    if (mkdtemp(pattern.data()) != nullptr) path_ = pattern;
  }
  ~ScratchDir() {
    std::error_code ignored;
    if (!path_.empty()) fs::remove_all(path_, ignored);
  }
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

// What the extractor stored for the records: the events and mentions of
// each record, by record id, read in the record's article when the corpus
// has it, else from the record's own sentence.
struct Extracted {
  std::map<std::string, std::vector<ExtractedEvent>> events;
  std::map<std::string, std::vector<ingest::eval::FoundMention>> mentions;
  size_t in_context = 0;  // records read in their article
};

Result<Extracted> Extract(const EvalFlags& flags, const std::vector<const ingest::eval::EvalRecord*>& records,
                          bool quiet) {
  KG_ASSIGN_OR_RETURN(std::string lexicon_dir, ingest::FindLexiconDir(flags.lexicons));
  ScratchDir scratch;
  if (scratch.path().empty()) return Status::IOError("cannot create a scratch folder for the database");
  KG_ASSIGN_OR_RETURN(auto store, Store::Open(scratch.path() + "/eval.db", StoreOptions{}));
  ingest::IngestOptions options;
  options.read.format = "jsonl";
  options.model = flags.model;
  options.on_skipped = [quiet](const Status& why) {
    if (!quiet) fmt::print(stderr, "kg: {}\n", why.message());
  };
  KG_ASSIGN_OR_RETURN(auto ingester, ingest::Ingester::Create(*store, lexicon_dir, options));
  std::vector<ingest::InputFile> inputs = {ingest::InputFile{flags.file, 0}};
  std::set<std::string> articles;
  if (!flags.corpus.empty()) {
    std::set<std::string> wanted;
    for (const auto* r : records) {
      if (!r->doc_id.empty()) wanted.insert(r->doc_id);
    }
    const std::string path = scratch.path() + "/articles.jsonl";
    KG_ASSIGN_OR_RETURN(articles, ingest::eval::CollectArticles(flags.corpus, wanted, path));
    inputs.push_back(ingest::InputFile{path, 0});
  }
  KG_RETURN_IF_ERROR(ingester->IngestInputs(inputs, std::cin));
  KG_ASSIGN_OR_RETURN(auto triples, ReadDocumentTriples(*store, "actor"));
  std::vector<DocumentMention> mentions;
  if (flags.actors) {  // only --actors scores them
    KG_ASSIGN_OR_RETURN(mentions, ReadDocumentMentions(*store));
  }
  std::map<std::string, std::vector<const DocumentTriple*>> triples_by_doc;
  for (const auto& t : triples) {
    // Only events count: role triples have no category, and a negated
    // triple says the event did not happen.
    if (!t.category.empty() && !t.negated) triples_by_doc[t.doc_key].push_back(&t);
  }
  std::map<std::string, std::vector<const DocumentMention*>> mentions_by_doc;
  for (const auto& m : mentions) mentions_by_doc[m.doc_key].push_back(&m);
  Extracted out;
  for (const auto* r : records) {
    const bool in_context = articles.count(r->doc_id) > 0;
    out.in_context += in_context;
    const std::string& key = in_context ? r->doc_id : r->id;
    auto& events = out.events[r->id];
    for (const DocumentTriple* t : triples_by_doc[key]) {
      if (in_context && !ingest::eval::SameSentence(t->sentence, r->text)) continue;
      events.push_back({t->subject, t->subject_code, t->predicate, t->category, t->object, t->object_code,
                        t->phrase, t->rule});
    }
    auto& found = out.mentions[r->id];
    for (const DocumentMention* m : mentions_by_doc[key]) {
      if (in_context && !ingest::eval::SameSentence(m->sentence, r->text)) continue;
      found.push_back({m->surface, m->entity, m->type, m->code});
    }
  }
  return out;
}

void PrintCounts(const std::string& label, const Counts& c) {
  fmt::print("{:<14} {:>8} {:>9} {:>7} {:>9.3f} {:>7.3f} {:>7.3f}\n", label, c.expected,
             c.extracted, c.matched, c.precision(), c.recall(), c.f1());
}

void PrintDiff(const ingest::eval::Score& score) {
  for (const auto& r : score.records) {
    if (r.missed.empty() && r.wrong.empty()) continue;
    fmt::print("\n{}: {}\n", r.record->id, r.record->text);
    for (const auto* e : r.missed) {
      fmt::print("  missed  {} {} {}   ({} -> {})\n", e->source_code, e->relation,
                 e->target_code.value_or("-"), e->source, e->target);
    }
    for (const auto* x : r.wrong) {
      fmt::print("  false   {} {} {}   ({} -{}-> {}; \"{}\", {})\n",
                 x->subject_code.empty() ? "-" : x->subject_code, x->category,
                 x->object_code.empty() ? "-" : x->object_code, x->subject, x->predicate, x->object,
                 x->phrase, x->rule);
    }
  }
}

void PrintActors(const ingest::eval::ActorScore& score, bool diff) {
  fmt::print("\nactors         {:>8} {:>9} {:>7}\n", "gold", "found", "recall");
  fmt::print("{:<14} {:>8} {:>9} {:>7.3f}\n", "recognised", score.gold, score.found, score.recall());
  fmt::print("{:<14} {:>8} {:>9} {:>7.3f}   (code accuracy: right / found with a gold code)\n", "coded",
             score.coded, score.coded_right, score.code_accuracy());
  if (!diff) return;
  for (const auto& r : score.results) {
    if (r.found != nullptr && (r.code_right || !r.gold->code)) continue;
    const std::string gold_code = r.gold->code.value_or("-");
    if (r.found == nullptr) {
      fmt::print("  missed  {} {}   ({})\n", r.gold->text, gold_code, r.record->id);
    } else {
      fmt::print("  code    {} {} -> {} \"{}\" {}   ({})\n", r.gold->text, gold_code,
                 r.found->code.empty() ? "-" : r.found->code, r.found->entity, r.found->type, r.record->id);
    }
  }
}

int Run(const EvalFlags& flags, CommandContext& ctx) {
  auto records = ingest::eval::ReadEvalSet(flags.file);
  if (!records.ok()) return ctx.Fail(records.status());
  std::vector<const ingest::eval::EvalRecord*> selected;
  for (const auto& r : *records) selected.push_back(&r);
  auto extracted = Extract(flags, selected, ctx.quiet);
  if (!extracted.ok()) return ctx.Fail(extracted.status().WithContext(flags.file));
  auto score = ingest::eval::ScoreRecords(selected, extracted->events);
  fmt::print("{}: {} records", flags.file, selected.size());
  if (!flags.corpus.empty()) fmt::print(", {} read in their article from {}", extracted->in_context, flags.corpus);
  fmt::print("\n\n{:<14} {:>8} {:>9} {:>7} {:>9} {:>7} {:>7}\n", "", "expected", "extracted", "matched",
             "precision", "recall", "F1");
  PrintCounts("categories", score.overall);
  PrintCounts("actor pairs", score.pairs);
  fmt::print("\nby category\n");
  for (const auto& [category, counts] : score.by_category) PrintCounts(category, counts);
  if (flags.diff) PrintDiff(score);
  if (flags.actors) PrintActors(ingest::eval::ScoreActors(selected, extracted->mentions), flags.diff);
  return kExitOk;
}

}  // namespace

void RegisterEvalCommand(CLI::App& app, CommandContext& ctx) {
  auto flags = std::make_shared<EvalFlags>();
  auto* cmd = app.add_subcommand(
      "eval", "Scores extraction against annotated sentences (JSON Lines with \"expected\" events)");
  cmd->add_option("file", flags->file, "Annotated sentences, e.g. ../shared/eval/plover-dev.jsonl")
      ->required();
  cmd->add_flag("--diff", flags->diff, "List every missed and every false event with its sentence");
  cmd->add_option("--corpus", flags->corpus,
                  "Folder of the records' articles (JSON Lines, e.g. ../shared/corpus/wikinews): a record with a "
                  "\"doc_id\" is read in its whole article");
  cmd->add_flag("--actors", flags->actors,
                "Also score actor recognition against the records' \"actors\" (with --diff: misses and wrong codes)");
  cmd->add_option("--model", flags->model, "Syntax model (default: the installed one)");
  cmd->add_option("--lexicons", flags->lexicons, "Lexicon folder (default: $KG_LEXICONS, else installed)");
  cmd->callback([&ctx, flags] { ctx.exit_code = Run(*flags, ctx); });
}

}  // namespace kg::cli
