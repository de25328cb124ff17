#include "ingest/lexicon/lexicons.h"

#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <rapidjson/error/en.h>

#include "ingest/install_location.h"

namespace kg::ingest {

namespace fs = std::filesystem;

namespace {

// Line and column (1-based) of byte `offset` in `text`, for parse errors.
std::pair<size_t, size_t> LineColumn(const std::string& text, size_t offset) {
  size_t line = 1, column = 1;
  for (size_t i = 0; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++line;
      column = 1;
    } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
      ++column;
    }
  }
  return {line, column};
}

Result<std::unique_ptr<LexiconFile>> LoadFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IOError(path.string() + ": cannot be read");
  std::stringstream buffer;
  buffer << in.rdbuf();
  const std::string text = buffer.str();

  auto file = std::make_unique<LexiconFile>();
  file->path = path.string();
  file->json.Parse(text.c_str(), text.size());
  if (file->json.HasParseError()) {
    auto [line, column] = LineColumn(text, file->json.GetErrorOffset());
    return Status::InvalidInput(file->path + ":" + std::to_string(line) + ":" +
                                std::to_string(column) + ": " +
                                rapidjson::GetParseError_En(file->json.GetParseError()));
  }
  if (!file->json.IsObject()) {
    return Status::InvalidInput(file->path + ":1:1: a lexicon file is a JSON object");
  }
  auto kind = file->json.FindMember("kind");
  if (kind == file->json.MemberEnd()) {
    file->kind = path.stem().string();
  } else if (kind->value.IsString()) {
    file->kind = kind->value.GetString();
  } else {
    return Status::InvalidInput(file->path + ": \"kind\" must be a string");
  }
  return file;
}

bool IsDirectory(const std::string& path) {
  std::error_code error;
  return fs::is_directory(path, error);
}

// <prefix>/share/kgraph/lexicons for a program installed as <prefix>/bin/kg.
}  // namespace

Result<Lexicons> Lexicons::Load(const std::string& dir) {
  if (!IsDirectory(dir)) return Status::NotFound(dir + ": not a lexicon folder");
  std::vector<fs::path> paths;
  std::error_code error;
  for (const auto& entry : fs::directory_iterator(dir, error)) {
    if (entry.path().extension() == ".json" && entry.is_regular_file()) {
      paths.push_back(entry.path());
    }
  }
  if (error) return Status::IOError(dir + ": " + error.message());
  std::sort(paths.begin(), paths.end());

  Lexicons lexicons;
  lexicons.dir_ = dir;
  for (const auto& path : paths) {
    KG_ASSIGN_OR_RETURN(auto file, LoadFile(path));
    lexicons.files_.push_back(std::move(file));
  }
  return lexicons;
}

std::vector<const LexiconFile*> Lexicons::OfKind(std::string_view kind) const {
  std::vector<const LexiconFile*> out;
  for (const auto& file : files_) {
    if (file->kind == kind) out.push_back(file.get());
  }
  return out;
}

Result<std::string> FindLexiconDir(const std::string& flag) {
  DataSearch search{flag, "--lexicons", "KG_LEXICONS", "lexicon folder", "no such folder",
                    {InstalledNextToProgram("lexicons")}, IsDirectory};
#ifdef KG_INSTALLED_LEXICON_DIR
  search.defaults.push_back(KG_INSTALLED_LEXICON_DIR);
#endif
#ifdef KG_SOURCE_LEXICON_DIR
  search.defaults.push_back(KG_SOURCE_LEXICON_DIR);
#endif
  return FindData(search);
}

Status LexiconEntryError(const LexiconFile& file, size_t index, const rapidjson::Value& entry,
                         const std::string& why) {
  std::string where = file.path + ": entries[" + std::to_string(index) + "]";
  if (entry.IsObject()) {
    auto name = entry.FindMember("name");
    if (name != entry.MemberEnd() && name->value.IsString()) {
      where += std::string(" (\"") + name->value.GetString() + "\")";
    }
  }
  return Status::InvalidInput(where + ": " + why);
}

}  // namespace kg::ingest
