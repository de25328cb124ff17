#include <doctest/doctest.h>

#include "query/repl/statement_splitter.h"

using kg::repl::StatementSplitter;
using Statements = std::vector<std::string>;

TEST_CASE("a statement ends at its semicolon") {
  StatementSplitter s;
  CHECK(s.AddLine("MATCH (n) RETURN n;") == Statements{"MATCH (n) RETURN n"});
  CHECK_FALSE(s.pending());
}

TEST_CASE("a statement may span lines and keeps its line breaks") {
  StatementSplitter s;
  CHECK(s.AddLine("MATCH (n)").empty());
  CHECK(s.pending());
  CHECK(s.AddLine("  RETURN n").empty());
  CHECK(s.AddLine(";") == Statements{"MATCH (n)\n  RETURN n"});
  CHECK_FALSE(s.pending());
}

TEST_CASE("several statements on one line") {
  StatementSplitter s;
  CHECK(s.AddLine("RETURN 1; RETURN 2 ;RETURN 3") == Statements{"RETURN 1", "RETURN 2"});
  CHECK(s.pending());
  CHECK(s.TakeRest() == "RETURN 3");
  CHECK_FALSE(s.pending());
}

TEST_CASE("semicolons inside strings, names and comments do not end a statement") {
  StatementSplitter s;
  CHECK(s.AddLine("RETURN 'a;b', \"c;d\", `e;f` // g;h").empty());
  CHECK(s.AddLine("/* i; */;") == Statements{"RETURN 'a;b', \"c;d\", `e;f` // g;h\n/* i; */"});
}

TEST_CASE("escaped quotes stay inside their string") {
  StatementSplitter s;
  CHECK(s.AddLine(R"(RETURN 'it\'s;', "say \";\"";)") == Statements{R"(RETURN 'it\'s;', "say \";\"")"});
  CHECK(s.AddLine(R"(RETURN 'back\\';)") == Statements{R"(RETURN 'back\\')"});
}

TEST_CASE("strings and block comments may span lines") {
  StatementSplitter s;
  CHECK(s.AddLine("RETURN 'one;").empty());
  CHECK(s.AddLine("two';").size() == 1);
  CHECK(s.AddLine("/* a comment;").empty());
  CHECK(s.pending());
  CHECK(s.AddLine("still; */ RETURN 1;") == Statements{"/* a comment;\nstill; */ RETURN 1"});
}

TEST_CASE("a line comment ends with its line") {
  StatementSplitter s;
  CHECK(s.AddLine("RETURN 1 // note").empty());
  CHECK(s.AddLine(";") == Statements{"RETURN 1 // note"});
}

TEST_CASE("empty statements and lone comments are dropped") {
  StatementSplitter s;
  CHECK(s.AddLine(";;  ;").empty());
  CHECK(s.AddLine("// only a comment").empty());
  CHECK_FALSE(s.pending());
  CHECK(s.AddLine("/* only */ ;").empty());
  CHECK(s.TakeRest().empty());
}

TEST_CASE("Clear forgets a half-typed statement, even inside a string") {
  StatementSplitter s;
  CHECK(s.AddLine("RETURN 'open").empty());
  s.Clear();
  CHECK_FALSE(s.pending());
  CHECK(s.AddLine("RETURN 2;") == Statements{"RETURN 2"});
}
