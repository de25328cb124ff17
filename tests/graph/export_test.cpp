// Exports are parsed back, not string-compared: GraphML by Boost's
// read_graphml, JSON by RapidJSON, DOT by Graphviz where it is installed.
#include <doctest/doctest.h>
#include <rapidjson/document.h>
#include <unistd.h>

// GCC 12's false "maybe uninitialized" in Boost's adjacency_list iterators.
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#include <boost/graph/graphml.hpp>

#include <filesystem>
#include <sstream>

#include "graph/export_graph.h"
#include "graph/exporters.h"
#include "tests/graph/graph_fixture.h"

using namespace kg::graph;
using kg::test::GraphFixture;
using kg::test::ReadFile;
using kg::test::RunKg;
using kg::test::RunProgram;
using kg::test::TempDir;

namespace {

void World(GraphFixture& f) {
  f.Entity("Israel", "country", "ISR");
  f.Entity("Russia", "country", "RUS");
  f.Entity("Zoë \"Z\" Baird", "person");
  f.Predicate("criticizes", "DISAPPROVE");
  f.Predicate("supports", "SUPPORT");
  int64_t t = f.Triple({"Israel", "criticizes", "Russia", "actor", 12});
  f.Evidence(t, "doc-1", "Israel criticised \"Russia\" on Tuesday.");
  f.Triple("Zoë \"Z\" Baird", "supports", "Israel");
  f.Triple({"Russia", "supports", "Zoë \"Z\" Baird", "actor", 1, true});
}

}  // namespace

TEST_CASE("GraphML export reads back with boost::read_graphml, every attribute intact") {
  GraphFixture f;
  World(f);
  auto g = f.Load();
  std::stringstream text;
  WriteGraphml(*g, WholeGraph(*g, /*include_negated=*/true), text);
  ExportGraph back;
  boost::dynamic_properties dp(boost::ignore_other_properties);
  dp.property("name", boost::get(&ExportVertex::name, back));
  dp.property("type", boost::get(&ExportVertex::type, back));
  dp.property("predicate", boost::get(&ExportEdge::predicate, back));
  dp.property("evidence_count", boost::get(&ExportEdge::evidence_count, back));
  dp.property("negated", boost::get(&ExportEdge::negated, back));
  boost::read_graphml(text, back, dp);
  REQUIRE(boost::num_vertices(back) == 3);
  REQUIRE(boost::num_edges(back) == 3);
  CHECK(back[0].name == "Israel");
  CHECK(back[2].name == "Zoë \"Z\" Baird");
  CHECK(back[2].type == "person");
  auto [e, found] = boost::edge(0, 1, back);
  REQUIRE(found);
  CHECK(back[e].predicate == "criticizes");
  CHECK(back[e].evidence_count == 12);
  auto [neg, found_neg] = boost::edge(1, 2, back);
  REQUIRE(found_neg);
  CHECK(back[neg].negated);
}

TEST_CASE("JSON export is node-link JSON that RapidJSON parses") {
  GraphFixture f;
  World(f);
  auto g = f.Load();
  std::stringstream text;
  WriteJson(*g, WholeGraph(*g, /*include_negated=*/true), text);
  rapidjson::Document doc;
  doc.Parse(text.str().c_str());
  REQUIRE_FALSE(doc.HasParseError());
  REQUIRE(doc["nodes"].Size() == 3);
  REQUIRE(doc["links"].Size() == 3);
  CHECK(std::string(doc["nodes"][2]["name"].GetString()) == "Zoë \"Z\" Baird");
  CHECK(doc["nodes"][2]["code"].IsNull());
  const auto& link = doc["links"][0];
  CHECK(std::string(link["predicate"].GetString()) == "criticizes");
  CHECK(std::string(link["stance"].GetString()) == "conflict");
  CHECK(link["source"].GetInt64() == doc["nodes"][0]["id"].GetInt64());
}

