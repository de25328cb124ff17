// Graph snapshots (graph/graph_snapshot.h) and the policy that uses them
// (graph/graph_opener.h): a snapshot answers exactly as a load from SQLite,
// is never used once the store changed, and a damaged, foreign or other-
// layout file is rebuilt with one warning.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

#include "graph/graph_opener.h"
#include "graph/graph_snapshot.h"
#include "graph/snapshot_layout.h"
#include "schema/database.h"
#include "tests/graph/graph_fixture.h"

using namespace kg;
using namespace kg::graph;
namespace fs = std::filesystem;

namespace {

struct Opened {
  std::unique_ptr<KnowledgeGraph> graph;
  std::vector<std::string> warnings;
};

Opened Open(Store& store, TripleLevel level = TripleLevel::kActor) {
  Opened out;
  OpenOptions options;
  options.load.level = level;
  options.warn = [&](std::string_view line) { out.warnings.emplace_back(line); };
  auto graph = OpenGraph(store, options);
  REQUIRE_MESSAGE(graph.ok(), graph.status().message());
  out.graph = std::move(graph).value();
  return out;
}

// A write as every kgraph writer makes one: in a Transaction, which raises
// the store's data version.
void Write(Store& store, const std::string& sql) {
  auto txn = Transaction::Begin(store.db());
  REQUIRE(txn.ok());
  REQUIRE(store.db().Exec(sql).ok());
  REQUIRE(txn->Commit().ok());
}

struct SnapshotFixture : test::GraphFixture {
  SnapshotFixture() {
    Entity("France", "country", "FRA");
    Entity("Germany", "country", "DEU");
    Alias("Deutschland", "Germany");
    Predicate("criticizes", "DISAPPROVE");
    Triple("France", "criticizes", "Germany");
    Triple({"Germany", "praises", "Spain", "actor", 2, /*negated=*/true});
    Triple({"Paris", "meets", "Berlin", "mention"});
    // The fixture writes outside transactions: raise the version as a
    // writer would, so that the data above has a version of its own.
    Write(store(), "SELECT 1");
  }
  std::string SnapshotFile(TripleLevel level = TripleLevel::kActor) const { return SnapshotPath(db_path(), level); }

  // Overwrites `size` bytes at `offset` of the actor snapshot.
  void Patch(uint64_t offset, const void* bytes, size_t size) {
    std::fstream f(SnapshotFile(), std::ios::in | std::ios::out | std::ios::binary);
    f.seekp(static_cast<std::streamoff>(offset));
    f.write(static_cast<const char*>(bytes), static_cast<std::streamsize>(size));
  }

  // Opens the store's graph expecting one warning that contains `why`, and
  // a graph and a file as good as new.
  void ExpectRebuilt(const std::string& why) {
    Opened again = Open(store());
    REQUIRE(again.warnings.size() == 1);
    CHECK_MESSAGE(again.warnings[0].find(why) != std::string::npos, again.warnings[0]);
    test::CheckSameGraph(*again.graph, *Load());
    CHECK(ReadSnapshotHeader(SnapshotFile()).ok());
    CHECK(Open(store()).warnings.empty());
  }
};

}  // namespace

TEST_CASE_FIXTURE(SnapshotFixture, "a graph mapped from its snapshot is the graph loaded from the store, at both levels") {
  for (TripleLevel level : {TripleLevel::kActor, TripleLevel::kMention}) {
    CAPTURE(TripleLevelName(level));
    Opened first = Open(store(), level);  // loads and writes the snapshot
    CHECK(first.warnings.empty());
    REQUIRE(fs::exists(SnapshotFile(level)));
    auto mapped = MapSnapshot(SnapshotFile(level));
    REQUIRE_MESSAGE(mapped.ok(), mapped.status().message());
    auto loaded = Load(level);
    test::CheckSameGraph(**mapped, *loaded);
    Opened second = Open(store(), level);
    CHECK(second.warnings.empty());
    test::CheckSameGraph(*second.graph, *loaded);
    CHECK(second.graph->store_version().data_version == (*mapped)->store_version().data_version);
  }
  Opened actor = Open(store());
  const KnowledgeGraph& g = *actor.graph;
  CHECK(g.Find("deutschland") == g.Find("Germany"));
  CHECK(g.code(V(g, "France")) == "FRA");
  bool negated = false;
  for (EdgeId e = 0; e < g.num_edges(); ++e) negated |= g.edge(e).negated != 0;
  CHECK(negated);  // the negated flag of each edge is kept
  CHECK(g.num_negated_edges() == 1);  // and their count, without a scan
  CHECK_FALSE(g.IsStale(store()).value());
}

