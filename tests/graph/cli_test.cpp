// End to end: kg path, neighbours, rank, components and the batch modes on
// stores built by the fixture, run through the kg binary.
#include <doctest/doctest.h>

#include <filesystem>
#include <thread>
#include <vector>

#include "tests/graph/graph_fixture.h"

using kg::test::GraphFixture;
using kg::test::Has;
using kg::test::ReadFile;
using kg::test::RunKg;
using kg::test::TempDir;
using kg::test::WriteFile;

namespace {

void SmallWorld(GraphFixture& f) {
  f.Entity("Israel", "country", "ISR");
  f.Entity("Russia", "country", "RUS");
  f.Entity("Iran", "country", "IRN");
  f.Entity("Zoë Baird", "person");
  f.Predicate("criticizes", "DISAPPROVE");
  f.Predicate("supports", "SUPPORT");
  f.Alias("Moscow", "Russia");
  int64_t t = f.Triple("Israel", "criticizes", "Russia");
  f.Evidence(t, "doc-1", "Netanyahu expressed his disapproval of the positions taken by Moscow's envoys.");
  f.Triple("Iran", "supports", "Russia");
  f.Triple("Zoë Baird", "meets", "Lonely Island");
}

}  // namespace

TEST_CASE("kg path prints each hop with predicate, direction and evidence") {
  GraphFixture f;
  SmallWorld(f);
  auto r = RunKg({"--db", f.db_path(), "path", "israel", "IRAN", "--evidence"});
  CHECK(r.exit_code == 0);
  CHECK(Has(r.out, "2 hops"));
  CHECK(Has(r.out, "Israel -[criticizes]-> Russia"));
  CHECK(Has(r.out, "Russia <-[supports]- Iran"));
  CHECK(Has(r.out, "disapproval of the positions taken by Moscow's envoys.\" (doc-1, 2024-01-02, test)"));
  auto directed = RunKg({"--db", f.db_path(), "path", "Israel", "Iran", "--directed"});
  CHECK(directed.exit_code == 1);
  CHECK(Has(directed.err, "no path between 'Israel' and 'Iran'"));
  auto json = RunKg({"--db", f.db_path(), "path", "Israel", "Moscow", "--format", "json"});
  CHECK(json.exit_code == 0);
  CHECK(Has(json.out, "\"predicate\":\"criticizes\""));
}

TEST_CASE("kg path names the nearest entities for an unknown one, and says when entities are disconnected") {
  GraphFixture f;
  SmallWorld(f);
  auto r = RunKg({"--db", f.db_path(), "path", "Israell", "Iran"});
  CHECK(r.exit_code == 1);
  CHECK(Has(r.err, "no entity named 'Israell'; did you mean 'Israel'"));
  auto apart = RunKg({"--db", f.db_path(), "path", "Israel", "zoë baird"});
  CHECK(apart.exit_code == 1);
  CHECK(Has(apart.err, "no path between 'Israel' and 'Zoë Baird'"));
  auto usage = RunKg({"--db", f.db_path(), "path", "Israel"});
  CHECK(usage.exit_code == 2);
  CHECK(Has(usage.err, "two entities"));
}

TEST_CASE("kg neighbours lists entities by distance and exports the subgraph") {
  GraphFixture f;
  SmallWorld(f);
  auto r = RunKg({"--db", f.db_path(), "neighbours", "Russia", "--depth", "2"});
  CHECK(r.exit_code == 0);
  CHECK(Has(r.out, "1\tIran\tcountry\n1\tIsrael\tcountry\n"));
  auto out = RunKg({"--db", f.db_path(), "neighbours", "Russia", "--direction", "in", "--type", "country"});
  CHECK(out.exit_code == 0);
  CHECK(Has(out.out, "Iran"));
  auto dot = RunKg({"--db", f.db_path(), "neighbours", "Russia", "--format", "dot"});
  CHECK(dot.exit_code == 0);
  CHECK(Has(dot.out, "digraph"));
  auto bad = RunKg({"--db", f.db_path(), "neighbours", "Russia", "--predicate", "loves"});
  CHECK(bad.exit_code == 1);
  CHECK(Has(bad.err, "no predicate named 'loves'"));
}

