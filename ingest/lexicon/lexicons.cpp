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

bool IsGenerated(const fs::path& path) {
  const std::string name = path.filename().string();
  const std::string suffix = ".generated.json";
  return name.size() > suffix.size() && name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// The *.json files of `dir`, hand-written ones to `written`, generated ones to `generated`.
Status ListFiles(const std::string& dir, std::vector<fs::path>* written, std::vector<fs::path>* generated) {
  std::error_code error;
  for (const auto& entry : fs::directory_iterator(dir, error)) {
    if (entry.path().extension() == ".json" && entry.is_regular_file()) {
      (IsGenerated(entry.path()) ? generated : written)->push_back(entry.path());
    }
  }
  if (error) return Status::IOError(dir + ": " + error.message());
  return Status::Ok();
}

bool IsSourceLexiconDir(const std::string& dir) {
#ifdef KG_SOURCE_LEXICON_DIR
  std::error_code error;
  return fs::equivalent(dir, KG_SOURCE_LEXICON_DIR, error);
#else
  (void)dir;
  return false;
#endif
}

}  // namespace

std::string GeneratedLexiconDir() {
#ifdef KG_GENERATED_LEXICON_DIR
  return KG_GENERATED_LEXICON_DIR;
#else
  return "";
#endif
}

Result<Lexicons> Lexicons::Load(const std::string& dir, GeneratedFiles generated) {
  if (!IsDirectory(dir)) return Status::NotFound(dir + ": not a lexicon folder");
  std::vector<fs::path> paths, generated_paths, ignored;
  KG_RETURN_IF_ERROR(ListFiles(dir, &paths, &generated_paths));
  const std::string build_dir = GeneratedLexiconDir();
  if (IsSourceLexiconDir(dir) && !build_dir.empty() && IsDirectory(build_dir)) {
    KG_RETURN_IF_ERROR(ListFiles(build_dir, &ignored, &generated_paths));
  }
  auto by_name = [](const fs::path& a, const fs::path& b) { return a.filename() < b.filename(); };
  std::sort(paths.begin(), paths.end(), by_name);
  std::sort(generated_paths.begin(), generated_paths.end(), by_name);
  if (generated == GeneratedFiles::kInclude) paths.insert(paths.end(), generated_paths.begin(), generated_paths.end());

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