TEST_CASE_FIXTURE(SnapshotFixture, "a snapshot older than the store's last write is never used") {
  Opened before = Open(store());
  size_t edges = before.graph->num_edges();
  Write(store(), "INSERT INTO entities(name, type) VALUES ('Italy', 'country')");
  Write(store(),
        "INSERT INTO triples(subject_id, predicate_id, object_id, level, evidence_count) "
        "SELECT (SELECT id FROM entities WHERE name = 'Italy'), (SELECT id FROM predicates WHERE name = 'criticizes'), "
        "(SELECT id FROM entities WHERE name = 'France'), 'actor', 1");
  auto status = CheckSnapshot(store(), TripleLevel::kActor);
  REQUIRE(status.ok());
  CHECK(status->state == SnapshotState::kStale);
  Opened after = Open(store());
  CHECK(after.warnings.empty());  // stale is normal after a write: no warning
  CHECK(after.graph->num_edges() == edges + 1);
  CHECK(after.graph->Find("Italy"));
  test::CheckSameGraph(*after.graph, *Load());
  CHECK(CheckSnapshot(store(), TripleLevel::kActor)->state == SnapshotState::kCurrent);
}

TEST_CASE_FIXTURE(SnapshotFixture, "a truncated snapshot is rebuilt with a warning") {
  Open(store());
  fs::resize_file(SnapshotFile(), fs::file_size(SnapshotFile()) - 100);
  CHECK(CheckSnapshot(store(), TripleLevel::kActor)->state == SnapshotState::kDamaged);
  ExpectRebuilt("cut off");
}

TEST_CASE_FIXTURE(SnapshotFixture, "a snapshot cut off inside its header is rebuilt") {
  Open(store());
  fs::resize_file(SnapshotFile(), 40);
  ExpectRebuilt("shorter than its header");
}

TEST_CASE_FIXTURE(SnapshotFixture, "a snapshot whose header or section table was changed fails its checksum") {
  Open(store());
  SUBCASE("header") {
    const int64_t version = 12345;
    Patch(offsetof(snapshot::Header, data_version), &version, sizeof version);
  }
  SUBCASE("section table") {
    const uint64_t offset = 4096 * 7;
    Patch(sizeof(snapshot::Header) + offsetof(snapshot::SectionEntry, offset), &offset, sizeof offset);
  }
  ExpectRebuilt("checksum");
}

TEST_CASE_FIXTURE(SnapshotFixture, "a file that is not a snapshot is rebuilt") {
  Open(store());
  { std::ofstream(SnapshotFile(), std::ios::binary | std::ios::trunc) << std::string(500, 'x'); }
  ExpectRebuilt("wrong magic");
}

TEST_CASE_FIXTURE(SnapshotFixture, "a snapshot of another layout version is refused and rebuilt") {
  Open(store());
  const uint32_t future = snapshot::kLayoutVersion + 1;
  Patch(offsetof(snapshot::Header, layout_version), &future, sizeof future);
  auto mapped = MapSnapshot(SnapshotFile());
  REQUIRE_FALSE(mapped.ok());
  CHECK(mapped.status().code() == Status::Code::kUnsupported);
  ExpectRebuilt("layout version");
}

TEST_CASE_FIXTURE(SnapshotFixture, "a reader keeps its answers while a writer replaces the snapshot") {
  Open(store());                   // writes the snapshot
  Opened mapped = Open(store());   // maps it
  auto before = Load();
  Write(store(), "INSERT INTO entities(name, type) VALUES ('Italy', 'country')");
  Opened writer = Open(store());  // renames a new snapshot over the old
  CHECK(writer.graph->Find("Italy"));
  CHECK_FALSE(mapped.graph->Find("Italy"));
  test::CheckSameGraph(*mapped.graph, *before);
  CHECK(mapped.graph->IsStale(store()).value());
}

TEST_CASE_FIXTURE(SnapshotFixture, "two openers at once agree and leave one valid snapshot") {
  // Each with its own connection, as two processes have.
  std::vector<std::unique_ptr<KnowledgeGraph>> graphs(2);
  std::vector<std::vector<std::string>> warnings(2);
  std::vector<std::thread> threads;
  for (int i = 0; i < 2; ++i) {
    threads.emplace_back([&, i] {
      auto own = Store::Open(db_path(), StoreOptions{.read_only = true});
      if (!own.ok()) return;
      OpenOptions options;
      options.warn = [&](std::string_view line) { warnings[i].emplace_back(line); };
      auto g = OpenGraph(**own, options);
      if (g.ok()) graphs[i] = std::move(g).value();
    });
  }
  for (auto& t : threads) t.join();
  REQUIRE(graphs[0]);
  REQUIRE(graphs[1]);
  CHECK(warnings[0].empty());
  CHECK(warnings[1].empty());
  test::CheckSameGraph(*graphs[0], *graphs[1]);
  std::vector<std::string> files;
  for (const auto& entry : fs::directory_iterator(fs::path(db_path()).parent_path())) {
    if (entry.path().filename().string().find(".graph") != std::string::npos) files.push_back(entry.path().string());
  }
  REQUIRE(files.size() == 1);  // no temporary file left behind
  CHECK(files[0] == SnapshotFile());
  CHECK(CheckSnapshot(store(), TripleLevel::kActor)->state == SnapshotState::kCurrent);
}
