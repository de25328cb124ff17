// Builds small stores for the graph tests by inserting rows directly, so
// the tests do not depend on the importer or the ingester.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "graph/knowledge_graph.h"
#include "schema/store.h"
#include "tests/test_util.h"

namespace kg::test {

struct TestTriple {
  std::string subject, predicate, object;
  std::string level = "actor";
  int evidence_count = 1;
  bool negated = false;
};

class GraphFixture {
 public:
  GraphFixture();
  // Entities are created on first use, as type 'other' unless declared.
  void Entity(const std::string& name, const std::string& type, const std::string& code = "");
  void Alias(const std::string& alias, const std::string& entity);
  void Predicate(const std::string& name, const std::string& category);
  int64_t Triple(const TestTriple& t);
  int64_t Triple(const std::string& s, const std::string& p, const std::string& o) { return Triple({s, p, o}); }
  // A document with one sentence that is the evidence of `triple_id`.
  void Evidence(int64_t triple_id, const std::string& doc_key, const std::string& text);

  std::unique_ptr<graph::KnowledgeGraph> Load(graph::TripleLevel level = graph::TripleLevel::kActor);
  graph::VertexId V(const graph::KnowledgeGraph& g, const std::string& name);
  Store& store() { return *store_; }
  const std::string& db_path() const { return db_path_; }

 private:
  int64_t EntityId(const std::string& name);
  int64_t PredicateId(const std::string& name);
  TempDir dir_;
  std::string db_path_;
  std::unique_ptr<Store> store_;
};

// True when Graphviz's `dot` is on PATH: tests that render a picture skip
// that part without it.
bool HaveGraphviz();

// Checks that two graphs hold the same arrays, element by element (every
// EdgeInfo field, every pool string, the name index), predicates and level.
void CheckSameGraph(const graph::KnowledgeGraph& a, const graph::KnowledgeGraph& b);

}  // namespace kg::test
