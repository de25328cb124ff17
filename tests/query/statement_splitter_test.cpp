#include <doctest/doctest.h>

#include "query/statement_splitter.h"

using kg::query::ScriptStatement;
using kg::query::SplitStatements;
using kg::query::StatementSplitter;
using Texts = std::vector<std::string>;

namespace {

// Feeds `lines` numbered from 1 and returns the texts completed by the last one.
Texts Feed(StatementSplitter& s, std::string_view line, int number = 1) {
  Texts out;
  for (const ScriptStatement& st : s.AddLine(line, number)) out.push_back(st.text);
  return out;
}

}  // namespace

TEST_CASE("a statement ends at its semicolon") {
  StatementSplitter s;
  CHECK(Feed(s, "MATCH (n) RETURN n;") == Texts{"MATCH (n) RETURN n"});
  CHECK_FALSE(s.pending());
}

TEST_CASE("a statement may span lines and keeps its line breaks") {
  StatementSplitter s;
  CHECK(Feed(s, "MATCH (n)").empty());
  CHECK(s.pending());
  CHECK(Feed(s, "  RETURN n").empty());
  CHECK(Feed(s, ";") == Texts{"MATCH (n)\n  RETURN n"});
  CHECK_FALSE(s.pending());
}

TEST_CASE("several statements on one line") {
  StatementSplitter s;
  CHECK(Feed(s, "RETURN 1; RETURN 2 ;RETURN 3") == Texts{"RETURN 1", "RETURN 2"});
  CHECK(s.pending());
  CHECK(s.TakeRest().text == "RETURN 3");
  CHECK_FALSE(s.pending());
}

TEST_CASE("semicolons inside strings, names and comments do not end a statement") {
  StatementSplitter s;
  CHECK(Feed(s, "RETURN 'a;b', \"c;d\", `e;f` // g;h").empty());
  CHECK(Feed(s, "/* i; */;") == Texts{"RETURN 'a;b', \"c;d\", `e;f` // g;h\n/* i; */"});
}

TEST_CASE("escaped quotes stay inside their string") {
  StatementSplitter s;
  CHECK(Feed(s, R"(RETURN 'it\'s;', "say \";\"";)") == Texts{R"(RETURN 'it\'s;', "say \";\"")"});
  CHECK(Feed(s, R"(RETURN 'back\\';)") == Texts{R"(RETURN 'back\\')"});
}

TEST_CASE("strings and block comments may span lines") {
  StatementSplitter s;
  CHECK(Feed(s, "RETURN 'one;").empty());
  CHECK(Feed(s, "two';") == Texts{"RETURN 'one;\ntwo'"});
  CHECK(Feed(s, "RETURN 1 /* a comment;").empty());
  CHECK(s.pending());
  CHECK(Feed(s, "still; */ + 2;") == Texts{"RETURN 1 /* a comment;\nstill; */ + 2"});
}

TEST_CASE("comments before a statement are not part of it") {
  StatementSplitter s;
  CHECK(Feed(s, "/* a comment;").empty());
  CHECK(s.pending());
  CHECK(Feed(s, "still; */ RETURN 1;") == Texts{"RETURN 1"});
  CHECK(Feed(s, "// note; RETURN 2").empty());
  CHECK_FALSE(s.pending());
}

TEST_CASE("a line comment ends with its line") {
  StatementSplitter s;
  CHECK(Feed(s, "RETURN 1 // note").empty());
  CHECK(Feed(s, ";") == Texts{"RETURN 1 // note"});
}

TEST_CASE("empty statements and lone comments are dropped") {
  StatementSplitter s;
  CHECK(Feed(s, ";;  ;").empty());
  CHECK(Feed(s, "// only a comment").empty());
  CHECK_FALSE(s.pending());
  CHECK(Feed(s, "/* only */ ;").empty());
  CHECK(s.TakeRest().text.empty());
}

TEST_CASE("Clear forgets a half-typed statement, even inside a string") {
  StatementSplitter s;
  CHECK(Feed(s, "RETURN 'open").empty());
  s.Clear();
  CHECK_FALSE(s.pending());
  CHECK(Feed(s, "RETURN 2;") == Texts{"RETURN 2"});
}

TEST_CASE("each statement knows the line and column of its first word") {
  StatementSplitter s;
  CHECK(s.AddLine("", 1).empty());
  CHECK(s.AddLine("/* heading */", 2).empty());
  CHECK(s.AddLine("  MATCH (n)", 3).empty());
  auto done = s.AddLine("RETURN n; RETURN 1;", 4);
  REQUIRE(done.size() == 2);
  CHECK(done[0].first_line == 3);
  CHECK(done[0].first_column == 3);
  CHECK(done[1].first_line == 4);
  CHECK(done[1].first_column == 11);
}

TEST_CASE("a whole script splits the same way, its last statement may lack the semicolon") {
  auto parts = SplitStatements("// first\nMATCH (a) RETURN 'x;y';\n\n/* ; */ MATCH (b)\nRETURN b;  \r\nRETURN 3");
  REQUIRE(parts.size() == 3);
  CHECK(parts[0].text == "MATCH (a) RETURN 'x;y'");
  CHECK(parts[0].first_line == 2);
  CHECK(parts[1].text == "MATCH (b)\nRETURN b");
  CHECK(parts[1].first_line == 4);
  CHECK(parts[2].text == "RETURN 3");
  CHECK(parts[2].first_line == 6);
  CHECK(SplitStatements("").empty());
  CHECK(SplitStatements("// nothing\n;\n").empty());
}
