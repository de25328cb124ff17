// kg query streams its rows: peak memory does not grow with the row count.
//
// A star graph (one hub, K spokes) makes the two-hop pattern
// (a)-->(hub)<--(b) return K·(K-1) rows. The peak resident size of kg
// (getrusage of the child) for ten times the rows must stay within a small
// ratio of the smaller run's: when every row was held before printing, a
// million rows took about ten times the memory of a hundred thousand.
#include <doctest/doctest.h>
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <rapidjson/document.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

#include "tests/test_util.h"

using kg::test::RunKg;
using kg::test::TempDir;

namespace {

const char* kTwoHops = "MATCH (a)-[:links]->(h)<-[:links]-(b) RETURN a.name, b.name";

// A store holding a hub with `spokes` spokes: `spokes·(spokes-1)` two-hop rows.
std::string StarStore(const TempDir& dir, int spokes) {
  std::string tsv;
  for (int i = 0; i < spokes; ++i) tsv += "spoke" + std::to_string(i) + "\tlinks\thub\n";
  std::string file = dir.File("star" + std::to_string(spokes) + ".tsv");
  kg::test::WriteFile(file, tsv);
  std::string db = dir.File("star" + std::to_string(spokes) + ".db");
  auto r = RunKg({"--db", db, "-q", "import", file});
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  return db;
}

struct Measured {
  int exit_code = -1;
  long peak_kib = 0;   // ru_maxrss of the child
  size_t lines = 0;    // of its standard output
  std::string head;    // its first bytes
};

// Runs kg with `args`, standard output to `out_file`, and measures its peak memory.
Measured RunMeasured(const std::vector<std::string>& args, const std::string& out_file) {
  std::vector<std::string> argv{KG_BINARY};
  argv.insert(argv.end(), args.begin(), args.end());
  pid_t pid = fork();
  REQUIRE(pid >= 0);
  if (pid == 0) {
    int fd = open(out_file.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    dup2(fd, STDOUT_FILENO);
    int null_fd = open("/dev/null", O_WRONLY);
    dup2(null_fd, STDERR_FILENO);
    kg::test::ExecOrExit(argv);
  }
  int status = 0;
  struct rusage usage {};
  REQUIRE(wait4(pid, &status, 0, &usage) == pid);
  Measured m;
  m.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  m.peak_kib = usage.ru_maxrss;
  std::FILE* in = std::fopen(out_file.c_str(), "rb");
  REQUIRE(in);
  char buf[1 << 16];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, in)) > 0) {
    if (m.head.size() < 4096) m.head.append(buf, std::min(n, 4096 - m.head.size()));
    m.lines += static_cast<size_t>(std::count(buf, buf + n, '\n'));
  }
  std::fclose(in);
  return m;
}

}  // namespace

// Under AddressSanitizer freed memory waits in a quarantine before it is
// reused, so the peak RSS of a sanitized kg grows with what it allocated
// in all, not with what it holds: the memory bound is measured in the
// normal build only (the rows are still checked).
#if defined(__SANITIZE_ADDRESS__)
constexpr bool kSanitized = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool kSanitized = true;
#else
constexpr bool kSanitized = false;
#endif
#else
constexpr bool kSanitized = false;
#endif

TEST_CASE("kg query streams CSV, JSON and table rows: ten times the rows, about the same memory") {
  TempDir dir;
  const std::string small = StarStore(dir, 317);   // 100,172 rows
  const std::string large = StarStore(dir, 1001);  // 1,001,000 rows
  for (std::string format : {"csv", "json", "table"}) {
    CAPTURE(format);
    std::vector<std::string> args{"query", "--max-rows", "0", "--timeout", "0", "--format", format, kTwoHops};
    std::vector<std::string> small_args{"--db", small}, large_args{"--db", large};
    small_args.insert(small_args.end(), args.begin(), args.end());
    large_args.insert(large_args.end(), args.begin(), args.end());
    Measured a = RunMeasured(small_args, dir.File("small.out"));
    Measured b = RunMeasured(large_args, dir.File("large.out"));
    REQUIRE(a.exit_code == 0);
    REQUIRE(b.exit_code == 0);
    if (format == "csv") {
      CHECK(a.lines == 317u * 316u + 1);
      CHECK(b.lines == 1001u * 1000u + 1);
    } else if (format == "table") {
      CHECK(b.lines == 1001u * 1000u + 3);
    }
    MESSAGE(format << ": peak " << a.peak_kib << " KiB for 100,172 rows, " << b.peak_kib << " KiB for 1,001,000");
    if (kSanitized) continue;  // see kSanitized
    CHECK(static_cast<double>(b.peak_kib) < 1.3 * static_cast<double>(a.peak_kib));
  }
}

TEST_CASE("LIMIT stops the pipeline: the first rows of an endless pattern come back at once") {
  TempDir dir;
  const std::string db = StarStore(dir, 300);
  auto started = std::chrono::steady_clock::now();
  // 300^4 rows: hours of work were every row made before the first is printed.
  auto r = RunKg({"--db", db, "query", "--format", "csv", "--max-rows", "0", "--timeout", "20",
                  "MATCH (a)-[:links]->(h)<-[:links]-(b) MATCH (c)-[:links]->(h)<-[:links]-(d) "
                  "RETURN a.name, d.name LIMIT 3"});
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  INFO(r.err);
  CHECK(r.exit_code == 0);
  CHECK(std::count(r.out.begin(), r.out.end(), '\n') == 4);
  CHECK(seconds < 10);
}

TEST_CASE("rows written before an error stay written, and JSON stays valid and says what went wrong") {
  TempDir dir;
  const std::string db = StarStore(dir, 20);
  auto csv = RunKg({"--db", db, "query", "--format", "csv", "--max-rows", "5", kTwoHops});
  CHECK(csv.exit_code == 1);
  CHECK(csv.err.find("more than 5 rows") != std::string::npos);
  CHECK(std::count(csv.out.begin(), csv.out.end(), '\n') == 6);  // the header and 5 rows
  CHECK(csv.out.rfind("a.name,b.name\n", 0) == 0);

  auto json = RunKg({"--db", db, "query", "--format", "json", "--max-rows", "5", kTwoHops});
  CHECK(json.exit_code == 1);
  CHECK(json.err.find("more than 5 rows") != std::string::npos);
  rapidjson::Document doc;
  doc.Parse(json.out.c_str());
  INFO(json.out);
  REQUIRE_FALSE(doc.HasParseError());
  REQUIRE(doc.IsObject());
  CHECK(doc["rows"].Size() == 5);
  REQUIRE(doc.HasMember("error"));
  CHECK(std::string(doc["error"].GetString()).find("more than 5 rows") != std::string::npos);

  // An error in an expression after two rows: the two rows, then the error.
  auto late = RunKg({"--db", db, "query", "--format", "json", "UNWIND [1, 2, 0] AS x RETURN 6 / x"});
  CHECK(late.exit_code == 1);
  doc.Parse(late.out.c_str());
  INFO(late.out);
  REQUIRE_FALSE(doc.HasParseError());
  CHECK(doc["rows"].Size() == 2);
  CHECK(std::string(doc["error"].GetString()).find("division by zero") != std::string::npos);

  // An error before the first row writes nothing at all.
  auto early = RunKg({"--db", db, "query", "--format", "json", "MATCH (a) RETURN 1 / 0"});
  CHECK(early.exit_code == 1);
  CHECK(early.err.find("division by zero") != std::string::npos);
  CHECK(early.out.empty());
}
