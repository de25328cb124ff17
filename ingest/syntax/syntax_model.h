// SyntaxModel: a trained tagger, lemmatizer and parser, and what they were
// trained on, as one model file (model_file.h) with one section each.
//
// Annotate() runs the three on a segmented sentence, in order, with three
// mends of what the greedy stages get wrong on news prose: "to" before a
// base-form verb is the infinitive marker (infinitive_marker.h); a sentence
// whose main verb the tagger read as a participle is parsed again with a
// finite one (main_verb_retry.h); split subjects of wire copy are joined
// (subject_repair.h). It is const and keeps no state, so one model serves
// any number of threads.
#pragma once

#include <map>
#include <string>

#include "ingest/lemmatizer/lemmatizer.h"
#include "ingest/parser/parser.h"
#include "ingest/syntax/model_file.h"
#include "ingest/tagger/tagger.h"
#include "schema/sentence.h"
#include "schema/status.h"

namespace kg::syntax {

struct SyntaxModel {
  Tagger tagger;
  Lemmatizer lemmatizer;
  Parser parser;
  // Free-form facts shown by `kg parse --info`: "trained_on", "licence",
  // "dev_upos", "dev_las" ...
  std::map<std::string, std::string> info;

  // `proper_nouns`: see Tagger::Tag.
  void Annotate(Sentence& sentence, const std::vector<bool>* proper_nouns = nullptr) const;

  ModelFile ToFile() const;
  // `threads` > 1 reads the parser's section on a thread of its own while
  // this one reads the tagger's and the lemmatizer's: loading is the part
  // of `kg ingest --jobs N` that the analysing threads cannot share.
  static Result<SyntaxModel> FromFile(const ModelFile& file, int threads = 1);
  Status Save(const std::string& path) const { return ToFile().Save(path); }
  static Result<SyntaxModel> Load(const std::string& path, int threads = 1);
};

// The model to use: `flag` (--model) if given, else $KG_MODEL, else the
// installed model, else the one in the source tree. NotFound names what
// was tried.
Result<std::string> FindSyntaxModel(const std::string& flag);

// The file name of the model kgraph ships.
inline constexpr const char* kDefaultModelName = "en_ewt.kgmodel";

}  // namespace kg::syntax
