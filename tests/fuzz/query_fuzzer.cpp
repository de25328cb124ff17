// libFuzzer target: any bytes through the lexer, parser and binder must
// give a statement or an error, never a crash or a hang.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "graph/knowledge_graph.h"
#include "query/binder.h"
#include "query/parser.h"
#include "schema/store.h"

namespace {

// The graph of an empty database: the binder's checks of names, labels and
// relationship types still run against it.
const kg::graph::KnowledgeGraph& EmptyGraph() {
  static const kg::graph::KnowledgeGraph* graph = [] {
    char dir[] = "/tmp/kg-fuzz-XXXXXX";
    if (!mkdtemp(dir)) std::abort();
    auto store = kg::Store::Open(std::string(dir) + "/empty.db", kg::StoreOptions{});
    if (!store.ok()) std::abort();
    auto loaded = kg::graph::KnowledgeGraph::Load(**store);
    if (!loaded.ok()) std::abort();
    return std::move(*loaded).release();
  }();
  return *graph;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  auto statement = kg::query::ParseStatement(text);
  if (!statement.ok()) return 0;
  (void)kg::query::Bind(*statement, text, EmptyGraph());
  return 0;
}
