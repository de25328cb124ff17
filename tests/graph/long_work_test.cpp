// Long graph commands end to end: kg path --simple, kg rank --by
// betweenness and kg components stop at --timeout, on Ctrl-C, and show
// progress on a terminal.
#include <doctest/doctest.h>

#include <string>

#include "tests/graph/graph_fixture.h"
#include "tests/repl/pty_session.h"

using kg::test::GraphFixture;
using kg::test::Has;
using kg::test::PtySession;
using kg::test::RunKg;

namespace {

// A clique of `size` entities with Start hanging off one member and End off
// another: between Start and End there are more simple paths of 12 hops than
// any search can list, so only a bound ends it.
void CliqueBetween(GraphFixture& f, int size) {
  for (int i = 0; i < size; ++i) {
    for (int j = i + 1; j < size; ++j) f.Triple("C" + std::to_string(i), "meets", "C" + std::to_string(j));
  }
  f.Triple("Start", "meets", "C0");
  f.Triple("C1", "meets", "End");
}

// --limit high enough that only time (or the step cap) can stop the search.
const char* kNoLimit = "100000000";

}  // namespace

TEST_CASE("kg path --simple stops at --timeout with a message naming it") {
  GraphFixture f;
  CliqueBetween(f, 14);
  auto r = RunKg({"--db", f.db_path(), "path", "Start", "End", "--simple", "--max-hops", "12", "--limit", kNoLimit,
                  "--timeout", "0.01"});
  CHECK(r.exit_code == 1);
  CHECK(Has(r.err, "the simple-path search ran out of time (--timeout"));
  CHECK(r.out.empty());
  auto negative = RunKg({"--db", f.db_path(), "path", "Start", "End", "--simple", "--timeout", "-1"});
  CHECK(negative.exit_code == 2);
}

TEST_CASE("kg path --simple shows progress on a terminal and Ctrl-C cancels it") {
  GraphFixture f;
  CliqueBetween(f, 30);
  PtySession session({KG_BINARY, "--db", f.db_path(), "path", "Start", "End", "--simple", "--max-hops", "12",
                      "--limit", kNoLimit, "--timeout", "0"},
                     {"TERM=xterm", "NO_COLOR=1"});
  REQUIRE(session.WaitFor("simple paths: "));
  session.Send("\x03");
  CHECK(session.WaitFor("kg: the simple-path search cancelled (Ctrl-C)"));
  CHECK(session.WaitExit() == 1);
}

TEST_CASE("kg path --simple -q draws no progress on a terminal") {
  GraphFixture f;
  CliqueBetween(f, 30);
  PtySession session({KG_BINARY, "--db", f.db_path(), "path", "Start", "End", "--simple", "--max-hops", "12",
                      "--limit", kNoLimit, "--timeout", "0.6", "-q"},
                     {"TERM=xterm", "NO_COLOR=1"});
  CHECK(session.WaitFor("kg: "));  // out of time, or out of search steps
  CHECK(session.WaitExit() == 1);
  CHECK_FALSE(Has(session.transcript(), "simple paths: "));
}

TEST_CASE("kg rank --by betweenness stops at --timeout and keeps its scores otherwise") {
  GraphFixture f;
  for (int i = 0; i < 60; ++i) {
    for (int j = i + 1; j < 60; j += 3) f.Triple("V" + std::to_string(i), "meets", "V" + std::to_string(j));
  }
  auto slow = RunKg({"--db", f.db_path(), "rank", "--by", "betweenness", "--timeout", "0.000001"});
  CHECK(slow.exit_code == 1);
  CHECK(Has(slow.err, "betweenness ran out of time"));
  auto done = RunKg({"--db", f.db_path(), "rank", "--by", "betweenness", "--top", "1", "--format", "json"});
  CHECK(done.exit_code == 0);
  CHECK(Has(done.out, "{\"measure\":\"betweenness\",\"ranked\":[{\"rank\":1,"));
}

TEST_CASE("kg components takes --timeout as the other long graph commands do") {
  GraphFixture f;
  for (int i = 0; i < 50; ++i) f.Triple("V" + std::to_string(i), "meets", "V" + std::to_string(i + 1));
  // A budget of 1 ns is spent before the first check, whatever the machine.
  auto late = RunKg({"--db", f.db_path(), "components", "--timeout", "0.000000001"});
  CHECK(late.exit_code == 1);
  CHECK(Has(late.err, "kg: components ran out of time (--timeout; 0 = none)"));
  CHECK(late.out.empty());
  auto negative = RunKg({"--db", f.db_path(), "components", "--timeout", "-1"});
  CHECK(negative.exit_code == 2);
  auto none = RunKg({"--db", f.db_path(), "components", "--timeout", "0"});
  CHECK(none.exit_code == 0);
  CHECK(Has(none.out, "1 components of 51 entities"));
  auto help = RunKg({"components", "--help"});
  CHECK(Has(help.out, "--timeout"));
}

TEST_CASE("kg components on a terminal: quick work draws no progress line and prints its answer") {
  GraphFixture f;
  f.Triple("A", "meets", "B");
  PtySession session({KG_BINARY, "--db", f.db_path(), "components"}, {"TERM=xterm", "NO_COLOR=1"});
  CHECK(session.WaitFor("1 components of 2 entities"));
  CHECK(session.WaitExit() == 0);
  CHECK_FALSE(Has(session.transcript(), "components: "));
}
