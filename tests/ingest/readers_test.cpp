// Readers: the article format, plain text, JSON Lines, folders, stdin and
// format detection.
#include <doctest/doctest.h>

#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

#include "ingest/readers/article_reader.h"
#include "ingest/readers/document_reader.h"
#include "ingest/readers/format.h"
#include "ingest/readers/input_check.h"
#include "ingest/readers/jsonl_reader.h"
#include "tests/test_util.h"

using namespace kg;
using namespace kg::ingest;
using kg::test::TempDir;
using kg::test::WriteFile;

namespace {

std::string RegionText(const Document& doc, const Region& r) {
  return doc.text.substr(r.bytes.begin, r.bytes.end - r.bytes.begin);
}

// Reads `paths` the way kg ingest does; returns documents and skip messages.
struct ReadAll {
  std::vector<Document> documents;
  std::vector<std::string> skipped;
};
ReadAll Read(const std::vector<std::string>& paths, const std::string& stdin_text = "",
             const std::string& format = "") {
  ReadAll out;
  std::vector<kg::Status> problems;
  auto inputs = ListInputs(paths, &problems);
  for (const auto& p : problems) out.skipped.push_back(p.message());
  std::istringstream in(stdin_text);
  ReadOptions options;
  options.format = format;
  options.max_document_bytes = 1000;
  for (const auto& input : inputs) {
    kg::Status s = ReadInput(input, options, in, [&](ReadItem item) {
      if (item.document.ok()) {
        out.documents.push_back(std::move(item.document).value());
      } else {
        out.skipped.push_back(item.document.status().message());
      }
      return kg::Status::Ok();
    });
    REQUIRE(s.ok());
  }
  return out;
}

}  // namespace

TEST_CASE("the seed article: header, dateline, body, FAQ answers and sources") {
  std::string text = kg::test::ReadFile(kg::test::SourcePath("samples/seed-article.txt"));
  auto doc = ParseArticle(text, "seed-article.txt");
  REQUIRE(doc.ok());
  CHECK(doc->text == text);
  CHECK(doc->format == "article");
  CHECK(doc->date == "2023-12-10");
  CHECK(doc->dateline == "Jerusalem, December 10");

  std::vector<std::string> body, faq;
  for (const Region& r : doc->regions) {
    (r.section == Section::kFaq ? faq : body).push_back(RegionText(*doc, r));
  }
  REQUIRE(body.size() == 4);
  CHECK(body[0].rfind("In a recent conversation", 0) == 0);
  CHECK(body[3].rfind("Netanyahu\u2019s conversation with Putin", 0) == 0);
  REQUIRE(faq.size() == 4);
  CHECK(faq[0].rfind("Netanyahu expressed disapproval", 0) == 0);  // "A: " is not text
  for (const auto& answer : faq) CHECK(answer.find("Q:") == std::string::npos);
  for (const auto& region : body) CHECK(region.find("FAQ") == std::string::npos);

  REQUIRE(doc->sources.size() == 2);
  CHECK(doc->sources[0].name == "Israeli statement");
  CHECK(doc->sources[0].url == "URL");
  CHECK(doc->sources[1].name == "Kremlin statement");
}

TEST_CASE("an article without a dateline starts its text after the date") {
  auto doc = ParseArticle(" date 2024-01-02 Talks resumed. Both sides met.\n\nMore text.", "a.txt");
  REQUIRE(doc.ok());
  CHECK_FALSE(doc->dateline.has_value());
  REQUIRE(doc->regions.size() == 2);
  CHECK(RegionText(*doc, doc->regions[0]) == "Talks resumed. Both sides met.");
}

TEST_CASE("an article with a bad header names the file and line") {
  auto doc = ParseArticle(" date 2024-13-02 Text.", "bad.article");
  REQUIRE_FALSE(doc.ok());
  CHECK(doc.status().message() == "bad.article:1: expected the article header \" date YYYY-MM-DD\" with a date of the calendar");
}