TEST_CASE("kg rank and kg components summarise the graph") {
  GraphFixture f;
  SmallWorld(f);
  auto rank = RunKg({"--db", f.db_path(), "rank", "--by", "degree", "--top", "1"});
  CHECK(rank.exit_code == 0);
  CHECK(Has(rank.out, "1\t2\tRussia\tcountry"));
  for (const char* by : {"pagerank", "betweenness"}) {
    auto r = RunKg({"--db", f.db_path(), "rank", "--by", by});
    CHECK(r.exit_code == 0);
    CHECK(Has(r.out, "Russia"));
  }
  auto comps = RunKg({"--db", f.db_path(), "components"});
  CHECK(comps.exit_code == 0);
  CHECK(Has(comps.out, "2 components of 5 entities"));
  CHECK(Has(comps.out, "1\t3\tIsrael, Russia, Iran"));
}

TEST_CASE("batch mode answers the sp and hop2 lines of a workload in the reference format") {
  GraphFixture f;
  SmallWorld(f);
  TempDir dir;
  std::string workload = dir.File("w.tsv");
  WriteFile(workload,
            "qid\tkind\ta\tb\n"
            "sp000\tsp\tIsrael\tIran\n"
            "sp001\tsp\tIsrael\tZoë Baird\n"
            "h2000\thop2\tIsrael\t\n"
            "h2001\thop2\tZoë Baird\t\n");
  auto sp = RunKg({"--db", f.db_path(), "path", "--batch", workload});
  CHECK(sp.exit_code == 0);
  CHECK(sp.out == "qid\tanswer\nsp000\t2\nsp001\t-1\n");
  auto hop = RunKg({"--db", f.db_path(), "neighbours", "--batch", workload, "--out", dir.File("a.tsv")});
  CHECK(hop.exit_code == 0);
  CHECK(ReadFile(dir.File("a.tsv")) == "qid\tanswer\nh2000\t2\nh2001\t1\n");
  WriteFile(workload, "qid\tkind\ta\tb\nsp000\tsp\tIsrael\tNowhere\n");
  auto unknown = RunKg({"--db", f.db_path(), "path", "--batch", workload});
  CHECK(unknown.exit_code == 1);
  CHECK(Has(unknown.err, "w.tsv:2: no entity named 'Nowhere'"));
  WriteFile(workload, "qid\tkind\ta\tb\nbroken line\n");
  auto malformed = RunKg({"--db", f.db_path(), "path", "--batch", workload});
  CHECK(malformed.exit_code == 1);
  CHECK(Has(malformed.err, "w.tsv:2:"));
}

TEST_CASE("kg import then kg path: the graph reads what the importer wrote") {
  TempDir dir;
  std::string db = dir.File("kg.db");
  auto imported = RunKg({"--db", db, "-q", "import", kg::test::SourcePath("tests/graph/data/triangle_world.tsv")});
  REQUIRE_MESSAGE(imported.exit_code == 0, imported.err);
  auto r = RunKg({"--db", db, "path", "Zoë Baird", "poland"});
  CHECK(r.exit_code == 0);
  CHECK(Has(r.out, "Zoë Baird -[meets]-> Łukasz Nowak"));
  auto all = RunKg({"--db", db, "path", "United States", "Russia", "--all"});
  CHECK(all.exit_code == 0);
  CHECK(Has(all.out, "path 1 of 2"));
}

TEST_CASE("kg stats shows each level's snapshot, and kg path rebuilds a damaged one with one warning") {
  GraphFixture f;
  SmallWorld(f);
  auto before = RunKg({"--db", f.db_path(), "stats"});
  CHECK(Has(before.out, "actor        missing"));
  CHECK(Has(before.out, "mention      missing"));
  auto first = RunKg({"--db", f.db_path(), "path", "Israel", "Iran"});
  REQUIRE(first.exit_code == 0);
  CHECK(first.err.empty());
  auto after = RunKg({"--db", f.db_path(), "stats"});
  CHECK(Has(after.out, "actor        current, "));
  CHECK(Has(after.out, "mention      missing"));
  WriteFile(f.db_path() + ".actor.graph", "not a snapshot");
  CHECK(Has(RunKg({"--db", f.db_path(), "stats"}).out, "actor        damaged ("));
  auto rebuilt = RunKg({"--db", f.db_path(), "path", "Israel", "Iran"});
  CHECK(rebuilt.exit_code == 0);
  CHECK(rebuilt.out == first.out);
  CHECK(Has(rebuilt.err, "kg: warning: "));
  CHECK(Has(rebuilt.err, "rebuilding it from the store"));
  CHECK(Has(RunKg({"--db", f.db_path(), "stats", "--format", "json"}).out, "\"state\": \"current\""));
  auto unchanged = RunKg({"--db", f.db_path(), "--no-snapshot", "path", "Israel", "Iran"});
  CHECK(unchanged.out == first.out);
}

