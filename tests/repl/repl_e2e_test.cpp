// `kg repl` end to end: through a pseudo-terminal as a user types, and
// through a pipe as a script runs.
#include <doctest/doctest.h>

#include <chrono>
#include <sstream>

#include "tests/repl/pty_session.h"
#include "tests/repl/repl_fixture.h"
#include "tests/test_util.h"

using kg::test::PtySession;
using kg::test::RunKg;
using kg::test::TempDir;

namespace {

// Its answer, 517 (five countries), appears nowhere in the statement's echo.
constexpr const char* kCountQuery = "MATCH (n:Country) RETURN count(*) * 100 + 17;";

// A fresh copy of the test database, with a history file beside it.
struct Scratch {
  explicit Scratch(int filler = 0) { kg::test::MakeReplDatabase(db(), filler); }
  std::string db() const { return dir.File("kg.db"); }
  TempDir dir;
};

// `kg repl` on a pseudo-terminal, waited for until its first prompt.
// `no_color`: whether NO_COLOR is set (it is emptied otherwise, whatever
// the test runner's environment says).
struct Terminal {
  explicit Terminal(const Scratch& scratch, bool no_color = true, unsigned short columns = 120,
                    std::vector<std::string> env = {}, unsigned short rows = 40)
      : session({KG_BINARY, "--db", scratch.db(), "repl"}, Environment(scratch, no_color, std::move(env)), columns,
                rows) {
    REQUIRE(Prompt());
  }
  static std::vector<std::string> Environment(const Scratch& scratch, bool no_color, std::vector<std::string> more) {
    std::vector<std::string> env = {"TERM=xterm", "LANG=C.UTF-8", "LC_ALL=C.UTF-8", "HOME=" + scratch.dir.path(),
                                    "KG_HISTORY=" + scratch.dir.File("history"),
                                    "EDITRC=" + scratch.dir.File("no-editrc"), no_color ? "NO_COLOR=1" : "NO_COLOR="};
    env.insert(env.end(), more.begin(), more.end());
    return env;
  }
  // The next prompt, once libedit reads keys from it (see WaitForRawMode).
  bool Prompt() { return session.WaitFor("kg> ") && session.WaitForRawMode(); }
  void Line(const std::string& text) { session.Send(text + "\r"); }
  // Types `keys`, then waits for `answer` and the next prompt.
  bool Answers(std::string_view keys, std::string_view answer) {
    session.Send(keys);
    return session.WaitFor(answer) && Prompt();
  }
  PtySession session;
};

}  // namespace

TEST_CASE("a statement typed over several lines runs at its semicolon, and one Up recalls it whole") {
  Scratch scratch;
  Terminal t(scratch);
  t.Line("MATCH (n:Country)");
  REQUIRE(t.session.WaitFor("  -> "));
  t.Line("  RETURN count(*) * 100 + 17;");
  CHECK(t.session.WaitFor("517"));
  REQUIRE(t.Prompt());
  t.session.Send("\x1b[A\r");  // Up once, Enter: the whole statement again
  CHECK(t.session.WaitFor("517"));
  CHECK(t.Prompt());
  t.session.Send("\x04");  // Ctrl-D leaves
  CHECK(t.session.WaitExit() == 0);
}

TEST_CASE("Tab completes entity names (multi-word ones in quotes, Isr beside longer names) and properties") {
  Scratch scratch;
  Terminal t(scratch);
  // Two names start with "United": the first Tab stops where they part.
  t.session.Send("MATCH (n {name: \"Unit\tS\t}) RETURN toUpper(n.name);\r");
  CHECK(t.session.WaitFor("UNITED STATES"));
  REQUIRE(t.Prompt());
  // "Israel Defense Forces" starts as Israel does: one Tab still gives Israel.
  CHECK(t.Answers(":neighbours Isr\t\r", "Russia"));
  CHECK(t.Answers(":path Isr\t Iran\r", "(Israel)<-[:criticizes]-(Iran)"));
  CHECK(t.Answers(":evidence Iran crit\tIsr\t\r", "(Iran)-[:criticizes]->(Israel)"));
  CHECK(t.Answers("MATCH (a:Country {name: 'Iran'}) RETURN a.co\t;\r", "IRN"));
  t.session.Send(":ne\tIran\r");
  CHECK(t.session.WaitFor("Israel"));
}