TEST_CASE("an impossible date is refused: the day must be in the calendar") {
  CHECK_FALSE(ParseArticle(" date 2020-02-30 Text.", "a.article").ok());
  CHECK_FALSE(ParseArticle(" date 2023-02-29 Text.", "a.article").ok());
  CHECK_FALSE(ParseArticle(" date 2023-04-31 Text.", "a.article").ok());
  CHECK(ParseArticle(" date 2024-02-29 Text.", "a.article").ok());
  CHECK(ParseArticle(" date 2023-12-31 Text.", "a.article").ok());
}

TEST_CASE("FAQ questions and answers on adjacent lines") {
  auto doc = ParseArticle(" date 2024-01-02 Body.\nFAQ:\nQ: Who?\nA: Israel did.\nIt agreed.\nQ: Why?\nA: Because.\n",
                          "faq.article");
  REQUIRE(doc.ok());
  std::vector<std::string> faq;
  for (const Region& r : doc->regions) {
    if (r.section == Section::kFaq) faq.push_back(RegionText(*doc, r));
  }
  CHECK(faq == std::vector<std::string>{"Israel did.\nIt agreed.", "Because."});
}

TEST_CASE("source lines with and without URLs") {
  CHECK(ParseSourceLine("\u2013 Kremlin statement: [URL]").name == "Kremlin statement");
  auto s = ParseSourceLine("- Reuters: https://example.org/a:b");
  CHECK(s.name == "Reuters");
  CHECK(s.url == "https://example.org/a:b");
  auto bare = ParseSourceLine("* Agence France-Presse");
  CHECK(bare.name == "Agence France-Presse");
  CHECK_FALSE(bare.url.has_value());
}

TEST_CASE("a JSON line keeps id, title, date, url and text") {
  auto doc = ParseJsonLine(
      R"({"id": "w-1", "url": "https://x", "date": "2019-01-04", "title": "T", "text": "One.\n\n\nTwo.", "expected": []})",
      "c.jsonl", 1, 1000);
  REQUIRE(doc.ok());
  CHECK(doc->key == "w-1");
  CHECK(doc->title == "T");
  CHECK(doc->date == "2019-01-04");
  CHECK(doc->url == "https://x");
  CHECK(doc->format == "jsonl");
  CHECK(doc->regions.size() == 2);
}

TEST_CASE("bad JSON lines say FILE:LINE and why") {
  CHECK(ParseJsonLine("{\"id\": 1,", "c.jsonl", 7, 1000).status().message().rfind("c.jsonl:7: invalid JSON", 0) == 0);
  CHECK(ParseJsonLine(R"({"id": "a"})", "c.jsonl", 2, 1000).status().message() ==
        "c.jsonl:2: \"text\" is missing or not a string");
  CHECK(ParseJsonLine(R"({"text": "x", "date": "yesterday"})", "c.jsonl", 3, 1000).status().message() ==
        "c.jsonl:3: \"date\" is not a date YYYY-MM-DD: \"yesterday\"");
  CHECK(ParseJsonLine(R"({"text": "a\u0000b"})", "c.jsonl", 4, 1000).status().message() ==
        "c.jsonl:4: \"text\" contains a NUL character");
  CHECK(ParseJsonLine("{\"text\": \"\xC3\x28\"}", "c.jsonl", 5, 1000).status().message().rfind("c.jsonl:5:", 0) == 0);
  auto no_id = ParseJsonLine(R"({"text": "x"})", "c.jsonl", 9, 1000);
  REQUIRE(no_id.ok());
  CHECK(no_id->key == "c.jsonl:9");
}

TEST_CASE("format detection: extension, then content") {
  CHECK(DetectFormat("a.jsonl", "anything") == "jsonl");
  CHECK(DetectFormat("a.txt", " date 2023-12-10 Jerusalem") == "article");
  CHECK(DetectFormat("a.txt", "{not json, a text}") == "text");
  CHECK(DetectFormat("-", "{\"text\": \"x\"}") == "jsonl");
  CHECK(DetectFormat("-", "date 2023-12-10 x") == "article");
  CHECK(DetectFormat("notes", "date night") == "text");
}

