// kg query end to end: the output formats, -f FILE, the time budget and
// Ctrl-C, on the seed graph of the data-driven files.
#include <doctest/doctest.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <sstream>
#include <thread>

#include "tests/test_util.h"

using kg::test::RunKg;
using kg::test::TempDir;

namespace {

// A query on the seed graph that runs for days: the seed graph has about a
// thousand trails of up to 10 hops, and each MATCH clause (its own trail
// scope) multiplies the rows by about a hundred.
const char* kEndlessQuery =
    "MATCH (a)-[*1..10]-(b) MATCH (b)-[*1..10]-(c) MATCH (c)-[*1..10]-(d) MATCH (d)-[*1..10]-(e) "
    "MATCH (e)-[*1..10]-(f) MATCH (f)-[*1..10]-(g) RETURN count(*)";

struct SeedDb {
  TempDir dir;
  std::string db = dir.File("kg.db");
  SeedDb() {
    auto r = RunKg({"--db", db, "-q", "import", std::string(KG_QUERY_DATA) + "/seed_graph.jsonl"});
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
  }
};

// The DOT line of the node labelled `name`, without its local id (export
// and query number the nodes of their subgraphs differently).
std::string NodeAttributes(const std::string& dot, const std::string& name) {
  std::stringstream in(dot);
  for (std::string line; std::getline(in, line);) {
    size_t at = line.find("[label=\"" + name + "\"");
    if (at != std::string::npos && line.find("->") == std::string::npos) return line.substr(at);
  }
  return "";
}

// The style of the edge labelled `label`: everything up to its tooltip
// (the export's tooltip is an evidence sentence the query result lacks).
std::string EdgeStyle(const std::string& dot, const std::string& label) {
  std::stringstream in(dot);
  for (std::string line; std::getline(in, line);) {
    size_t at = line.find("[label=\"" + label + "\"");
    if (at != std::string::npos && line.find("->") != std::string::npos) {
      return line.substr(at, line.find(", tooltip=") - at);
    }
  }
  return "";
}

}  // namespace

TEST_CASE("kg query --format json gives columns and rows") {
  SeedDb seed;
  auto r = RunKg({"--db", seed.db, "query", "--format", "json",
                  "MATCH (a)-[:criticizes]->(b {name: 'Russia'}) RETURN a.name AS critic, b"});
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  CHECK(r.out.find("\"columns\":[\"critic\",\"b\"]") != std::string::npos);
  CHECK(r.out.find("\"Israel\"") != std::string::npos);
  CHECK(r.out.find("\"Russia\"") != std::string::npos);
}

TEST_CASE("kg query --format dot styles nodes and edges as kg export does") {
  SeedDb seed;
  auto exported = RunKg({"--db", seed.db, "export", "--format", "dot"});
  INFO(exported.err);
  REQUIRE(exported.exit_code == 0);
  auto queried = RunKg({"--db", seed.db, "query", "--format", "dot",
                        "MATCH p = (a {name: 'Israel'})-[:criticizes]->(b) RETURN p"});
  INFO(queried.err);
  REQUIRE(queried.exit_code == 0);
  CHECK(queried.out.rfind("digraph", 0) == 0);
  for (const char* name : {"Israel", "Russia"}) {
    std::string from_query = NodeAttributes(queried.out, name);
    CHECK(!from_query.empty());
    CHECK(from_query == NodeAttributes(exported.out, name));
  }
  std::string style = EdgeStyle(queried.out, "criticizes");
  CHECK(style.find("color=") != std::string::npos);
  CHECK(style.find("penwidth=") != std::string::npos);
  CHECK(style == EdgeStyle(exported.out, "criticizes"));
}

TEST_CASE("kg query -f runs every statement of a file and names the one that fails") {
  SeedDb seed;
  std::string script = seed.dir.File("q.cypher");
  kg::test::WriteFile(script,
                      "// two statements\n"
                      "MATCH (a:Country) WHERE a.name STARTS WITH 'I' RETURN a.name ORDER BY a.name;\n"
                      "MATCH (a)-[:criticizes]->(b {name: 'Russia'}) /* ; inside a comment */ RETURN a.name;\n");
  auto r = RunKg({"--db", seed.db, "query", "--format", "csv", "-f", script});
  INFO(r.err);
  CHECK(r.exit_code == 0);
  CHECK(r.out == "a.name\nIran\nIsrael\na.name\nIsrael\n");

  // Errors name the file's line and column, also inside a statement's
  // second line and after another statement on the same line.
  kg::test::WriteFile(script, "MATCH (a) RETURN count(*);\n\nMATCH (a) RETURN a.nme;\n");
  r = RunKg({"--db", seed.db, "query", "--format", "csv", "-f", script});
  CHECK(r.exit_code == 1);
  CHECK(r.err.find("statement on line 3") != std::string::npos);
  CHECK(r.err.find("line 3, column 20: unknown node property") != std::string::npos);
  kg::test::WriteFile(script, "MATCH (a) RETURN count(*);  MATCH (a)\n  RETURN nope;\n");
  r = RunKg({"--db", seed.db, "query", "--format", "csv", "-f", script});
  CHECK(r.exit_code == 1);
  CHECK(r.err.find("line 2, column 10: unknown variable 'nope'") != std::string::npos);
  kg::test::WriteFile(script, "MATCH (a) RETURN count(*);  MATCH (a) RETURN )\n");
  r = RunKg({"--db", seed.db, "query", "--format", "csv", "-f", script});
  CHECK(r.exit_code == 1);
  CHECK(r.err.find("line 1, column 46:") != std::string::npos);

  r = RunKg({"--db", seed.db, "query", "-f", seed.dir.File("missing.cypher")});
  CHECK(r.exit_code == 1);
  CHECK(r.err.find("missing.cypher") != std::string::npos);
}