TEST_CASE("history survives a restart, a multi-line statement as one entry") {
  Scratch scratch;
  {
    Terminal t(scratch);
    t.Line("MATCH (n:Country)");
    REQUIRE(t.session.WaitFor("  -> "));
    t.Line("RETURN count(*) * 100 + 17;");
    REQUIRE(t.session.WaitFor("517"));
    REQUIRE(t.Prompt());
    t.Line(":quit");
    REQUIRE(t.session.WaitExit() == 0);
  }
  Terminal t(scratch);
  // Up once recalls `:quit`, twice the query before it.
  t.session.Send("\x1b[A\x1b[A\r");
  CHECK(t.session.WaitFor("517"));
}

TEST_CASE("Ctrl-C cancels a long query and the shell carries on") {
  Scratch scratch(/*filler=*/300);
  Terminal t(scratch);
  t.Line("MATCH (a), (b), (c), (d) RETURN count(*);");
  REQUIRE(t.session.WaitForCanonicalMode());  // the line was taken
  // The interrupt may still land before the query starts; press again until
  // it is cancelled.
  bool cancelled = false;
  for (int i = 0; i < 100 && !cancelled; ++i) {
    t.session.Send("\x03");
    cancelled = t.session.WaitFor("cancelled", std::chrono::milliseconds(300));
  }
  REQUIRE(cancelled);
  t.Line(kCountQuery);
  CHECK(t.session.WaitFor("517"));
}

TEST_CASE("Ctrl-C at the prompt drops the line being typed") {
  Scratch scratch;
  Terminal t(scratch);
  t.session.Send("MATCH (n) RETURN");
  t.session.Send("\x03");
  REQUIRE(t.Prompt());
  t.Line(kCountQuery);
  CHECK(t.session.WaitFor("517"));
  REQUIRE(t.Prompt());
  t.session.Send("\x04");
  CHECK(t.session.WaitExit() == 0);
}

TEST_CASE("a syntax error is reported and the next statement runs") {
  Scratch scratch;
  Terminal t(scratch);
  t.Line("MATCH (n RETURN n;");
  CHECK(t.session.WaitFor("error: "));
  REQUIRE(t.Prompt());
  t.Line(kCountQuery);
  CHECK(t.session.WaitFor("517"));
  t.Line(":pth Israel Iran");
  CHECK(t.session.WaitFor("did you mean :path?"));
}

TEST_CASE("colours on a terminal, none with NO_COLOR") {
  Scratch scratch;
  {
    Terminal t(scratch, /*no_color=*/false);
    t.Line(":nosuch");
    REQUIRE(t.session.WaitFor("unknown command"));
    CHECK(t.session.raw_transcript().find("\x1b[31m") != std::string::npos);
  }
  Terminal t(scratch, /*no_color=*/true);
  t.Line(":nosuch");
  REQUIRE(t.session.WaitFor("unknown command"));
  CHECK(t.session.raw_transcript().find("\x1b[31m") == std::string::npos);
}

TEST_CASE("a script through a pipe: no prompts, every statement runs, failures set the exit code") {
  Scratch scratch;
  auto ok = RunKg({"--db", scratch.db(), "repl"}, std::string(kCountQuery) + "\n:neighbours Israel\n");
  CHECK(ok.exit_code == 0);
  CHECK(ok.out.find("517") != std::string::npos);
  CHECK(ok.out.find("Russia") != std::string::npos);
  CHECK(ok.out.find("kg> ") == std::string::npos);
  CHECK(ok.err.empty());

  auto bad = RunKg({"--db", scratch.db(), "repl"},
                   "MATCH (n) RETURN n;\nMATCH (n\nRETURN n;\n:path Israel Atlantis\n" + std::string(kCountQuery));
  CHECK(bad.exit_code == 1);
  CHECK(bad.out.find("517") != std::string::npos);
  CHECK(bad.err.find("<stdin>:2: ") != std::string::npos);
  // The statement begins on line 2; its error is on the script's line 3.
  CHECK(bad.err.find("line 3, column 1:") != std::string::npos);
  CHECK(bad.err.find("<stdin>:4: ") != std::string::npos);
  CHECK(bad.err.find("Atlantis") != std::string::npos);
}

