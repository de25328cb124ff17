// With ../shared present: the committed model still tags and parses UD
// English EWT dev as well as it did when it was trained, less a margin.
// The floors are a little below the figures in ingest/models/README.md;
// a change that costs more than that is a regression. Test figures are not
// checked here: EWT test is held out, read once per model by
// bench/parse_bench.sh.
#include <doctest/doctest.h>

#include "ingest/conllu/conllu_reader.h"
#include "ingest/syntax/syntax_model.h"
#include "ingest/syntax/treebank_evaluation.h"
#include "tests/test_util.h"

namespace {
// Measured for the committed model on dev (docs/syntax.md): LAS 81.66.
constexpr double kUposFloor = 94.3;
constexpr double kLasFloor = 81.0;
}  // namespace

TEST_CASE("the committed model keeps its UPOS and LAS on EWT dev") {
  std::string dev = kg::test::SharedFileOrSkip("treebanks/UD_English-EWT/en_ewt-ud-dev.conllu");
  if (dev.empty()) return;
  auto path = kg::syntax::FindSyntaxModel("");
  REQUIRE_MESSAGE(path.ok(), path.status().message());
  auto model = kg::syntax::SyntaxModel::Load(*path);
  REQUIRE_MESSAGE(model.ok(), model.status().message());
  auto gold = kg::ingest::ReadConlluFile(dev);
  REQUIRE(gold.ok());
  auto scores = kg::syntax::EvaluateOnGoldTokens(*model, *gold);
  REQUIRE(scores.ok());
  double upos = 100 * scores->upos.F1(), las = 100 * scores->las.F1();
  MESSAGE("EWT dev, gold tokens: UPOS " << upos << ", LAS " << las);
  CHECK(upos >= kUposFloor);
  CHECK(las >= kLasFloor);
}