TEST_CASE("kg query stops a statement that outruns --timeout") {
  SeedDb seed;
  auto r = RunKg({"--db", seed.db, "query", "--timeout", "0.05", kEndlessQuery});
  CHECK(r.exit_code == 1);
  CHECK(r.err.find("time budget of 50 ms") != std::string::npos);
  CHECK(r.err.find("--timeout") != std::string::npos);
}

TEST_CASE("Ctrl-C cancels a running kg query") {
  SeedDb seed;
  std::string err_path = seed.dir.File("stderr.txt");
  std::vector<std::string> args = {KG_BINARY, "--db", seed.db, "query", "--timeout", "0", kEndlessQuery};
  pid_t pid = fork();
  REQUIRE(pid >= 0);
  if (pid == 0) {
    // Ignored until kg installs its handler for the query, so an early
    // SIGINT below cannot kill it before it is listening.
    signal(SIGINT, SIG_IGN);
    int fd = open(err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    dup2(fd, STDERR_FILENO);
    int null_fd = open("/dev/null", O_WRONLY);
    dup2(null_fd, STDOUT_FILENO);
    std::vector<char*> argv;
    for (auto& a : args) argv.push_back(a.data());
    argv.push_back(nullptr);
    execv(argv[0], argv.data());
    _exit(127);
  }
  int status = 0;
  // Press Ctrl-C every 100 ms until kg stops (at most 60 s).
  for (int i = 0; i < 600; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    kill(pid, SIGINT);
    if (waitpid(pid, &status, WNOHANG) == pid) break;
    if (i == 599) {
      kill(pid, SIGKILL);
      waitpid(pid, &status, 0);
    }
  }
  std::string err = kg::test::ReadFile(err_path);
  INFO(err);
  REQUIRE(WIFEXITED(status));
  CHECK(WEXITSTATUS(status) == 1);
  CHECK(err.find("query cancelled") != std::string::npos);
}

TEST_CASE("allShortestPaths and ALL SHORTEST give every shortest path, shortestPath one") {
  SeedDb seed;
  auto count = [&](const std::string& statement) {
    auto r = RunKg({"--db", seed.db, "query", "--format", "csv", statement});
    INFO(statement << "\n" << r.err);
    REQUIRE(r.exit_code == 0);
    return r.out;
  };
  std::string all = count(
      "MATCH p = allShortestPaths((a {name: 'Israel'})-[*]-(b {name: 'Iran'})) RETURN count(*) AS n, "
      "min(length(p)) AS shortest, max(length(p)) AS longest");
  CHECK(all == count("MATCH p = ALL SHORTEST (a {name: 'Israel'})-[*]-(b {name: 'Iran'}) RETURN count(*) AS n, "
                     "min(length(p)) AS shortest, max(length(p)) AS longest"));
  std::string one = count(
      "MATCH p = shortestPath((a {name: 'Israel'})-[*]-(b {name: 'Iran'})) RETURN count(*) AS n, "
      "min(length(p)) AS shortest, max(length(p)) AS longest");
  // Same length; allShortestPaths returns at least the one path.
  CHECK(one.substr(0, one.find('\n')) == "n,shortest,longest");
  std::string one_row = one.substr(one.find('\n') + 1);
  std::string all_row = all.substr(all.find('\n') + 1);
  CHECK(one_row.rfind("1,", 0) == 0);
  CHECK(one_row.substr(2) == all_row.substr(all_row.find(',') + 1));
}

TEST_CASE("evidence(r) gives the phrase, its span, the rule and the modality with document, date and sentence") {
  TempDir dir;
  const std::string db = dir.File("kg.db");
  auto ingest = RunKg({"--db", db, "-q", "ingest", kg::test::SourcePath("samples/seed-article.txt")});
  INFO(ingest.err);
  REQUIRE(ingest.exit_code == 0);
  auto r = RunKg({"--db", db, "query", "--format", "csv",
                  "MATCH (a {name: 'Israel'})-[r:criticizes]->(b {name: 'Russia'}) UNWIND evidence(r) AS e "
                  "RETURN e.phrase, e.span.end - e.span.start AS width, size(e.phrase) AS length, e.rule, "
                  "e.modality, e.date, e.document ENDS WITH 'seed-article.txt' AS doc, "
                  "e.sentence CONTAINS e.phrase AS within LIMIT 1"});
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  CHECK(r.out ==
        "e.phrase,width,length,e.rule,e.modality,e.date,doc,within\n"
        "expressed his disapproval,25,25,light-verb,asserted,2023-12-10,true,true\n");

  // An imported assertion has no document, span or modality: those keys are
  // null; its rule is "import" and its source the file's line.
  auto imported = RunKg({"--db", dir.File("seed.db"), "-q", "import", std::string(KG_QUERY_DATA) + "/seed_graph.jsonl"});
  REQUIRE(imported.exit_code == 0);
  auto keys = RunKg({"--db", dir.File("seed.db"), "query", "--format", "csv",
                     "MATCH (a {name: 'Israel'})-[r:criticizes]->() UNWIND evidence(r) AS e "
                     "RETURN e.document IS NULL AS no_document, e.span IS NULL AS no_span, "
                     "e.modality IS NULL AS no_modality, e.rule, e.source ENDS WITH 'seed_graph.jsonl:1' AS line "
                     "LIMIT 1"});
  INFO(keys.err);
  CHECK(keys.out == "no_document,no_span,no_modality,e.rule,line\ntrue,true,true,import,true\n");
}