TEST_CASE("meta-commands over the real engines") {
  Scratch scratch;
  auto run = RunKg({"--db", scratch.db(), "repl"},
                   ":schema\n:path Iran \"United States\"\n:format csv\n:neighbours Israel 2\n"
                   ":evidence Israel criticizes Russia\n:export json " + scratch.dir.File("out.json") + "\n:stats\n");
  CHECK(run.exit_code == 0);
  CHECK(run.err.empty());
  CHECK(run.out.find("criticizes") != std::string::npos);
  CHECK(run.out.find("Country") != std::string::npos);
  CHECK(run.out.find("(Israel)-[:criticizes]->(Russia),false,2024-01-02") != std::string::npos);
  // Listed as `kg neighbours Israel --depth 2` lists them: nearest first, then by name.
  CHECK(run.out.find("Iran,Country,1\nRussia,Country,1\nUnited Kingdom,Country,1\nUnited States,Country,2\n") !=
        std::string::npos);
  auto cli = RunKg({"--db", scratch.db(), "neighbours", "Israel", "--depth", "2"});
  CHECK(cli.out.find("1\tIran\tcountry\n1\tRussia\tcountry\n1\tUnited Kingdom\tcountry\n2\tUnited States\tcountry\n") !=
        std::string::npos);
  std::string exported = kg::test::ReadFile(scratch.dir.File("out.json"));
  CHECK(exported.find("2024-01-02") != std::string::npos);
  // :stats says what `kg stats` says, snapshots included.
  CHECK(run.out.find("  mention") != std::string::npos);
  CHECK(run.out.find("file size") != std::string::npos);
}

TEST_CASE(":param gives statements their $names, and a missing one says how to set it in the shell") {
  Scratch scratch;
  auto run = RunKg({"--db", scratch.db(), "repl"},
                   ":param who 'Israel'\n:param codes [\"IRN\", \"RUS\"]\n"
                   "MATCH (a {name: $who})-[r]-(b) WHERE b.code IN $codes RETURN b.name ORDER BY b.name;\n"
                   ":params\nRETURN $nobody;\n");
  CHECK(run.exit_code == 1);
  CHECK(run.out.find("Iran") != std::string::npos);
  CHECK(run.out.find("Russia") != std::string::npos);
  CHECK(run.out.find(":param who 'Israel'") != std::string::npos);
  CHECK(run.err.find("<stdin>:5: line 5, column 8: parameter $nobody has no value; set it with :param nobody VALUE") !=
        std::string::npos);
  CHECK(run.err.find("--param") == std::string::npos);
}

TEST_CASE(".output writes results to a file, .tables lists labels and relationship types") {
  Scratch scratch;
  std::string file = scratch.dir.File("out.txt");
  auto run = RunKg({"--db", scratch.db(), "repl"},
                   ".output " + file + "\n:format csv\n" + kCountQuery + "\n.output\n.tables\n:tables\n");
  CHECK(run.exit_code == 0);
  CHECK(run.err.empty());
  CHECK(kg::test::ReadFile(file).find("517") != std::string::npos);
  CHECK(run.out.find("517") == std::string::npos);
  CHECK(run.out.find("labels:\n  Country  Person  Organization  Location  Other\n") != std::string::npos);
  CHECK(run.out.find("relationship types:\n") != std::string::npos);
  CHECK(run.out.find("criticizes") != std::string::npos);
}

