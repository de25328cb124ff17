// Lexicons: the JSON data files of ingest/lexicons/, loaded once per run.
//
// Every *.json file of the lexicon folder is parsed here; each stage then
// reads the files of the kinds it understands (countries, organizations,
// roles, predicates, abbreviations ...). A file's kind is its top-level
// "kind" string, else its name without ".json", so users extend a lexicon
// without recompiling by dropping e.g. `my-orgs.json` with
// {"kind": "organizations", "entries": [...]} beside the shipped files.
// See docs/lexicons.md.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <rapidjson/document.h>

#include "schema/status.h"

namespace kg::ingest {

struct LexiconFile {
  std::string path;  // for messages: "ingest/lexicons/countries.json"
  std::string kind;
  rapidjson::Document json;
};

// Whether Lexicons::Load reads the generated lexicon files.
enum class GeneratedFiles { kInclude, kExclude };

class Lexicons {
 public:
  // Parses every *.json file of `dir` (not recursive), in name order so that
  // later files extend earlier ones predictably. A malformed file fails the
  // load with `FILE:LINE:COLUMN: reason`.
  //
  // Files named *.generated.json are made by the build (the WordNet
  // vocabulary, ingest/vocabulary/): they are read after every hand-written
  // file, so a hand-written word always wins. The source tree's folder holds
  // hand-written files only; when `dir` is that folder, the build tree's
  // GeneratedLexiconDir() is read with it. An installed folder holds both.
  static Result<Lexicons> Load(const std::string& dir, GeneratedFiles generated = GeneratedFiles::kInclude);

  const std::string& dir() const { return dir_; }
  // The files of one kind, in name order (empty when there are none).
  std::vector<const LexiconFile*> OfKind(std::string_view kind) const;

 private:
  std::string dir_;
  std::vector<std::unique_ptr<LexiconFile>> files_;
};

// The lexicon folder to use: `flag` (--lexicons) when not empty, else
// $KG_LEXICONS, else the installed <prefix>/share/kgraph/lexicons (found next
// to the running program, then at the configured install prefix), else the
// source tree's ingest/lexicons. NotFound names every place tried.
Result<std::string> FindLexiconDir(const std::string& flag);

// The build tree's folder of generated lexicon files (empty when this build
// knows none); it holds no file when WordNet was absent at build time.
std::string GeneratedLexiconDir();

// A message about one entry of a lexicon file: `FILE: entries[3] ("Israel"): why`.
Status LexiconEntryError(const LexiconFile& file, size_t index, const rapidjson::Value& entry,
                         const std::string& why);

}  // namespace kg::ingest
