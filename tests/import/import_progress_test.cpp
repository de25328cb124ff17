// kg import's phase line (kg/phase_line.h): what it is doing, on a
// terminal only, silenced by --quiet, gone before the summary.
#include <doctest/doctest.h>

#include <string>

#include "tests/repl/pty_session.h"
#include "tests/test_util.h"

using kg::test::PtySession;
using kg::test::RunKg;
using kg::test::TempDir;

namespace {

std::string WriteTriples(const TempDir& dir) {
  const std::string path = dir.File("t.tsv");
  kg::test::WriteFile(path, "Chile\tcriticizes\tPeru\nPeru\tmeets_with\tBolivia\nBolivia\tsupports\tChile\n");
  return path;
}

bool Has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("kg import on a terminal says what it is doing, then clears it for the summary") {
  TempDir dir;
  const std::string file = WriteTriples(dir);
  PtySession session({KG_BINARY, "--db", dir.File("k.db"), "import", file}, {"TERM=xterm", "NO_COLOR=1"});
  CHECK(session.WaitFor("kg import: " + file + " (tsv): 3 lines, 3 triples"));
  CHECK(session.WaitExit() == 0);
  const std::string& raw = session.raw_transcript();
  CHECK(Has(raw, "kg import: reading and checking " + file + " ..."));
  CHECK(Has(raw, "kg import: storing 3 triples of 3 lines in one transaction ..."));
  // The phase line is erased before the summary starts.
  CHECK(raw.find("\r\033[K", raw.find("storing 3 triples")) < raw.find("(tsv): 3 lines"));
}

TEST_CASE("kg import -q on a terminal, and kg import into a pipe, draw no phase line") {
  TempDir dir;
  const std::string file = WriteTriples(dir);
  PtySession quiet({KG_BINARY, "--db", dir.File("q.db"), "-q", "import", file}, {"TERM=xterm", "NO_COLOR=1"});
  CHECK(quiet.WaitExit() == 0);
  CHECK_FALSE(Has(quiet.raw_transcript(), "reading and checking"));
  auto piped = RunKg({"--db", dir.File("p.db"), "import", file});
  CHECK(piped.exit_code == 0);
  CHECK_FALSE(Has(piped.err, "reading and checking"));
  CHECK(Has(piped.err, "3 triples"));
}
