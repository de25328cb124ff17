#include "ingest/eval/corpus_articles.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <vector>

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

namespace kg::ingest::eval {
namespace {

namespace fs = std::filesystem;

std::string Squeezed(const std::string& text) {
  std::string out;
  bool space = true;  // drops leading white space
  for (char c : text) {
    const bool is_space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
    if (is_space) {
      if (!space) out += ' ';
      space = true;
    } else {
      out += c;
      space = false;
    }
  }
  if (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

}  // namespace

Result<std::set<std::string>> CollectArticles(const std::string& corpus_dir, const std::set<std::string>& ids,
                            const std::string& out_path) {
  std::error_code ec;
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(corpus_dir, ec)) {
    if (entry.path().extension() == ".jsonl") files.push_back(entry.path());
  }
  if (ec) return Status::NotFound(corpus_dir + ": " + ec.message());
  if (files.empty()) return Status::NotFound(corpus_dir + ": no .jsonl files of articles in this folder");
  std::sort(files.begin(), files.end());
  std::ofstream out(out_path, std::ios::binary);
  if (!out) return Status::IOError(out_path + ": cannot be written");
  std::set<std::string> written;
  for (const fs::path& file : files) {
    std::ifstream in(file, std::ios::binary);
    if (!in) return Status::IOError(file.string() + ": cannot be read");
    std::string line;
    for (size_t number = 1; std::getline(in, line); ++number) {
      if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
      rapidjson::Document json;
      json.Parse(line.c_str(), line.size());
      if (json.HasParseError() || !json.IsObject()) {
        return Status::InvalidInput(file.string() + ":" + std::to_string(number) + ": not a JSON object (" +
                                    rapidjson::GetParseError_En(json.GetParseError()) + ")");
      }
      auto id = json.FindMember("id");
      if (id == json.MemberEnd() || !id->value.IsString()) continue;
      const std::string key = id->value.GetString();
      if (ids.count(key) && written.insert(key).second) out << line << '\n';
    }
  }
  if (!out.flush()) return Status::IOError(out_path + ": write failed");
  return written;
}

bool SameSentence(const std::string& evidence, const std::string& record) {
  const std::string a = Squeezed(evidence), b = Squeezed(record);
  if (a.empty() || b.empty()) return false;
  return a.find(b) != std::string::npos || b.find(a) != std::string::npos;
}

}  // namespace kg::ingest::eval
