// Runs the data-driven query files in tests/query/cases/*.test.
//
// A file starts with `setup FILE` (triples under tests/query/data, loaded
// with `kg import`), then cases separated by blank lines:
//
//   query [--param a=1 ...]      the statement follows, up to `----`
//   MATCH (a) RETURN a.name
//   ----
//   a.name                       expected CSV output, header included,
//   Israel                       or `error: TEXT` (TEXT must occur in stderr)
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <sstream>

#include "tests/test_util.h"

using kg::test::RunKg;
using kg::test::TempDir;

namespace {

struct Case {
  int line = 0;
  std::vector<std::string> args;
  std::string statement;
  std::string expected;
};

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> out;
  std::stringstream in(text);
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

void RunFile(const std::filesystem::path& file) {
  auto lines = Lines(kg::test::ReadFile(file.string()));
  TempDir dir;
  std::string db = dir.File("kg.db");
  std::vector<Case> cases;
  for (size_t i = 0; i < lines.size(); ++i) {
    const std::string& l = lines[i];
    if (l.rfind("setup ", 0) == 0) {
      auto r = RunKg({"--db", db, "-q", "import", std::string(KG_QUERY_DATA) + "/" + l.substr(6)});
      INFO(r.err);
      REQUIRE(r.exit_code == 0);
    } else if (l.rfind("query", 0) == 0) {
      Case c;
      c.line = static_cast<int>(i + 1);
      std::stringstream words(l.substr(5));
      for (std::string w; words >> w;) c.args.push_back(w);
      for (++i; i < lines.size() && lines[i] != "----"; ++i) c.statement += lines[i] + "\n";
      for (++i; i < lines.size() && !lines[i].empty(); ++i) c.expected += lines[i] + "\n";
      cases.push_back(std::move(c));
    }
  }
  for (const auto& c : cases) {
    std::vector<std::string> args{"--db", db, "query", "--format", "csv"};
    args.insert(args.end(), c.args.begin(), c.args.end());
    args.push_back(c.statement);
    auto r = RunKg(args);
    INFO(file.filename().string() << ":" << c.line << "\n" << c.statement << "stderr: " << r.err);
    if (c.expected.rfind("error: ", 0) == 0) {
      std::string want = c.expected.substr(7, c.expected.size() - 8);
      CHECK(r.exit_code == 1);
      CHECK(r.err.find(want) != std::string::npos);
    } else {
      CHECK(r.exit_code == 0);
      CHECK(r.out == c.expected);
    }
  }
}

}  // namespace

TEST_CASE("data-driven query files") {
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(KG_QUERY_CASES)) {
    if (entry.path().extension() == ".test") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  REQUIRE(!files.empty());
  for (const auto& f : files) {
    SUBCASE(f.filename().string().c_str()) { RunFile(f); }
  }
}
