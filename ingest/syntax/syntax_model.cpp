#include "ingest/syntax/syntax_model.h"

#include <cstdlib>
#include <filesystem>
#include <vector>

#include "ingest/install_location.h"
#include "ingest/syntax/byte_io.h"

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

void SyntaxModel::Annotate(Sentence& sentence) const {
  if (sentence.tokens.empty()) return;
  tagger.Tag(sentence);
  lemmatizer.Lemmatize(sentence);
  parser.Parse(sentence);
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

Result<SyntaxModel> SyntaxModel::FromFile(const ModelFile& file) {
  SyntaxModel model;
  KG_ASSIGN_OR_RETURN(std::string_view info, file.Get("info"));
  if (!ReadInfo(info, model.info)) return Status::Corruption(file.origin() + ": the info section of the model is damaged");
  KG_ASSIGN_OR_RETURN(std::string_view tagger, file.Get("tagger"));
  KG_ASSIGN_OR_RETURN(model.tagger, Tagger::Read(tagger, file.origin()));
  KG_ASSIGN_OR_RETURN(std::string_view lemmatizer, file.Get("lemmatizer"));
  KG_ASSIGN_OR_RETURN(model.lemmatizer, Lemmatizer::Read(lemmatizer, file.origin()));
  KG_ASSIGN_OR_RETURN(std::string_view parser, file.Get("parser"));
  KG_ASSIGN_OR_RETURN(model.parser, Parser::Read(parser, file.origin()));
  return model;
}

Result<SyntaxModel> SyntaxModel::Load(const std::string& path) {
  KG_ASSIGN_OR_RETURN(ModelFile file, ModelFile::Load(path));
  return FromFile(file);
}

Result<std::string> FindSyntaxModel(const std::string& flag) {
  std::error_code error;
  auto is_file = [&](const std::string& p) { return std::filesystem::is_regular_file(p, error); };
  if (!flag.empty()) {
    if (is_file(flag)) return flag;
    return Status::NotFound("--model " + flag + ": no such file");
  }
  if (const char* env = std::getenv("KG_MODEL"); env != nullptr && *env != '\0') {
    if (is_file(env)) return std::string(env);
    return Status::NotFound(std::string("$KG_MODEL=") + env + ": no such file");
  }
  std::vector<std::string> tried = {ingest::InstalledNextToProgram(std::string("models/") + kDefaultModelName)};
#ifdef KG_INSTALLED_MODEL_DIR
  tried.push_back(std::string(KG_INSTALLED_MODEL_DIR) + "/" + kDefaultModelName);
#endif
#ifdef KG_SOURCE_MODEL_DIR
  tried.push_back(std::string(KG_SOURCE_MODEL_DIR) + "/" + kDefaultModelName);
#endif
  std::string list;
  for (const std::string& path : tried) {
    if (path.empty()) continue;
    if (is_file(path)) return path;
    list += (list.empty() ? "" : ", ") + path;
  }
  return Status::NotFound("no syntax model (give --model or set KG_MODEL); tried " + list);
}

}  // namespace kg::syntax