TEST_CASE("a bare kg at a terminal opens the shell") {
  Scratch scratch;
  PtySession session({KG_BINARY}, {"TERM=xterm", "KG_DB=" + scratch.db(), "KG_HISTORY=" + scratch.dir.File("h"),
                                   "NO_COLOR=1"});
  REQUIRE(session.WaitFor("kg> "));
  REQUIRE(session.WaitForRawMode());
  session.Send(":quit\r");
  CHECK(session.WaitExit() == 0);
}

TEST_CASE(":ingest stores an article and reloads the graph, :export writes the last result") {
  Scratch scratch;
  std::string article = scratch.dir.File("article.txt");
  kg::test::WriteFile(article, "France criticized Germany over the budget talks on Monday.\n");
  std::string exported = scratch.dir.File("countries.csv");
  auto run = RunKg({"--db", scratch.db(), "repl"},
                   "MATCH (n:Country {name: \"France\"}) RETURN n.code;\n"
                   ":ingest " + article + "\n"
                   "MATCH (a {name: \"France\"})-[r]->(b) RETURN a.code, type(r), b.code;\n"
                   "MATCH (n:Country) WHERE n.name STARTS WITH \"United\" RETURN n.name ORDER BY n.name;\n"
                   ":export csv " + exported + "\n");
  CHECK(run.exit_code == 0);
  CHECK(run.err.empty());
  // Before the ingest France is not in the graph; after it, with its edge.
  CHECK(run.out.find("(0 rows)") != std::string::npos);
  CHECK(run.out.find("ingested " + article) != std::string::npos);
  CHECK(run.out.find("FRA") != std::string::npos);
  CHECK(run.out.find("DEU") != std::string::npos);
  CHECK(run.out.find("criticizes") != std::string::npos);
  CHECK(run.out.find("wrote the last result (2 rows)") != std::string::npos);
  CHECK(kg::test::ReadFile(exported) == "n.name\nUnited Kingdom\nUnited States\n");
}

TEST_CASE(":export mentions writes the stored mentions as kg export --format mentions does") {
  Scratch scratch;
  std::string article = scratch.dir.File("article.txt");
  kg::test::WriteFile(article, "France criticized Germany over the budget talks on Monday.\n");
  std::string exported = scratch.dir.File("mentions.jsonl");
  auto run = RunKg({"--db", scratch.db(), "repl"}, ":ingest " + article + "\n:export mentions " + exported + "\n");
  CHECK(run.exit_code == 0);
  CHECK(run.err.empty());
  CHECK(run.out.find("wrote 2 mentions to " + exported + " as mentions") != std::string::npos);
  auto direct = RunKg({"--db", scratch.db(), "export", "--format", "mentions"});
  REQUIRE(direct.exit_code == 0);
  CHECK(direct.out.find("\"surface\":\"France\"") != std::string::npos);
  CHECK(kg::test::ReadFile(exported) == direct.out);
}

