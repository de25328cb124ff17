// Unit tests of the front end: tokens, the parser's errors, parameters and
// statement splitting.
#include <doctest/doctest.h>

#include "query/lexer.h"
#include "query/parser.h"
#include "query/query_engine.h"
#include "query/binder.h"
#include "query/planner.h"
#include "query/query_limits.h"
#include "tests/graph/graph_fixture.h"

using namespace kg::query;

TEST_CASE("the lexer skips comments and keeps ranges apart from floats") {
  auto tokens = Tokenize("MATCH /* c */ (a)-[*1..3]->(b) // tail\nRETURN 1.5, 'it\\'s'");
  REQUIRE(tokens.ok());
  std::vector<TokenKind> kinds;
  for (const auto& t : *tokens) kinds.push_back(t.kind);
  CHECK(kinds[6] == TokenKind::kStar);
  CHECK(kinds[7] == TokenKind::kInteger);
  CHECK(kinds[8] == TokenKind::kDotDot);
  CHECK((*tokens)[tokens->size() - 2].text == "it's");
  CHECK((*tokens)[tokens->size() - 4].kind == TokenKind::kFloat);
}

TEST_CASE("an unclosed string names where it starts") {
  auto tokens = Tokenize("MATCH (a)\nRETURN 'abc");
  REQUIRE_FALSE(tokens.ok());
  CHECK(tokens.status().message().find("line 2, column 8") == 0);
  CHECK(tokens.status().message().find("never closed") != std::string::npos);
}

TEST_CASE("a syntax error echoes the line with a caret under the token") {
  auto st = ParseStatement("MATCH (a:Country\nRETURN a");
  REQUIRE_FALSE(st.ok());
  const std::string& m = st.status().message();
  CHECK(m.find("line 2, column 1: syntax error: expected") == 0);
  CHECK(m.find("but found 'RETURN'") != std::string::npos);
  CHECK(m.find("\n  RETURN a\n  ^") != std::string::npos);
}

TEST_CASE("keywords are case-insensitive and EXPLAIN is recognised") {
  auto st = ParseStatement("explain match (a) where a.name starts with 'I' return distinct a.name as n order by n desc skip 1 limit 2;");
  REQUIRE(st.ok());
  CHECK(st->explain);
  CHECK(st->distinct);
  CHECK(st->items[0].column == "n");
  CHECK(st->order_by[0].descending);
}

TEST_CASE("deeply nested input is refused, not a stack overflow") {
  std::string text = "MATCH (a) RETURN " + std::string(5000, '(') + "1" + std::string(5000, ')');
  auto st = ParseStatement(text);
  REQUIRE_FALSE(st.ok());
  CHECK(st.status().message().find("nested too deeply") != std::string::npos);
  // Each WITH nests the statement a level deeper for the binder and planner.
  std::string withs;
  for (int i = 0; i < 5000; ++i) withs += "WITH 1 AS x ";
  st = ParseStatement(withs + "RETURN x");
  REQUIRE_FALSE(st.ok());
  CHECK(st.status().message().find("too many WITH clauses") != std::string::npos);
  withs.clear();
  for (int i = 0; i < 100; ++i) withs += "WITH 1 AS x ";
  CHECK(ParseStatement(withs + "RETURN x").ok());
}

// A pattern of n hops, (n0)-->(n1)-->...: one line.
std::string Hops(size_t n) {
  std::string text = "MATCH (a)";
  for (size_t i = 0; i < n; ++i) text += "-->()";
  return text + " RETURN a";
}

TEST_CASE("statement size and pattern length are bounded before any work, with line and column") {
  CHECK(ParseStatement(Hops(StatementLimits::kMaxPatternRelationships)).ok());
  // One hop too many: the error points at the relationship over the bound.
  auto st = ParseStatement(Hops(StatementLimits::kMaxPatternRelationships + 1));
  REQUIRE_FALSE(st.ok());
  const size_t column = std::string("MATCH (a)").size() + 5 * StatementLimits::kMaxPatternRelationships + 1;
  CHECK(st.status().message().find("line 1, column " + std::to_string(column) + ": a pattern may have at most 100 relationships") == 0);
  // Many short patterns: bounded in number too.
  std::string many = "MATCH (a)";
  for (size_t i = 0; i < StatementLimits::kMaxPatternElements; ++i) many += ", ()";
  st = ParseStatement(many + " RETURN a");
  REQUIRE_FALSE(st.ok());
  CHECK(st.status().message().find("at most 1000 node and relationship patterns") != std::string::npos);
  // A text over the size bound is refused before it is tokenized; the error
  // shows a window of the line, not all of it.
  std::string big = "RETURN 1\n" + std::string(StatementLimits::kMaxBytes, ' ');
  st = ParseStatement(big, SourcePos{0, 7, 1});
  REQUIRE_FALSE(st.ok());
  CHECK(st.status().message().find("line 8, column " + std::to_string(StatementLimits::kMaxBytes - 9 + 1)) == 0);
  CHECK(st.status().message().find("bytes long") != std::string::npos);
  CHECK(st.status().message().size() < 1000);
}