TEST_CASE("two kg processes started at once agree and leave one valid snapshot") {
  GraphFixture f;
  SmallWorld(f);
  std::vector<kg::test::RunResult> runs(2);
  std::vector<std::thread> threads;
  for (size_t i = 0; i < runs.size(); ++i) {
    threads.emplace_back([&, i] { runs[i] = RunKg({"--db", f.db_path(), "neighbours", "Russia"}); });
  }
  for (auto& t : threads) t.join();
  CHECK(runs[0].exit_code == 0);
  CHECK(runs[0].err.empty());
  CHECK(runs[1].err.empty());
  CHECK(runs[0].out == runs[1].out);
  int snapshots = 0;
  for (const auto& entry : std::filesystem::directory_iterator(std::filesystem::path(f.db_path()).parent_path())) {
    std::string name = entry.path().filename().string();
    CHECK_MESSAGE(name.find(".tmp-") == std::string::npos, name);
    snapshots += name.size() > 6 && name.substr(name.size() - 6) == ".graph";
  }
  CHECK(snapshots == 1);
  CHECK(Has(RunKg({"--db", f.db_path(), "stats"}).out, "actor        current, "));
}

TEST_CASE("exit codes follow the README: wrong arguments are 2, bad input 1") {
  GraphFixture f;
  SmallWorld(f);
  const std::string db = f.db_path();
  const std::vector<std::vector<std::string>> usage = {
      {"path", "Israel"},
      {"neighbours"},
      {"path", "Israel", "Iran", "--level", "foo"},
      {"export", "--around", "Israel", "--path", "Israel", "Iran"},
      {"path", "Israel", "Iran", "--all", "--simple"},
      {"rank", "--top", "-3"},
      {"components", "--top", "-1"},
      {"components", "--members", "-1"},
      {"path", "Israel", "Iran", "--all", "--limit", "-1"},
      {"neighbours", "Israel", "--limit", "-2"},
      {"query", "--timeout", "-1", "RETURN 1"},
      {"query", "--max-rows", "-1", "RETURN 1"},
      {"neighbours", "Israel", "--format", "png"},
      {"export", "--format", "png"},
      {"export", "--format", "mentions", "--around", "Israel"},
      {"foo"},
  };
  for (const auto& command : usage) {
    std::vector<std::string> args = {"--db", db};
    args.insert(args.end(), command.begin(), command.end());
    auto r = RunKg(args);
    CAPTURE(command[0] + (command.size() > 1 ? " " + command[1] : ""));
    CHECK(r.exit_code == 2);
    CHECK(r.out.empty());  // no PNG bytes to the terminal
  }
  auto png = RunKg({"--db", db, "neighbours", "Israel", "--format", "png"});
  CHECK(Has(png.err, "--format png is binary: name the file with --out FILE.png"));
  auto unknown = RunKg({"--db", db, "foo"});
  CHECK(Has(unknown.err, "unknown command 'foo'; the commands are: stats, path, neighbours"));
  auto empty = RunKg({"--db", db, "query", ""});
  CHECK(empty.exit_code == 1);
  CHECK(Has(empty.err, "the statement is empty"));
}

