// kg import FILE: loads pre-extracted triples (TSV, JSON Lines, N-Triples)
// in one transaction.
#include <fmt/format.h>

#include <cstdio>

#include "ingest/import/importer.h"
#include "kg/commands.h"
#include "kg/phase_line.h"

namespace kg::cli {
namespace {

struct ImportArgs {
  std::string file;
  std::string format;  // empty: guess
  std::string level = "actor";
  int busy_timeout_ms = -1;  // -1: $KG_BUSY_TIMEOUT_MS, else the store's default
};

void PrintSummary(const std::string& file, const ingest::ImportSummary& s) {
  double seconds = s.parse_seconds + s.store_seconds;
  if (s.assertions == 0) {
    std::fprintf(stderr, "kg import: %s holds no triples (%lld lines); nothing imported\n", file.c_str(),
                 static_cast<long long>(s.lines));
    return;
  }
  fmt::print(stderr,
             "kg import: {} ({}): {} lines, {} triples ({} distinct), {} new entities, "
             "{} new predicates, {} evidence rows in {:.2f} s ({:.0f} triples/s)\n",
             file, ingest::ImportFormatName(s.format), s.lines, s.assertions, s.distinct_triples,
             s.new_entities, s.new_predicates, s.evidence, seconds,
             seconds > 0 ? static_cast<double>(s.assertions) / seconds : 0.0);
}

}  // namespace

void RegisterImportCommand(CLI::App& app, CommandContext& ctx) {
  auto* cmd = app.add_subcommand("import", "Load triples from a TSV, JSON Lines or N-Triples file");
  auto args = std::make_shared<ImportArgs>();
  cmd->add_option("file", args->file, "Triples file, or - for stdin")->required();
  cmd->add_option("--format", args->format, "tsv, jsonl or nt (default: from the extension)")
      ->check(CLI::IsMember({"tsv", "jsonl", "ndjson", "nt", "ntriples"}));
  cmd->add_option("--level", args->level, "Level of triples that give none: actor or mention")
      ->check(CLI::IsMember({"actor", "mention"}));
  cmd->add_option("--busy-timeout", args->busy_timeout_ms,
                  "Milliseconds to wait for another writer (default $KG_BUSY_TIMEOUT_MS, else 5000)")
      ->check(CLI::NonNegativeNumber);
  cmd->callback([&ctx, args] {
    ingest::ImportOptions options;
    options.path = args->file;
    if (!args->format.empty()) options.format = ingest::ParseImportFormat(args->format);
    options.mention_level = args->level == "mention";

    const std::string name = args->file == "-" ? "stdin" : args->file;
    PhaseLine phase(stderr, !ctx.quiet);
    phase.Show(fmt::format("kg import: reading and checking {} ...", name));
    // The input is read and checked before the database is opened, so a bad
    // file never creates or touches one.
    auto parsed = ingest::ReadTriples(options);
    phase.Clear();
    if (!parsed.ok()) return void(ctx.Fail(parsed.status()));
    if (parsed->summary.assertions > 0) {
      phase.Show(fmt::format("kg import: storing {} triples of {} lines in one transaction ...",
                             parsed->summary.assertions, parsed->summary.lines));
      auto store = ctx.OpenStore(/*read_only=*/false, args->busy_timeout_ms);
      if (!store.ok()) return void(ctx.Fail(store.status()));
      Status stored = ingest::StoreTriples(**store, *parsed);
      phase.Clear();
      if (!stored.ok()) return void(ctx.Fail(stored));
    }
    if (!ctx.quiet) PrintSummary(name, parsed->summary);
  });
}

}  // namespace kg::cli