TEST_CASE("a long pattern is planned in memory linear in its length") {
  // Each step of a MATCH used to copy every earlier relationship slot (the
  // ones its edge must differ from): memory grew with the square of the
  // pattern. The steps now share one list and keep how much of it is theirs.
  kg::test::GraphFixture f;
  f.Triple("Iran", "supports", "Syria");
  auto graph = f.Load();
  const std::string text = Hops(StatementLimits::kMaxPatternRelationships);
  auto st = ParseStatement(text);
  REQUIRE(st.ok());
  auto bound = Bind(*st, text, *graph);
  REQUIRE(bound.ok());
  Plan plan = PlanQuery(std::make_unique<BoundQuery>(std::move(*bound)));
  const std::vector<int>* shared = nullptr;
  size_t expands = 0;
  for (const PlanStep& step : plan.steps) {
    if (step.kind != PlanStep::Kind::kExpand) continue;
    if (!shared) shared = step.match_rels.get();
    CHECK(step.match_rels.get() == shared);
    CHECK(step.distinct_from().size() == expands++);
  }
  CHECK(expands == StatementLimits::kMaxPatternRelationships);
}

TEST_CASE("--param values are typed") {
  CHECK(ParseParameter("n=3")->second == Value::Int(3));
  CHECK(ParseParameter("x=2.5")->second == Value::Float(2.5));
  CHECK(ParseParameter("b=true")->second == Value::Bool(true));
  CHECK(ParseParameter("z=null")->second.is_null());
  CHECK(ParseParameter("s='42'")->second == Value::String("42"));
  CHECK(ParseParameter("name=Russia")->second == Value::String("Russia"));
  CHECK(ParseParameter("xs=[1, \"a\", null]")->second ==
        Value::List({Value::Int(1), Value::String("a"), Value()}));
  CHECK(ParseParameter("m={\"k\": [true, 2.5]}")->second ==
        Value::Map({{"k", Value::List({Value::Bool(true), Value::Float(2.5)})}}));
  auto bad = ParseParameter("xs=[1,}");
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.status().message() == "--param 'xs=[1,}': invalid JSON at character 4 of the value: Invalid value.");
  CHECK_FALSE(ParseParameter("=3").ok());
  CHECK_FALSE(ParseParameter("novalue").ok());
}

TEST_CASE("pattern predicates, EXISTS and pattern comprehensions parse as subqueries, and parentheses stay expressions") {
  using Kind = ast::Expr::Kind;
  auto where_kind = [](const std::string& text) {
    auto st = ParseStatement(text);
    REQUIRE_MESSAGE(st.ok(), st.status().message());
    return st->matches[0].where->kind;
  };
  CHECK(where_kind("MATCH (a) WHERE (a)-[:criticizes]->() RETURN a") == Kind::kPatternPredicate);
  CHECK(where_kind("MATCH (a) WHERE (a)<--() RETURN a") == Kind::kPatternPredicate);
  CHECK(where_kind("MATCH (a) WHERE (a:Country {name: 'x'})--() RETURN a") == Kind::kPatternPredicate);
  CHECK(where_kind("MATCH (a) WHERE EXISTS { MATCH (a)-->(b) WHERE b.name = 'x' } RETURN a") == Kind::kExists);
  CHECK(where_kind("MATCH (a) WHERE (a) = (a) RETURN a") == Kind::kBinary);
  CHECK(where_kind("MATCH (a) WHERE (a:Country) RETURN a") == Kind::kHasLabels);
  CHECK(where_kind("MATCH (a) WHERE (a.x) < -1 RETURN a") == Kind::kBinary);

  auto st = ParseStatement("MATCH (a) RETURN [p = (a)-[*1..2]->(b) WHERE b:Country | length(p)] AS n");
  REQUIRE(st.ok());
  const ast::Expr& comprehension = *st->items[0].expr;
  CHECK(comprehension.kind == Kind::kPatternComprehension);
  CHECK(comprehension.name == "[p = (a)-[*1..2]->(b) WHERE b:Country | length(p)]");
  CHECK(comprehension.match->patterns[0].path_variable == "p");
  REQUIRE(comprehension.match->where);
  CHECK(comprehension.children[0]->kind == Kind::kFunction);
}

TEST_CASE("telling a pattern from parentheses scans tokens once: nested maps in parentheses parse at once") {
  // ( {k: ( {k: ... 1 } ) } ): were each '(' parsed as a node first and
  // then again as an expression, 60 levels would take 2^60 steps.
  std::string text = "RETURN ";
  const int depth = 60;
  for (int i = 0; i < depth; ++i) text += "({k: ";
  text += "1";
  for (int i = 0; i < depth; ++i) text += "}).k";
  auto st = ParseStatement(text);
  CHECK_MESSAGE(st.ok(), st.status().message());
}
