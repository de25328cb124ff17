#include "ingest/readers/format.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <filesystem>

#include "ingest/readers/article_reader.h"

namespace kg::ingest {
namespace {

std::string Extension(std::string_view path) {
  std::string ext = std::filesystem::path(path).extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return ext;
}

}  // namespace

bool IsKnownFormat(std::string_view format) {
  return format == "article" || format == "text" || format == "jsonl";
}

std::string DetectFormat(std::string_view path, std::string_view head) {
  std::string ext = path == "-" ? "" : Extension(path);
  if (ext == ".jsonl" || ext == ".ndjson") return "jsonl";
  if (LooksLikeArticle(head)) return "article";
  if (ext == ".article") return "article";
  if (ext != ".txt" && ext != ".text" && ext != ".md") {
    size_t first = head.find_first_not_of(" \t\r\n");
    if (first != std::string_view::npos && head[first] == '{') return "jsonl";
  }
  return "text";
}

bool HasInputExtension(std::string_view path) {
  static constexpr std::array<std::string_view, 6> kExtensions = {".txt", ".text", ".article",
                                                                   ".jsonl", ".ndjson", ".md"};
  std::string ext = Extension(path);
  return std::find(kExtensions.begin(), kExtensions.end(), ext) != kExtensions.end();
}

}  // namespace kg::ingest
