#include <doctest/doctest.h>

#include "query/repl/completion.h"

using namespace kg::repl;
using Words = std::vector<std::string>;

namespace {

CompletionWords Vocabulary() {
  CompletionWords w;
  w.keywords = {"MATCH", "RETURN", "WHERE", "LIMIT", "ORDER", "OPTIONAL"};
  w.labels = {"Country", "Person", "Organization"};
  w.predicates = {"criticizes", "cooperates_with", "meets"};
  w.entities = {"Israel", "Iran", "United States", "United Kingdom", "Russia"};
  w.export_formats = {"dot", "graphml", "json"};
  w.node_properties = {"name", "type", "code", "sector"};
  w.edge_properties = {"category", "cameo", "count", "first_date", "last_date", "negated"};
  return w;
}

}  // namespace

TEST_CASE("keywords complete in the case being typed") {
  auto c = Complete("MAT", Vocabulary());
  CHECK(c.start == 0);
  CHECK(c.candidates == Words{"MATCH"});
  c = Complete("match (n) ret", Vocabulary());
  CHECK(c.start == 10);
  CHECK(c.candidates == Words{"return"});
  CHECK(Complete("MATCH (n) O", Vocabulary()).candidates == Words{"OPTIONAL", "ORDER"});
}

TEST_CASE("a Tab on a blank offers nothing") {
  CHECK(Complete("MATCH (n) ", Vocabulary()).candidates.empty());
}

TEST_CASE("labels after ':' in a node, predicates after ':' in a relationship") {
  auto c = Complete("MATCH (n:Co", Vocabulary());
  CHECK(c.start == 9);
  CHECK(c.candidates == Words{"Country"});
  c = Complete("MATCH (a)-[r:c", Vocabulary());
  CHECK(c.candidates == Words{"cooperates_with", "criticizes"});
  c = Complete("MATCH (a)-[:criticizes|m", Vocabulary());
  CHECK(c.candidates == Words{"meets"});
  CHECK(Complete("MATCH (a)-[r]->(b:P", Vocabulary()).candidates == Words{"Person"});
}

TEST_CASE("entity names complete inside a string, multi-word ones whole") {
  auto c = Complete("MATCH (a {name: \"Unit", Vocabulary());
  CHECK(c.start == 16);
  CHECK(c.candidates == Words{"\"United Kingdom\"", "\"United States\""});
  c = Complete("MATCH (a {name: 'isr", Vocabulary());
  CHECK(c.candidates == Words{"'Israel'"});
  CHECK(Complete("RETURN 'done', \"Ru", Vocabulary()).candidates == Words{"\"Russia\""});
}

TEST_CASE("meta-command names complete with their prefix") {
  auto c = Complete(":ne", Vocabulary());
  CHECK(c.start == 0);
  CHECK(c.candidates == Words{":neighbours"});
  CHECK(Complete(".ti", Vocabulary()).candidates == Words{".timer"});
  CHECK(Complete(":ex", Vocabulary()).candidates == Words{":expanded", ":export"});
}

TEST_CASE("meta-command arguments complete by position") {
  auto c = Complete(":path Isr", Vocabulary());
  CHECK(c.start == 6);
  CHECK(c.candidates == Words{"Israel"});
  c = Complete(":path Israel Unit", Vocabulary());
  CHECK(c.candidates == Words{"\"United Kingdom\"", "\"United States\""});
  c = Complete(":path Israel \"United S", Vocabulary());
  CHECK(c.start == 13);
  CHECK(c.candidates == Words{"\"United States\""});
  CHECK(Complete(":evidence Israel cr", Vocabulary()).candidates == Words{"criticizes"});
  CHECK(Complete(":format j", Vocabulary()).candidates == Words{"json"});
  CHECK(Complete(":timer ", Vocabulary()).candidates == Words{"off", "on"});
  CHECK(Complete(":params c", Vocabulary()).candidates == Words{"clear"});
  CHECK(Complete(":export g", Vocabulary()).candidates == Words{"graphml"});
  CHECK(Complete(":help pa", Vocabulary()).candidates == Words{"pager", "param", "params", "path"});
  CHECK(Complete(":neighbours Israel ", Vocabulary()).candidates.empty());
  CHECK(Complete(":path Israel Iran ", Vocabulary()).candidates.empty());
}

TEST_CASE("common prefix of candidates") {
  CHECK(CommonPrefix({}) == "");
  CHECK(CommonPrefix({"\"United Kingdom\"", "\"United States\""}) == "\"United ");
  CHECK(CommonPrefix({"abc"}) == "abc");
  // Statement strings keep the quote the user opened.
  CHECK(CommonPrefix({"'Iran'", "'Israel'"}) == "'I");
}

TEST_CASE(":path Isr completes to Israel when longer names share its start, bare names first") {
  CompletionWords w = Vocabulary();
  w.entities = {"Israeli settlers", "Israel", "Israel Defense Forces", "Iran"};
  auto c = Complete(":path Isr", w);
  CHECK(c.start == 6);
  CHECK(c.candidates == Words{"Israel", "\"Israel Defense Forces\"", "\"Israeli settlers\""});
  // One Tab inserts the shared name, bare; the next lists the three.
  CHECK(CommonPrefix(c.candidates) == "Israel");
  // Once the shared part has a blank, it opens the quote.
  w.entities = {"United", "United Kingdom", "United States"};
  CHECK(CommonPrefix(Complete(":neighbours Uni", w).candidates) == "United");
  CHECK(CommonPrefix({"\"United Kingdom\"", "United Kingdoms"}) == "\"United Kingdom");
  c = Complete(":evidence Israel criticizes Isr", Vocabulary());
  CHECK(c.candidates == Words{"Israel"});
}

TEST_CASE("properties complete after a variable and a dot") {
  auto c = Complete("MATCH (a)-[r]->(b) RETURN a.na", Vocabulary());
  CHECK(c.start == 28);
  CHECK(c.candidates == Words{"name"});
  // r is bound in a relationship: its properties, not a node's.
  CHECK(Complete("MATCH (a)-[r:criticizes]->(b) RETURN r.c", Vocabulary()).candidates ==
        Words{"cameo", "category", "count"});
  CHECK(Complete("MATCH (a) WHERE a.", Vocabulary()).candidates == Words{"code", "name", "sector", "type"});
  // Unbound: either kind.
  CHECK(Complete("RETURN x.n", Vocabulary()).candidates == Words{"name", "negated"});
  // A float's dot is not a property access.
  CHECK(Complete("RETURN 1.", Vocabulary()).candidates.empty());
}