TEST_CASE(":export writes every kg export format through kg export's own writer, and a bad one is an error the shell goes on after") {
  Scratch scratch;
  auto file = [&](const std::string& name) { return scratch.dir.File(name); };
  auto run = RunKg({"--db", scratch.db(), "repl"},
                   ":export graphml " + file("whole.graphml") + "\n"
                   ":path Iran \"United States\"\n"
                   ":export svg " + file("path.svg") + "\n:export png " + file("path.png") + "\n"
                   ":export dot " + file("path.dot") + "\n:export ntriples " + file("path.nt") + "\n"
                   ":export json " + file("path.json") + "\n:export jsonl " + file("path.jsonl") + "\n"
                   ":export neo4j " + file("neo") + "\n"
                   ":export gif " + file("x.gif") + "\n:export dot " + file("no/such/dir/x.dot") + "\n" +
                   kCountQuery + "\n");
  CHECK(run.exit_code == 1);  // the two bad exports
  CHECK(run.out.find("wrote the whole graph (") != std::string::npos);
  CHECK(run.out.find("wrote the last result (4 entities, 3 relations)") != std::string::npos);
  CHECK(run.out.find("517") != std::string::npos);  // the shell went on
  CHECK(run.err.find("unknown export format 'gif' (dot, svg, png") != std::string::npos);
  CHECK(run.err.find(file("no/such/dir/x.dot") + ": cannot write") != std::string::npos);
  CHECK(kg::test::ReadFile(file("whole.graphml")).find("<graphml") != std::string::npos);
  CHECK(kg::test::ReadFile(file("path.png")).starts_with("\x89PNG"));
  CHECK(kg::test::ReadFile(file("path.svg")).find("<svg") != std::string::npos);
  std::string dot = kg::test::ReadFile(file("path.dot"));
  CHECK(dot.find("Iran") != std::string::npos);
  CHECK(dot.find("Russia") == std::string::npos);  // only the path's part
  CHECK(kg::test::ReadFile(file("path.nt")).find("<http://example.org/kg/entity/Iran>") != std::string::npos);
  CHECK(kg::test::ReadFile(file("path.json")).find("\"links\"") != std::string::npos);
  CHECK(kg::test::ReadFile(file("neo/nodes.csv")).find("Iran") != std::string::npos);
}

TEST_CASE(".mode line prints a record per block in the shell, and kg query --format line does the same") {
  Scratch scratch;
  const std::string query = "MATCH (n:Country) WHERE n.name STARTS WITH 'United' RETURN n.name, n.code ORDER BY n.name;";
  auto run = RunKg({"--db", scratch.db(), "repl"}, ".mode line\n" + query + "\n");
  CHECK(run.exit_code == 0);
  const std::string block = "n.name = United Kingdom\nn.code = GBR\n\nn.name = United States\nn.code = USA\n\n(2 rows)\n";
  CHECK(run.out.find(block) != std::string::npos);
  auto cli = RunKg({"--db", scratch.db(), "query", "--format", "line", query});
  CHECK(cli.exit_code == 0);
  CHECK(cli.out == block);
}

TEST_CASE("at 60 columns no line of an 8-column table is wider than the terminal") {
  Scratch scratch;
  Terminal t(scratch, /*no_color=*/true, /*columns=*/60);
  REQUIRE(t.Answers("MATCH (a)-[r]->(b) RETURN a.name, a.code, type(r), b.name, b.code, r.negated, a, b;\r",
                    " rows)"));
  size_t table_lines = 0;
  std::istringstream transcript(t.session.transcript());
  for (std::string line; std::getline(transcript, line);) {
    if (line.find(" | ") == std::string::npos && line.find("-+-") == std::string::npos) continue;
    ++table_lines;
    size_t columns = 0;  // code points: "…" is one
    for (char c : line) columns += (c & 0xC0) != 0x80;
    CHECK_MESSAGE(columns <= 60, line);
  }
  CHECK(table_lines >= 3);  // the head, its rule and rows
}

TEST_CASE("at a terminal a result longer than the screen goes through $PAGER, a failing one prints it anyway") {
  Scratch scratch;
  {
    Terminal t(scratch, /*no_color=*/true, /*columns=*/120, {"PAGER=sed s/^/paged:/"}, /*rows=*/10);
    t.session.Send(":help\r");
    REQUIRE(t.session.WaitFor("paged:Statements"));
    REQUIRE(t.Prompt());
    REQUIRE(t.Answers(":pager off\r", ""));
    REQUIRE(t.Answers(":help\r", "Ctrl-C cancels"));
    CHECK(t.session.transcript().find("paged:Statements") == t.session.transcript().rfind("paged:Statements"));
    REQUIRE(t.Answers(std::string(kCountQuery) + "\r", "517"));  // short: never paged
    CHECK(t.session.transcript().find("paged:517") == std::string::npos);
  }
  Terminal broken(scratch, /*no_color=*/true, /*columns=*/120, {"PAGER=/no/such/pager"}, /*rows=*/10);
  CHECK(broken.Answers(":help\r", "Ctrl-C cancels"));
}
