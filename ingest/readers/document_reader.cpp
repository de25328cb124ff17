#include "ingest/readers/document_reader.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>

#include "ingest/content_hash.h"
#include "ingest/readers/article_reader.h"
#include "ingest/readers/format.h"
#include "ingest/readers/jsonl_reader.h"
#include "ingest/readers/paragraphs.h"
#include "ingest/readers/triple_file_check.h"

namespace kg::ingest {
namespace fs = std::filesystem;
namespace {

bool IsHidden(const fs::path& p) {
  std::string name = p.filename().string();
  return !name.empty() && name[0] == '.';
}

void ListFolder(const fs::path& folder, std::vector<InputFile>* out, std::vector<Status>* problems) {
  std::vector<InputFile> found;
  std::error_code ec;
  fs::recursive_directory_iterator it(folder, fs::directory_options::skip_permission_denied, ec);
  for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (IsHidden(it->path())) {
      if (it->is_directory()) it.disable_recursion_pending();
      continue;
    }
    if (it->is_regular_file() && HasInputExtension(it->path().string())) {
      found.push_back({it->path().string(), it->file_size()});
    }
  }
  if (ec) problems->push_back(Status::IOError(folder.string() + ": " + ec.message()));
  if (found.empty() && !ec) {
    problems->push_back(Status::NotFound(folder.string() +
                                         ": no .txt, .article, .jsonl or .md files in this folder"));
  }
  std::sort(found.begin(), found.end(), [](const auto& a, const auto& b) { return a.path < b.path; });
  out->insert(out->end(), found.begin(), found.end());
}

// A file's document key: its canonical path, so that `mixed/c.md`,
// `./mixed/c.md` and its absolute path (or a symbolic link to it) are one
// document, and the "already stored with other text" guard holds.
std::string CanonicalKey(const std::string& source) {
  std::error_code ec;
  fs::path canonical = fs::weakly_canonical(source, ec);
  if (ec) canonical = fs::absolute(source, ec).lexically_normal();
  return canonical.string();
}

Document PlainText(std::string text, const std::string& source) {
  Document doc;
  doc.text = std::move(text);
  doc.source = source;
  doc.format = "text";
  AppendParagraphs(doc.text, 0, doc.text.size(), Section::kBody, &doc.regions);
  return doc;
}

// One whole-file document (article or text).
Result<Document> ParseWhole(std::string content, const std::string& format, const std::string& source,
                            size_t max_bytes) {
  Status check = CheckDocumentBytes(content, max_bytes);
  if (!check.ok()) return check.WithContext(source);
  if (content.find_first_not_of(" \t\r\n\f\v") == std::string::npos) {
    return Status::InvalidInput((source == "-" ? std::string("standard input") : source) +
                                ": the file is empty or blank: no text to ingest");
  }
  Result<Document> doc = format == "article" ? ParseArticle(std::move(content), source)
                                             : Result<Document>(PlainText(std::move(content), source));
  if (!doc.ok()) return doc;
  doc->key = source == "-" ? "stdin:" + ContentHash(*doc).substr(0, 16) : CanonicalKey(source);
  return doc;
}

Status ReadJsonLines(std::istream& in, const std::string& source, const ReadOptions& options,
                     const ReadCallback& callback) {
  std::string line;
  for (size_t number = 1; std::getline(in, line); ++number) {
    size_t bytes = line.size() + 1;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    KG_RETURN_IF_ERROR(callback({ParseJsonLine(line, source, number, options.max_document_bytes), bytes}));
  }
  if (in.bad()) return callback({Status::IOError(source + ": read error"), 0});
  return Status::Ok();
}

}  // namespace

std::vector<InputFile> ListInputs(const std::vector<std::string>& paths, std::vector<Status>* problems) {
  std::vector<InputFile> out;
  for (const std::string& path : paths) {
    if (path == "-") {
      out.push_back({path, 0});
      continue;
    }
    std::error_code ec;
    fs::file_status status = fs::status(path, ec);
    if (ec || !fs::exists(status)) {
      problems->push_back(Status::NotFound(path + ": no such file or folder"));
    } else if (fs::is_directory(status)) {
      ListFolder(path, &out, problems);
    } else if (!fs::is_regular_file(status)) {
      problems->push_back(Status::InvalidInput(path + ": not a regular file"));
    } else {
      out.push_back({path, fs::file_size(path, ec)});
    }
  }
  return out;
}

Status ReadInput(const InputFile& input, const ReadOptions& options, std::istream& stdin_stream,
                 const ReadCallback& callback) {
  const std::string& source = input.path;
  if (source == "-") {
    std::string content((std::istreambuf_iterator<char>(stdin_stream)), std::istreambuf_iterator<char>());
    std::string format = options.format.empty() ? DetectFormat(source, content.substr(0, 512)) : options.format;
    if (std::string kind = options.format.empty() ? TripleFileKind(content.substr(0, 512)) : ""; !kind.empty()) {
      return callback({RefuseTripleFile(source, kind), content.size()});
    }
    if (format == "jsonl") {
      std::istringstream lines(std::move(content));
      return ReadJsonLines(lines, source, options, callback);
    }
    size_t bytes = content.size();
    return callback({ParseWhole(std::move(content), format, source, options.max_document_bytes), bytes});
  }

  std::ifstream in(source, std::ios::binary);
  if (!in) return callback({Status::IOError(source + ": cannot open the file"), input.bytes});
  std::string head(512, '\0');
  in.read(head.data(), static_cast<std::streamsize>(head.size()));
  head.resize(static_cast<size_t>(in.gcount()));
  in.clear();
  in.seekg(0);
  std::string format = options.format.empty() ? DetectFormat(source, head) : options.format;
  // Only when the content decides: an explicit --format is the user's word.
  if (std::string kind = options.format.empty() ? TripleFileKind(head) : ""; !kind.empty()) {
    return callback({RefuseTripleFile(source, kind), input.bytes});
  }
  if (format == "jsonl") return ReadJsonLines(in, source, options, callback);

  if (input.bytes > options.max_document_bytes) {
    return callback({Status::LimitExceeded(source + ": larger than the size limit of " +
                                           std::to_string(options.max_document_bytes) + " bytes"),
                     input.bytes});
  }
  std::string content((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (in.bad()) return callback({Status::IOError(source + ": read error"), input.bytes});
  return callback({ParseWhole(std::move(content), format, source, options.max_document_bytes), input.bytes});
}

}  // namespace kg::ingest
