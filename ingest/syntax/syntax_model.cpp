#include "ingest/syntax/syntax_model.h"

#include <filesystem>
#include <optional>
#include <thread>

#include "ingest/install_location.h"
#include "ingest/parser/subject_repair.h"
#include "ingest/syntax/byte_io.h"
#include "ingest/syntax/infinitive_marker.h"
#include "ingest/syntax/main_verb_retry.h"

namespace kg::syntax {
namespace {

std::string InfoBytes(const std::map<std::string, std::string>& info) {
  ByteWriter out;
  out.U32(static_cast<uint32_t>(info.size()));
  for (const auto& [key, value] : info) out.String(key), out.String(value);
  return out.Take();
}

bool ReadInfo(std::string_view bytes, std::map<std::string, std::string>& info) {
  ByteReader in(bytes);
  uint32_t n = in.U32();
  for (uint32_t i = 0; i < n && in.ok(); ++i) {
    std::string key = in.String();
    info[key] = in.String();
  }
  return in.ok() && in.AtEnd();
}

}  // namespace

void SyntaxModel::Annotate(Sentence& sentence, const std::vector<bool>* proper_nouns) const {
  if (sentence.tokens.empty()) return;
  tagger.Tag(sentence, proper_nouns);
  MarkInfinitives(sentence, tagger);
  lemmatizer.Lemmatize(sentence);
  parser.Parse(sentence);
  if (!HasFiniteMainClause(sentence)) {
    if (const int verb = MisreadMainVerb(sentence); verb >= 0) {
      Sentence retry = sentence;
      if (tagger.Assign(retry.tokens[static_cast<size_t>(verb)], "VERB", "VBD")) {
        parser.Parse(retry);
        if (HasFiniteMainClause(retry)) sentence = std::move(retry);
      }
    }
  }
  RepairSubjects(sentence);
}

ModelFile SyntaxModel::ToFile() const {
  ModelFile file;
  ByteWriter t, l, p;
  tagger.Write(t);
  lemmatizer.Write(l);
  parser.Write(p);
  file.Put("info", InfoBytes(info));
  file.Put("tagger", t.Take());
  file.Put("lemmatizer", l.Take());
  file.Put("parser", p.Take());
  return file;
}

Result<SyntaxModel> SyntaxModel::FromFile(const ModelFile& file, int threads) {
  SyntaxModel model;
  KG_ASSIGN_OR_RETURN(std::string_view info, file.Get("info"));
  if (!ReadInfo(info, model.info)) return Status::Corruption(file.origin() + ": the info section of the model is damaged");
  KG_ASSIGN_OR_RETURN(std::string_view tagger, file.Get("tagger"));
  KG_ASSIGN_OR_RETURN(std::string_view lemmatizer, file.Get("lemmatizer"));
  KG_ASSIGN_OR_RETURN(std::string_view parser, file.Get("parser"));
  std::optional<Result<Parser>> read_parser;
  {
    // The sections are independent; a jthread joins however this block ends.
    std::jthread parser_thread;
    if (threads > 1) parser_thread = std::jthread([&] { read_parser.emplace(Parser::Read(parser, file.origin())); });
    KG_ASSIGN_OR_RETURN(model.tagger, Tagger::Read(tagger, file.origin()));
    KG_ASSIGN_OR_RETURN(model.lemmatizer, Lemmatizer::Read(lemmatizer, file.origin()));
  }
  if (!read_parser) read_parser.emplace(Parser::Read(parser, file.origin()));
  KG_ASSIGN_OR_RETURN(model.parser, std::move(*read_parser));
  return model;
}

Result<SyntaxModel> SyntaxModel::Load(const std::string& path, int threads) {
  KG_ASSIGN_OR_RETURN(ModelFile file, ModelFile::Load(path));
  return FromFile(file, threads);
}

Result<std::string> FindSyntaxModel(const std::string& flag) {
  auto is_file = [](const std::string& p) {
    std::error_code error;
    return std::filesystem::is_regular_file(p, error);
  };
  ingest::DataSearch search{flag, "--model", "KG_MODEL", "syntax model", "no such file",
                            {ingest::InstalledNextToProgram(std::string("models/") + kDefaultModelName)}, is_file};
#ifdef KG_INSTALLED_MODEL_DIR
  search.defaults.push_back(std::string(KG_INSTALLED_MODEL_DIR) + "/" + kDefaultModelName);
#endif
#ifdef KG_SOURCE_MODEL_DIR
  search.defaults.push_back(std::string(KG_SOURCE_MODEL_DIR) + "/" + kDefaultModelName);
#endif
  return ingest::FindData(search);
}

}  // namespace kg::syntax