TEST_CASE("global options may follow the subcommand: --db, -q and --no-snapshot") {
  GraphFixture f;
  SmallWorld(f);
  const std::string db = f.db_path();
  auto stats = RunKg({"stats", "--db", db});
  CHECK(stats.exit_code == 0);
  CHECK(Has(stats.out, "actor        missing"));  // this store's stats, not ./kg.db's
  // --no-snapshot after the subcommand: the path is found and no snapshot
  // file is written beside the store.
  auto path = RunKg({"path", "Israel", "Iran", "--no-snapshot", "--db", db});
  CHECK(path.exit_code == 0);
  CHECK(Has(path.out, "2 hops"));
  CHECK_FALSE(std::filesystem::exists(db + ".actor.graph"));
  auto query = RunKg({"query", "-q", "--db", db, "MATCH (a {name: 'Israel'}) RETURN a.name"});
  CHECK(query.exit_code == 0);
  CHECK(Has(query.out, "Israel"));
  // -q after the subcommand silences import's summary on stderr.
  TempDir dir;
  const std::string triples = dir.File("t.tsv");
  WriteFile(triples, "Chile\tsupports\tPeru\n");
  auto loud = RunKg({"import", triples, "--db", dir.File("loud.db")});
  CHECK(loud.exit_code == 0);
  CHECK_FALSE(loud.err.empty());
  auto quiet = RunKg({"import", triples, "--db", dir.File("quiet.db"), "-q"});
  CHECK(quiet.exit_code == 0);
  CHECK(quiet.err.empty());
}

TEST_CASE("kg rank and kg components give JSON with --format json") {
  GraphFixture f;
  SmallWorld(f);
  auto rank = RunKg({"--db", f.db_path(), "rank", "--top", "1", "--format", "json"});
  CHECK(rank.exit_code == 0);
  CHECK(rank.out == "{\"measure\":\"degree\",\"ranked\":[{\"rank\":1,\"entity\":\"Russia\",\"type\":\"country\","
                    "\"score\":2.0}]}\n");
  auto comps = RunKg({"--db", f.db_path(), "components", "--top", "1", "--members", "2", "--format", "json"});
  CHECK(comps.exit_code == 0);
  CHECK(comps.out == "{\"components\":2,\"entities\":5,\"listed\":[{\"rank\":1,\"size\":3,"
                     "\"members\":[\"Israel\",\"Russia\"]}]}\n");
}

TEST_CASE("--since and --until keep only relations reported within the days") {
  // The fixture's triples were reported from 2024-01-02 to 2024-03-04.
  GraphFixture f;
  SmallWorld(f);
  const std::string db = f.db_path();
  CHECK(RunKg({"--db", db, "path", "Israel", "Iran", "--since", "2024-03-04"}).exit_code == 0);
  auto after = RunKg({"--db", db, "path", "Israel", "Iran", "--since", "2024-03-05"});
  CHECK(after.exit_code == 1);
  CHECK(Has(after.err, "no path between 'Israel' and 'Iran'"));
  auto before = RunKg({"--db", db, "neighbours", "Russia", "--until", "2024-01-01"});
  CHECK(before.exit_code == 0);
  CHECK(before.out == "distance\tentity\ttype\n");
  auto within = RunKg({"--db", db, "neighbours", "Russia", "--since", "2024-01-01", "--until", "2024-01-02"});
  CHECK(Has(within.out, "1\tIran\tcountry\n1\tIsrael\tcountry\n"));
  auto rank = RunKg({"--db", db, "rank", "--top", "1", "--until", "2023-12-31"});
  CHECK(Has(rank.out, "1\t0\t"));
  auto none = RunKg({"--db", db, "export", "--format", "json", "--since", "2025-01-01"});
  CHECK(none.exit_code == 0);
  CHECK_FALSE(Has(none.out, "criticizes"));
  CHECK(Has(RunKg({"--db", db, "export", "--format", "json", "--until", "2024-02-01"}).out, "criticizes"));
  auto impossible = RunKg({"--db", db, "rank", "--since", "2020-02-30"});
  CHECK(impossible.exit_code == 2);
  CHECK(Has(impossible.err, "--since '2020-02-30' is not a day"));
  auto backwards = RunKg({"--db", db, "export", "--since", "2024-02-01", "--until", "2024-01-01"});
  CHECK(backwards.exit_code == 2);
  CHECK(Has(backwards.err, "--since 2024-02-01 is after --until 2024-01-01"));
}
