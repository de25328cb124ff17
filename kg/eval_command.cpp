// kg eval FILE.jsonl [--diff]: ingests annotated sentences into a scratch
// database, exactly as `kg ingest` would store them, reads back the
// actor-level triples that carry an event category, and scores them
// against the annotations (ingest/eval/scorer.h).
#include <fmt/format.h>
#include <stdlib.h>

#include <filesystem>
#include <iostream>
#include <map>

#include "ingest/eval/eval_set.h"
#include "ingest/eval/scorer.h"
#include "ingest/ingester.h"
#include "ingest/lexicon/lexicons.h"
#include "kg/commands.h"
#include "schema/document_triples_reader.h"

namespace kg::cli {
namespace {

namespace fs = std::filesystem;
using ingest::eval::Counts;
using ingest::eval::ExtractedEvent;

struct EvalFlags {
  std::string file;
  bool diff = false;
  std::string half;  // "", "even" or "odd": records by the parity of their number
  std::string lexicons;
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

Result<std::map<std::string, std::vector<ExtractedEvent>>> ExtractEvents(const EvalFlags& flags,
                                                                         bool quiet) {
  KG_ASSIGN_OR_RETURN(std::string lexicon_dir, ingest::FindLexiconDir(flags.lexicons));
  ScratchDir scratch;
  if (scratch.path().empty()) return Status::IOError("cannot create a scratch folder for the database");
  KG_ASSIGN_OR_RETURN(auto store, Store::Open(scratch.path() + "/eval.db", StoreOptions{}));
  ingest::IngestOptions options;
  options.read.format = "jsonl";
  options.on_skipped = [quiet](const Status& why) {
    if (!quiet) fmt::print(stderr, "kg: {}\n", why.message());
  };
  KG_ASSIGN_OR_RETURN(auto ingester, ingest::Ingester::Create(*store, lexicon_dir, options));
  KG_RETURN_IF_ERROR(ingester->IngestInputs({ingest::InputFile{flags.file, 0}}, std::cin));
  KG_ASSIGN_OR_RETURN(auto triples, ReadDocumentTriples(*store, "actor"));
  std::map<std::string, std::vector<ExtractedEvent>> events;
  for (auto& t : triples) {
    // Only events count: role triples have no category, and a negated
    // triple says the event did not happen.
    if (t.category.empty() || t.negated) continue;
    events[t.doc_key].push_back({t.subject, t.subject_code, t.predicate, t.category, t.object,
                                 t.object_code, t.phrase, t.rule});
  }
  return events;
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

int Run(const EvalFlags& flags, CommandContext& ctx) {
  auto records = ingest::eval::ReadEvalSet(flags.file);
  if (!records.ok()) return ctx.Fail(records.status());
  std::vector<const ingest::eval::EvalRecord*> selected;
  for (const auto& r : *records) {
    long number = ingest::eval::RecordNumber(r.id);
    if (flags.half.empty() || (number >= 0 && (number % 2 == 0) == (flags.half == "even"))) {
      selected.push_back(&r);
    }
  }
  auto events = ExtractEvents(flags, ctx.quiet);
  if (!events.ok()) return ctx.Fail(events.status().WithContext(flags.file));
  auto score = ingest::eval::ScoreRecords(selected, *events);
  fmt::print("{}: {} records{}\n\n", flags.file, selected.size(),
             flags.half.empty() ? "" : " (" + flags.half + " half)");
  fmt::print("{:<14} {:>8} {:>9} {:>7} {:>9} {:>7} {:>7}\n", "", "expected", "extracted",
             "matched", "precision", "recall", "F1");
  PrintCounts("categories", score.overall);
  PrintCounts("actor pairs", score.pairs);
  fmt::print("\nby category\n");
  for (const auto& [category, counts] : score.by_category) PrintCounts(category, counts);
  if (flags.diff) PrintDiff(score);
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
  cmd->add_option("--half", flags->half, "Score only the records whose number is even or odd")
      ->check(CLI::IsMember({"even", "odd"}));
  cmd->add_option("--lexicons", flags->lexicons, "Lexicon folder (default: $KG_LEXICONS, else installed)");
  cmd->callback([&ctx, flags] { ctx.exit_code = Run(*flags, ctx); });
}

}  // namespace kg::cli