TEST_CASE("document bytes: NUL, invalid UTF-8 and size limit") {
  CHECK(CheckDocumentBytes("fine \xE2\x80\x93 text", 100).ok());
  CHECK(CheckDocumentBytes(std::string("a\nb\0c", 5), 100).message() == "binary data: a NUL byte at line 2, byte 3");
  CHECK(CheckDocumentBytes("ok\n\xFF", 100).message() == "invalid UTF-8 at line 2, byte 3");
  CHECK(CheckDocumentBytes("\xED\xA0\x80", 100).message().rfind("invalid UTF-8", 0) == 0);  // a surrogate
  CHECK(CheckDocumentBytes(std::string(101, 'a'), 100).code() == kg::Status::Code::kLimitExceeded);
}

TEST_CASE("folders are read recursively by extension, and bad files are skipped, not fatal") {
  TempDir dir;
  std::filesystem::create_directories(dir.File("sub/.hidden"));
  WriteFile(dir.File("a.txt"), "Plain text. Two sentences.");
  WriteFile(dir.File("sub/b.article"), " date 2020-05-01 Paris, May 1 \u2013 Text.");
  WriteFile(dir.File("sub/c.jsonl"), "{\"id\": \"c1\", \"text\": \"One.\"}\nnot json\n{\"id\": \"c2\", \"text\": \"Two.\"}\n");
  WriteFile(dir.File("sub/d.md"), std::string("bin\0ary", 7));
  WriteFile(dir.File("sub/e.txt"), std::string(1001, 'x'));
  WriteFile(dir.File("sub/ignored.csv"), "a,b");
  WriteFile(dir.File("sub/.hidden/h.txt"), "hidden");
  auto r = Read({dir.path()});
  REQUIRE(r.documents.size() == 4);
  CHECK(r.documents[0].format == "text");
  CHECK(r.documents[0].key == dir.File("a.txt"));
  CHECK(r.documents[1].format == "article");
  CHECK(r.documents[1].date == "2020-05-01");
  CHECK(r.documents[2].key == "c1");
  CHECK(r.documents[3].key == "c2");
  REQUIRE(r.skipped.size() == 3);
  CHECK(r.skipped[0].rfind(dir.File("sub/c.jsonl") + ":2: invalid JSON at column ", 0) == 0);
  CHECK(r.skipped[1].rfind(dir.File("sub/d.md") + ": binary data", 0) == 0);
  CHECK(r.skipped[2].rfind(dir.File("sub/e.txt") + ": larger than the size limit", 0) == 0);
}

TEST_CASE("missing paths and empty folders are reported") {
  TempDir dir;
  auto r = Read({dir.File("nope.txt"), dir.path()});
  CHECK(r.documents.empty());
  REQUIRE(r.skipped.size() == 2);
  CHECK(r.skipped[0] == dir.File("nope.txt") + ": no such file or folder");
  CHECK(r.skipped[1].find("no .txt, .article, .jsonl or .md files") != std::string::npos);
}

TEST_CASE("stdin: detected or forced format, keys from the content") {
  auto article = Read({"-"}, " date 2023-12-10 Gaza, December 10 \u2013 Text.");
  REQUIRE(article.documents.size() == 1);
  CHECK(article.documents[0].format == "article");
  CHECK(article.documents[0].source == "-");
  CHECK(article.documents[0].key.rfind("stdin:", 0) == 0);
  auto lines = Read({"-"}, "{\"id\": \"s1\", \"text\": \"A.\"}\n{\"id\": \"s2\", \"text\": \"B.\"}\n");
  CHECK(lines.documents.size() == 2);
  auto forced = Read({"-"}, " date 2023-12-10 x", "text");
  REQUIRE(forced.documents.size() == 1);
  CHECK(forced.documents[0].format == "text");
  CHECK(Read({"-"}, "one").documents[0].key != Read({"-"}, "two").documents[0].key);
}