TEST_CASE("DOT export is deterministic, styled, and accepted by Graphviz") {
  GraphFixture f;
  World(f);
  TempDir dir;
  auto first = RunKg({"--db", f.db_path(), "export", "--format", "dot", "--include-negated"});
  auto second = RunKg({"--db", f.db_path(), "export", "--format", "dot", "--include-negated"});
  REQUIRE(first.exit_code == 0);
  CHECK(first.out == second.out);
  CHECK(first.out.find("color=\"#d73027\"") != std::string::npos);   // conflict edge
  CHECK(first.out.find("shape=box") != std::string::npos);            // a country
  // The negated edge: dashed, labelled "not", and not in the cooperation colour.
  CHECK(first.out.find("[label=\"not supports\", color=\"#969696\", penwidth=1.00, style=dashed") !=
        std::string::npos);
  CHECK(first.out.find("#1a9850") != std::string::npos);  // the asserted cooperation edge keeps it
  CHECK(first.out.find("tooltip=\"Israel criticised \\\"Russia\\\" on Tuesday.\"") != std::string::npos);
  if (!kg::test::HaveGraphviz()) {
    MESSAGE("Graphviz 'dot' is not installed: the DOT text is not rendered");
    return;
  }
  kg::test::WriteFile(dir.File("g.dot"), first.out);
  auto rendered = RunProgram({"dot", "-Tsvg", dir.File("g.dot")});
  CHECK(rendered.exit_code == 0);
  CHECK(rendered.out.find("<svg") != std::string::npos);
  auto svg = RunKg({"--db", f.db_path(), "export", "--format", "svg", "--around", "israel"});
  CHECK(svg.exit_code == 0);
  CHECK(svg.out.find("Israel") != std::string::npos);
  auto png = RunKg({"--db", f.db_path(), "export", "--format", "png", "--out", dir.File("g.png")});
  CHECK(png.exit_code == 0);
  CHECK(ReadFile(dir.File("g.png")).substr(1, 3) == "PNG");
}

TEST_CASE("N-Triples, Neo4j CSV and JSON lines exports") {
  GraphFixture f;
  World(f);
  TempDir dir;
  auto nt = RunKg({"--db", f.db_path(), "export", "--format", "ntriples", "--base", "http://x.org/",
                   "--include-negated"});
  REQUIRE(nt.exit_code == 0);
  std::istringstream lines(nt.out);
  std::string line;
  int statements = 0;
  while (std::getline(lines, line)) {
    ++statements;
    CHECK(line.size() > 2);
    CHECK(line.substr(line.size() - 2) == " .");
    CHECK(line.find(' ') != std::string::npos);
  }
  CHECK(statements == 3 * 2 + 3);
  CHECK(nt.out.find("<http://x.org/entity/Zo%C3%AB_%22Z%22_Baird>") != std::string::npos);
  CHECK(nt.out.find("<http://x.org/relation/not_supports>") != std::string::npos);

  auto neo = RunKg({"--db", f.db_path(), "export", "--format", "neo4j", "--out", dir.File("neo")});
  REQUIRE(neo.exit_code == 0);
  std::string nodes = ReadFile(dir.File("neo/nodes.csv"));
  std::string rels = ReadFile(dir.File("neo/relationships.csv"));
  CHECK(nodes.rfind("entity_id:ID,name,type,code,sector,:LABEL\n", 0) == 0);
  CHECK(nodes.find("\"Zoë \"\"Z\"\" Baird\"") != std::string::npos);
  CHECK(rels.rfind(":START_ID,:END_ID,:TYPE,", 0) == 0);
  auto no_dir = RunKg({"--db", f.db_path(), "export", "--format", "neo4j"});
  CHECK(no_dir.exit_code == 2);

  auto jsonl = RunKg({"--db", f.db_path(), "export", "--format", "jsonl", "--include-negated"});
  REQUIRE(jsonl.exit_code == 0);
  std::istringstream rows(jsonl.out);
  int count = 0;
  while (std::getline(rows, line)) {
    rapidjson::Document doc;
    doc.Parse(line.c_str());
    REQUIRE_FALSE(doc.HasParseError());
    for (const char* key : {"doc_id", "subject", "subject_code", "predicate", "category", "object", "object_code",
                            "negated", "sentence"}) {
      CHECK_MESSAGE(doc.HasMember(key), key);
    }
    if (count == 0) {
      CHECK(std::string(doc["doc_id"].GetString()) == "doc-1");
      CHECK(std::string(doc["subject_code"].GetString()) == "ISR");
      CHECK(std::string(doc["sentence"].GetString()) == "Israel criticised \"Russia\" on Tuesday.");
    } else {
      CHECK(doc["sentence"].IsNull());  // imported without evidence
    }
    ++count;
  }
  CHECK(count == 3);
}

TEST_CASE("exports of a part: --around and --path") {
  GraphFixture f;
  World(f);
  f.Triple("Far", "meets", "Away");
  auto around = RunKg({"--db", f.db_path(), "export", "--format", "json", "--around", "Israel", "--depth", "1"});
  REQUIRE(around.exit_code == 0);
  rapidjson::Document doc;
  doc.Parse(around.out.c_str());
  REQUIRE_FALSE(doc.HasParseError());
  CHECK(doc["nodes"].Size() == 3);
  auto path = RunKg({"--db", f.db_path(), "export", "--format", "json", "--path", "Israel", "Russia"});
  REQUIRE(path.exit_code == 0);
  doc.Parse(path.out.c_str());
  CHECK(doc["nodes"].Size() == 2);
  CHECK(doc["links"].Size() == 1);
}
