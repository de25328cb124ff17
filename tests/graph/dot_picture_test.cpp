// Pictures of the graph a person can read: the DOT writer leaves out the
// entities without a relation in the part, titles the picture with what it
// shows and adds a legend; kg export and kg neighbours warn when a picture
// is too large to read, and --top keeps the most linked entities.
#include <doctest/doctest.h>

#include <algorithm>
#include <sstream>
#include <string>
#include <vector>

#include "graph/exporters.h"
#include "graph/subgraph.h"
#include "tests/graph/graph_fixture.h"
#include "tests/repl/pty_session.h"

using namespace kg::graph;
using kg::test::GraphFixture;
using kg::test::Has;
using kg::test::PtySession;
using kg::test::ReadFile;
using kg::test::RunKg;
using kg::test::RunProgram;
using kg::test::TempDir;

namespace {

// Two actor-level relations and a negated one among three entities, an
// entity with only a mention-level relation, and one with none at all.
void World(GraphFixture& f) {
  f.Entity("Israel", "country", "ISR");
  f.Entity("Russia", "country", "RUS");
  f.Entity("Zoë Baird", "person");
  f.Entity("Lonely", "person");
  f.Predicate("criticizes", "DISAPPROVE");
  f.Predicate("supports", "SUPPORT");
  f.Triple({"Israel", "criticizes", "Russia", "actor", 12});
  f.Triple("Zoë Baird", "supports", "Israel");
  f.Triple({"Russia", "supports", "Zoë Baird", "actor", 1, true});
  f.Triple({"Mentioned", "meets", "Israel", "mention"});
}

std::string Dot(const KnowledgeGraph& g, const Subgraph& part, const DotOptions& options, DotSummary* summary) {
  std::ostringstream out;
  DotSummary drawn = WriteDot(g, part, nullptr, options, out);
  if (summary) *summary = drawn;
  return out.str();
}

// A node of the graph itself (not of the legend) labelled `name`.
bool DrawsEntity(const std::string& dot, const std::string& name) {
  std::istringstream lines(dot);
  std::string line;
  while (std::getline(lines, line)) {
    if (!line.empty() && line[0] >= '0' && line[0] <= '9' && Has(line, "[label=\"" + name + "\"")) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("the DOT writer leaves out entities without a relation in the part, and the title counts them") {
  GraphFixture f;
  World(f);
  auto g = f.Load();
  const Subgraph whole = WholeGraph(*g);  // 5 entities, 2 asserted relations
  DotOptions options;
  options.leave_out_unlinked = true;
  DotSummary drawn;
  std::string dot = Dot(*g, whole, options, &drawn);
  CHECK(drawn.entities == 3);
  CHECK(drawn.relations == 2);
  CHECK(drawn.left_out == 2);
  CHECK(DrawsEntity(dot, "Israel"));
  CHECK(DrawsEntity(dot, "Zoë Baird"));  // linked by an asserted relation
  CHECK_FALSE(DrawsEntity(dot, "Lonely"));
  CHECK_FALSE(DrawsEntity(dot, "Mentioned"));  // a mention-level relation is not of this level
  CHECK(Has(dot, "label=\"actor-level relations: 3 entities, 2 relations (2 entities with no actor relation here "
                 "left out)\"; labelloc=t;"));

  // The entity a picture is around is drawn even without a relation.
  options.keep = f.V(*g, "Lonely");
  dot = Dot(*g, whole, options, &drawn);
  CHECK(DrawsEntity(dot, "Lonely"));
  CHECK(drawn.left_out == 1);

  // By default (kg query --format dot: the result's nodes are the answer)
  // every vertex of the part is drawn, and the title says what and how many.
  dot = Dot(*g, whole, DotOptions{}, &drawn);
  CHECK(drawn.entities == 5);
  CHECK(DrawsEntity(dot, "Lonely"));
  CHECK(Has(dot, "label=\"actor-level relations: 5 entities, 2 relations\";"));

  DotOptions described;
  described.part = "around Israel, depth 1";
  described.filters = {"since 2024-01-01", "until 2024-02-01"};
  dot = Dot(*g, InducedSubgraph(*g, {f.V(*g, "Israel"), f.V(*g, "Russia")}), described, nullptr);
  CHECK(Has(dot, "label=\"actor-level relations around Israel, depth 1; since 2024-01-01, until 2024-02-01: "
                 "2 entities, 1 relation\";"));
  auto mention = f.Load(TripleLevel::kMention);
  CHECK(Has(Dot(*mention, WholeGraph(*mention), options, nullptr), "label=\"mention-level relations: "));
}

TEST_CASE("the DOT legend shows every entity type, the stance colours, negated edges when drawn, and edge width") {
  GraphFixture f;
  World(f);
  auto g = f.Load();
  std::string dot = Dot(*g, WholeGraph(*g), DotOptions{}, nullptr);
  CHECK(Has(dot, "subgraph cluster_legend {\nlabel=\"Legend\";"));
  CHECK(Has(dot, "legend_country [label=\"country\", shape=box, fillcolor=\"#8dd3c7\"]"));
  CHECK(Has(dot, "legend_person [label=\"person\", shape=ellipse, fillcolor=\"#ffffb3\"]"));
  CHECK(Has(dot, "legend_organization [label=\"organization\", shape=hexagon"));
  CHECK(Has(dot, "legend_location [label=\"location\", shape=house"));
  CHECK(Has(dot, "legend_other [label=\"other\", shape=ellipse"));
  CHECK(Has(dot, "[label=\"cooperation\", color=\"#1a9850\"]"));
  CHECK(Has(dot, "[label=\"conflict\", color=\"#d73027\"]"));
  CHECK(Has(dot, "legend_width [label=\"edge width: evidence, 1 + 2 log10(sentences): 1 sentence = 1"));
  CHECK_FALSE(Has(dot, "legend_negated"));  // no negated relation drawn
  // The legend's colours are the ones the graph's edges are drawn in.
  CHECK(Has(dot, "[label=\"criticizes\", color=\"#d73027\", penwidth=3.16"));

  std::string negated = Dot(*g, WholeGraph(*g, /*include_negated=*/true), DotOptions{}, nullptr);
  CHECK(Has(negated, "[label=\"not ... (negated)\", color=\"#969696\", style=dashed]"));

  DotOptions bare;
  bare.caption = false;
  std::string plain = Dot(*g, WholeGraph(*g), bare, nullptr);
  CHECK_FALSE(Has(plain, "cluster_legend"));
  CHECK_FALSE(Has(plain, "labelloc"));
  if (!kg::test::HaveGraphviz()) {
    MESSAGE("Graphviz 'dot' is not installed: the legend is not rendered");
    return;
  }
  auto svg = RunProgram({"dot", "-Tsvg"}, negated);
  REQUIRE(svg.exit_code == 0);
  CHECK(Has(svg.out, ">Legend</text>"));
  CHECK(Has(svg.out, ">actor&#45;level relations: 5 entities, 3 relations</text>"));
}

TEST_CASE("MostLinked keeps the entities with the most relations in the part and the relations among them") {
  GraphFixture f;
  for (const char* leaf : {"L1", "L2", "L3"}) f.Triple(leaf, "supports", "Hub");
  f.Triple("L1", "meets", "L2");
  f.Triple("Far", "meets", "Away");
  auto g = f.Load();
  const Subgraph whole = WholeGraph(*g);
  Subgraph top = MostLinked(*g, whole, 3);
  REQUIRE(top.vertices.size() == 3);  // Hub (3), L1 (2), L2 (2)
  CHECK(std::is_sorted(top.vertices.begin(), top.vertices.end()));
  for (const char* name : {"Hub", "L1", "L2"}) {
    CHECK(std::binary_search(top.vertices.begin(), top.vertices.end(), f.V(*g, name)));
  }
  CHECK(top.edges.size() == 3);  // L1-Hub, L2-Hub, L1-L2
  CHECK(MostLinked(*g, whole, 0).vertices.size() == whole.vertices.size());
  CHECK(MostLinked(*g, whole, 99).edges.size() == whole.edges.size());
}

TEST_CASE("Readable says when a picture passes the documented size") {
  CHECK(Readable({kReadablePicture.entities, kReadablePicture.relations, 0}));
  CHECK_FALSE(Readable({kReadablePicture.entities + 1, 1, 0}));
  CHECK_FALSE(Readable({1, kReadablePicture.relations + 1, 0}));
}

TEST_CASE("kg export --format dot|svg|png: titled, without unlinked entities, --top, and a warning when too large") {
  GraphFixture f;
  World(f);
  const std::string db = f.db_path();
  auto dot = RunKg({"--db", db, "export", "--format", "dot"});
  REQUIRE(dot.exit_code == 0);
  CHECK(Has(dot.out, "label=\"actor-level relations: 3 entities, 2 relations (2 entities with no actor relation "
                     "here left out)\""));
  CHECK_FALSE(DrawsEntity(dot.out, "Lonely"));
  auto around = RunKg({"--db", db, "export", "--format", "dot", "--around", "lonely", "--since", "2024-01-01"});
  REQUIRE(around.exit_code == 0);
  CHECK(DrawsEntity(around.out, "Lonely"));
  CHECK(Has(around.out, "label=\"actor-level relations around Lonely, depth 1; since 2024-01-01: 1 entity, "
                        "0 relations\""));
  auto negated = RunKg({"--db", db, "export", "--format", "dot", "--include-negated", "--top", "2"});
  REQUIRE(negated.exit_code == 0);
  CHECK(Has(negated.out, "relations of the 2 most linked entities; negated relations included: 2 entities"));
  CHECK(RunKg({"--db", db, "export", "--top", "-1"}).exit_code == 2);
  // --top applies to every format.
  auto json = RunKg({"--db", db, "export", "--format", "json", "--top", "1"});
  CHECK(Has(json.out, "\"nodes\":[{"));
  CHECK_FALSE(Has(json.out, "Zoë Baird"));

  // A chain of one relation more than a readable picture has, and entities
  // without an actor-level relation that the picture leaves out.
  GraphFixture large;
  for (size_t i = 0; i <= kReadablePicture.relations; ++i) {
    large.Triple("E" + std::to_string(i), "meets", "E" + std::to_string(i + 1));
  }
  for (int i = 0; i < 300; ++i) large.Triple({"M" + std::to_string(i), "meets", "E0", "mention"});
  auto big_dot = RunKg({"--db", large.db_path(), "export", "--format", "dot"});
  CHECK(big_dot.exit_code == 0);
  CHECK(Has(big_dot.err, "kg: warning: the picture has 202 entities and 201 relations, more than one can read"));
  CHECK(Has(big_dot.out, "(300 entities with no actor relation here left out)"));
  if (!kg::test::HaveGraphviz()) {
    MESSAGE("Graphviz 'dot' is not installed: no picture rendered");
    return;
  }
  auto small = RunKg({"--db", db, "export", "--format", "svg"});
  CHECK(small.exit_code == 0);
  CHECK(small.err.empty());

  TempDir dir;
  auto big = RunKg({"--db", large.db_path(), "export", "--format", "png", "--out", dir.File("big.png")});
  CHECK(big.exit_code == 0);  // warned, drawn all the same
  CHECK(Has(big.err, "kg: warning: the picture has 202 entities and 201 relations, more than one can read"));
  CHECK(Has(big.err, "--around ENTITY --depth 1, --path A B, or --top 50"));
  CHECK(ReadFile(dir.File("big.png")).substr(1, 3) == "PNG");
  auto top = RunKg({"--db", large.db_path(), "export", "--format", "svg", "--top", "50", "--out",
                    dir.File("top.svg")});
  CHECK(top.exit_code == 0);
  CHECK(top.err.empty());
  auto hood = RunKg({"--db", large.db_path(), "neighbours", "E0", "--depth", "150", "--format", "svg", "--out",
                     dir.File("hood.svg")});
  CHECK(hood.exit_code == 0);
  CHECK(Has(hood.err, "kg: warning: the picture has 151 entities"));
  CHECK(Has(hood.err, "a smaller --depth"));
}

TEST_CASE("kg neighbours --format dot is titled with the entity, the depth and the filters") {
  GraphFixture f;
  World(f);
  auto r = RunKg({"--db", f.db_path(), "neighbours", "israel", "--format", "dot", "--direction", "out",
                  "--predicate", "criticizes"});
  REQUIRE(r.exit_code == 0);
  CHECK(Has(r.out, "label=\"actor-level relations around Israel, depth 1; direction out, predicates criticizes: "
                   "2 entities, 1 relation\""));
  CHECK(Has(r.out, "subgraph cluster_legend"));
}

TEST_CASE("kg neighbours --format png without --out writes no PNG bytes to a terminal or a pipe, as kg export") {
  GraphFixture f;
  World(f);
  for (const char* command : {"neighbours", "export"}) {
    std::vector<std::string> argv = {KG_BINARY, "--db", f.db_path(), command};
    if (std::string(command) == "neighbours") argv.push_back("Israel");
    argv.insert(argv.end(), {"--format", "png"});
    PtySession session(argv, {"TERM=xterm", "NO_COLOR=1"});
    CAPTURE(command);
    CHECK(session.WaitFor("kg: --format png is binary: name the file with --out FILE.png"));
    CHECK(session.WaitExit() == 2);
    CHECK_FALSE(Has(session.transcript(), "PNG"));
    // Nor to a pipe: the refusal comes before any work, whatever stdout is.
    std::vector<std::string> args(argv.begin() + 1, argv.end());
    auto piped = RunKg(args);
    CHECK(piped.exit_code == 2);
    CHECK(piped.out.empty());
    CHECK(Has(piped.err, "kg: --format png is binary: name the file with --out FILE.png"));
  }
  if (!kg::test::HaveGraphviz()) return;
  TempDir dir;
  auto png = RunKg({"--db", f.db_path(), "neighbours", "Israel", "--format", "png", "--out", dir.File("n.png")});
  CHECK(png.exit_code == 0);
  CHECK(ReadFile(dir.File("n.png")).substr(1, 3) == "PNG");
}
