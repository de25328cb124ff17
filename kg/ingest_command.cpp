// kg ingest: articles in, graph out. See docs/ingest.md.
#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <iostream>
#include <thread>

#include "ingest/ingester.h"
#include "ingest/lexicon/lexicons.h"
#include "ingest/progress.h"
#include "ingest/readers/document_reader.h"
#include "kg/commands.h"
#include "schema/stats_reader.h"

namespace kg::cli {
namespace {

// One analysing thread per core; hardware_concurrency() may not know (0).
int DefaultJobs() { return std::max(1, static_cast<int>(std::thread::hardware_concurrency())); }

struct IngestFlags {
  std::vector<std::string> paths;
  std::string format;
  std::string lexicons;
  std::string model;
  bool replace = false;
  bool quiet = false;
  int busy_timeout_ms = -1;  // -1: CommandContext::BusyTimeout's default
  int jobs = DefaultJobs();
};

void PrintSummary(const ingest::IngestCounts& c, int64_t new_entities, double seconds) {
  double rate = seconds > 0 ? static_cast<double>(c.words) / seconds : 0;
  std::string replaced = c.replaced > 0 ? fmt::format(", {} replaced", c.replaced) : "";
  fmt::print(stderr,
             "kg: ingested {} documents ({} unchanged, {} skipped{}): {} sentences, {} new entities, "
             "{} triples, {} words in {:.2f} s ({:.0f} words/s)\n",
             c.stored, c.unchanged, c.skipped, replaced, c.sentences, new_entities, c.triples, c.words,
             seconds, rate);
}

void RunIngest(const IngestFlags& flags, CommandContext& ctx) {
  const bool quiet = flags.quiet || ctx.quiet;
  auto started = std::chrono::steady_clock::now();
  auto lexicon_dir = ingest::FindLexiconDir(flags.lexicons);
  if (!lexicon_dir.ok()) return void(ctx.Fail(lexicon_dir.status()));
  std::vector<Status> problems;
  std::vector<ingest::InputFile> inputs = ingest::ListInputs(flags.paths, &problems);
  for (const Status& p : problems) std::fprintf(stderr, "%s\n", p.message().c_str());
  // Nothing to read: an error, and no database is made for it.
  if (inputs.empty()) return void(ctx.Fail(Status::NotFound("nothing to ingest")));
  auto store = ctx.OpenStore(/*read_only=*/false, flags.busy_timeout_ms);
  if (!store.ok()) return void(ctx.Fail(store.status()));
  auto before = ReadStats(**store);
  if (!before.ok()) return void(ctx.Fail(before.status()));
  uintmax_t total_bytes = 0;
  bool sizes_known = true;
  for (const auto& input : inputs) {
    total_bytes += input.bytes;
    sizes_known = sizes_known && input.path != "-";
  }

  ingest::Progress progress(stderr, !quiet && isatty(fileno(stderr)), sizes_known ? total_bytes : 0);
  ingest::IngestOptions options;
  options.read.format = flags.format;
  options.replace = flags.replace;
  options.model = flags.model;
  options.jobs = flags.jobs;
  options.on_skipped = [&](const Status& why) {
    progress.Finish();
    std::fprintf(stderr, "%s\n", why.message().c_str());
  };
  options.on_warning = [&](const std::string& what) {
    progress.Finish();
    std::fprintf(stderr, "kg: warning: %s\n", what.c_str());
  };
  options.on_progress = [&](int64_t documents, int64_t words, uintmax_t bytes) {
    progress.Update(documents, words, bytes);
  };
  auto ingester = ingest::Ingester::Create(**store, *lexicon_dir, std::move(options));
  if (!ingester.ok()) return void(ctx.Fail(ingester.status()));
  Status status = (*ingester)->IngestInputs(inputs, std::cin);
  progress.Finish();
  const auto& counts = (*ingester)->counts();
  if (!status.ok()) {
    ctx.Fail(status.WithContext("ingest stopped after " + std::to_string(counts.stored) +
                                " stored documents (each one complete)"));
    return;
  }
  auto after = ReadStats(**store);
  int64_t new_entities = after.ok() ? after->entities - before->entities : 0;
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  if (!quiet) PrintSummary(counts, new_entities, seconds);
  if (counts.skipped > 0 || !problems.empty()) ctx.exit_code = kExitPartial;
}

}  // namespace

void RegisterIngestCommand(CLI::App& app, CommandContext& ctx) {
  auto* cmd = app.add_subcommand("ingest", "Extract entities and triples from articles into the database");
  auto flags = std::make_shared<IngestFlags>();
  cmd->add_option("paths", flags->paths,
                  "Files, folders (recursively: .txt .text .article .jsonl .ndjson .md) or - for stdin")
      ->required();
  cmd->add_option("--format", flags->format, "article, text or jsonl (default: from extension and content)")
      ->check(CLI::IsMember({"article", "text", "jsonl"}));
  cmd->add_flag("--replace", flags->replace,
                "Delete what an already stored document gave and extract it anew");
  cmd->add_option("--lexicons", flags->lexicons, "Lexicon folder (default: $KG_LEXICONS, else installed)");
  cmd->add_option("--model", flags->model, "Syntax model file (default: $KG_MODEL, else the installed one)");
  cmd->add_option("--jobs", flags->jobs,
                  "Threads that segment, tag, parse and extract (default: one per core); one writer stores "
                  "in input order, so the database is the same for any number")
      ->check(CLI::PositiveNumber);
  cmd->add_flag("-q,--quiet", flags->quiet, "No progress bar or summary");
  cmd->add_option("--busy-timeout", flags->busy_timeout_ms,
                  "Milliseconds to wait for another writer (default $KG_BUSY_TIMEOUT_MS, else 5000)")
      ->check(CLI::NonNegativeNumber);
  cmd->callback([&ctx, flags] { RunIngest(*flags, ctx); });
}

}  // namespace kg::cli
