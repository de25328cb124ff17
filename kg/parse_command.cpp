// kg parse [FILE…|-] [--format conllu|text]: what the extractor sees of a
// text, its sentences tokenized, tagged, lemmatised and parsed, as CoNLL-U
// (sentence ids, "# text", character spans in MISC) or as an indented tree.
// kg parse --eval GOLD.conllu scores the model against a treebank as the
// CoNLL 2018 shared task did, on the gold tokenization and from raw text.
#include <fmt/format.h>

#include <chrono>
#include <iostream>

#include "ingest/conllu/conllu_reader.h"
#include "ingest/conllu/conllu_writer.h"
#include "ingest/extractor.h"
#include "ingest/lexicon/lexicons.h"
#include "ingest/readers/document_reader.h"
#include "ingest/segmenter.h"
#include "ingest/syntax/syntax_model.h"
#include "ingest/syntax/treebank_evaluation.h"
#include "kg/commands.h"
#include "kg/tree_text.h"

namespace kg::cli {
namespace {

struct ParseFlags {
  std::vector<std::string> paths;
  std::string format = "conllu";
  std::string model, lexicons, eval;
  bool info = false;
};

struct Loaded {
  std::string model_path;
  double load_seconds = 0;
  syntax::SyntaxModel model;
  std::unique_ptr<ingest::Segmenter> segmenter;
  // Its actor lexicon tells the tagger which words are names, as in ingest.
  std::unique_ptr<ingest::Extractor> extractor;
};

Result<Loaded> Load(const ParseFlags& flags) {
  Loaded loaded;
  KG_ASSIGN_OR_RETURN(loaded.model_path, syntax::FindSyntaxModel(flags.model));
  auto started = std::chrono::steady_clock::now();
  KG_ASSIGN_OR_RETURN(loaded.model, syntax::SyntaxModel::Load(loaded.model_path));
  loaded.load_seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  KG_ASSIGN_OR_RETURN(std::string lexicon_dir, ingest::FindLexiconDir(flags.lexicons));
  KG_ASSIGN_OR_RETURN(loaded.segmenter, ingest::Segmenter::Create(lexicon_dir));
  KG_ASSIGN_OR_RETURN(loaded.extractor, ingest::Extractor::Load(lexicon_dir));
  return loaded;
}

void PrintInfo(const Loaded& loaded) {
  const syntax::SyntaxModel& m = loaded.model;
  fmt::print("model       {}\n", loaded.model_path);
  fmt::print("loaded in   {:.3f} s\n", loaded.load_seconds);
  fmt::print("tags        {} UPOS+XPOS pairs, {} tagger features\n", m.tagger.tags().size(),
             m.tagger.weights().features());
  fmt::print("relations   {}, {} parser features, {} weights\n", m.parser.labels().size(),
             m.parser.weights().features(), m.parser.weights().entries());
  for (const auto& [key, value] : m.info) fmt::print("{:<11} {}\n", key, value);
}

Status Evaluate(const ParseFlags& flags, const Loaded& loaded) {
  KG_ASSIGN_OR_RETURN(std::vector<ingest::ConlluSentence> gold, ingest::ReadConlluFile(flags.eval));
  KG_ASSIGN_OR_RETURN(ingest::ConllEvaluation on_gold, syntax::EvaluateOnGoldTokens(loaded.model, gold));
  fmt::print("{}: {} sentences\n\ngold tokenization\n{}\n", flags.eval, gold.size(),
             ingest::FormatConllTable(on_gold));
  KG_ASSIGN_OR_RETURN(ingest::ConllEvaluation on_raw,
                      syntax::EvaluateOnRawText(loaded.model, *loaded.segmenter, gold));
  fmt::print("raw text\n{}", ingest::FormatConllTable(on_raw));
  return Status::Ok();
}

Status ParseInputs(const ParseFlags& flags, const Loaded& loaded, int* exit_code) {
  std::vector<Status> problems;
  std::vector<std::string> paths = flags.paths.empty() ? std::vector<std::string>{"-"} : flags.paths;
  std::vector<ingest::InputFile> inputs = ingest::ListInputs(paths, &problems);
  for (const Status& p : problems) fmt::print(stderr, "kg: {}\n", p.message());
  if (!problems.empty()) *exit_code = kExitPartial;
  std::string out;
  for (const ingest::InputFile& input : inputs) {
    KG_RETURN_IF_ERROR(ingest::ReadInput(input, {}, std::cin, [&](ingest::ReadItem item) -> Status {
      if (!item.document.ok()) {
        fmt::print(stderr, "kg: {}\n", item.document.status().message());
        *exit_code = kExitPartial;
        return Status::Ok();
      }
      const Document& doc = *item.document;
      for (Sentence& s : loaded.segmenter->Segment(doc)) {
        const std::vector<bool> names = loaded.extractor->KnownNameTokens(s);
        loaded.model.Annotate(s, &names);  // what kg ingest's event frames read
        std::string id = doc.key + "#" + std::to_string(s.index + 1);
        if (flags.format == "conllu") ingest::AppendPipelineConllu(doc, s, id, out);
        else AppendTreeText(s, id, out);
        if (out.size() > (1 << 16)) std::cout << out, out.clear();
      }
      return Status::Ok();
    }));
  }
  std::cout << out << std::flush;
  return Status::Ok();
}

int Run(const ParseFlags& flags, CommandContext& ctx) {
  Result<Loaded> loaded = Load(flags);
  if (!loaded.ok()) return ctx.Fail(loaded.status());
  if (flags.info) {
    PrintInfo(*loaded);
    return kExitOk;
  }
  if (!flags.eval.empty()) {
    Status s = Evaluate(flags, *loaded);
    return s.ok() ? kExitOk : ctx.Fail(s);
  }
  int exit_code = kExitOk;
  Status s = ParseInputs(flags, *loaded, &exit_code);
  return s.ok() ? exit_code : ctx.Fail(s);
}

}  // namespace

void RegisterParseCommand(CLI::App& app, CommandContext& ctx) {
  auto flags = std::make_shared<ParseFlags>();
  auto* cmd = app.add_subcommand("parse", "Tokenizes, tags and parses text: CoNLL-U or a tree per sentence");
  cmd->add_option("paths", flags->paths, "Articles, text or JSON Lines files, folders, or - for stdin (the default)");
  cmd->add_option("--format", flags->format, "Output: conllu or text")
      ->check(CLI::IsMember({"conllu", "text"}))
      ->capture_default_str();
  cmd->add_option("--model", flags->model, "Syntax model file (default: $KG_MODEL, else the installed one)");
  cmd->add_option("--lexicons", flags->lexicons, "Lexicon folder (default: $KG_LEXICONS, else installed)");
  cmd->add_flag("--info", flags->info, "Print what the model is, what it was trained on and how long it took to load");
  cmd->add_option("--eval", flags->eval, "Score against a CoNLL-U treebank instead (CoNLL 2018 metrics)");
  cmd->callback([&ctx, flags] { ctx.exit_code = Run(*flags, ctx); });
}

}  // namespace kg::cli
