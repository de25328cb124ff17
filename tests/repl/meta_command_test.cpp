#include <doctest/doctest.h>

#include "query/repl/meta_command.h"
#include "query/repl/text_util.h"

using namespace kg::repl;

TEST_CASE("meta-command lines start with ':' or '.'") {
  CHECK(IsMetaCommandLine(":help"));
  CHECK(IsMetaCommandLine("  .quit"));
  CHECK_FALSE(IsMetaCommandLine("MATCH (n) RETURN n;"));
  CHECK_FALSE(IsMetaCommandLine(""));
}

TEST_CASE("arguments are split on blanks and may be quoted") {
  auto cmd = ParseMetaCommand(R"(:path "United States" 'Côte d\'Ivoire')");
  REQUIRE(cmd.ok());
  CHECK(cmd->spec->name == "path");
  CHECK(cmd->args == std::vector<std::string>{"United States", "Côte d'Ivoire"});
}

TEST_CASE("aliases and the sqlite3 dot find the same command") {
  for (const char* line : {":exit", ".quit", ":Q", ".q"}) {
    auto cmd = ParseMetaCommand(line);
    REQUIRE(cmd.ok());
    CHECK(cmd->spec->name == "quit");
  }
  auto cmd = ParseMetaCommand(":neighbors Israel 2");
  REQUIRE(cmd.ok());
  CHECK(cmd->spec->name == "neighbours");
  CHECK(cmd->args == std::vector<std::string>{"Israel", "2"});
}

TEST_CASE("a wrong number of arguments gets the usage line") {
  auto cmd = ParseMetaCommand(":path Israel");
  REQUIRE_FALSE(cmd.ok());
  CHECK(cmd.status().message() == "usage: :path A B");
  CHECK_FALSE(ParseMetaCommand(":evidence A b C D").ok());
  CHECK_FALSE(ParseMetaCommand(":quit now").ok());
}

TEST_CASE("an unknown command suggests the nearest one") {
  auto cmd = ParseMetaCommand(":pth A B");
  REQUIRE_FALSE(cmd.ok());
  CHECK(cmd.status().message() == "unknown command :pth (did you mean :path?)");
  CHECK(*NearestMetaCommand("neighbour") == "neighbours");
  CHECK(*NearestMetaCommand("shcema") == "schema");
  CHECK(*NearestMetaCommand("formt") == "format");
  CHECK(*NearestMetaCommand("exprt") == "export");
  CHECK(*NearestMetaCommand("evid") == "evidence");
}

TEST_CASE("nothing is suggested for a word far from every command") {
  CHECK_FALSE(NearestMetaCommand("xyzzyplugh").has_value());
  auto cmd = ParseMetaCommand(":xyzzyplugh");
  REQUIRE_FALSE(cmd.ok());
  CHECK(cmd.status().message() == "unknown command :xyzzyplugh (:help lists them)");
}

TEST_CASE("malformed meta-command lines are refused with a reason") {
  CHECK(ParseMetaCommand(":").status().message().find("expected a command name") != std::string::npos);
  CHECK(ParseMetaCommand(":path \"United States").status().message().find("unterminated quote") !=
        std::string::npos);
}

TEST_CASE("edit distance") {
  CHECK(EditDistance("", "") == 0);
  CHECK(EditDistance("path", "path") == 0);
  CHECK(EditDistance("pth", "path") == 1);
  CHECK(EditDistance("kitten", "sitting") == 3);
  CHECK(EditDistance("", "abc") == 3);
}

TEST_CASE("quoting of arguments") {
  CHECK(QuoteIfNeeded("Israel") == "Israel");
  CHECK(QuoteIfNeeded("United States") == "\"United States\"");
  CHECK(QuoteIfNeeded("say \"hi\"") == R"("say \"hi\"")");
  CHECK(QuoteIfNeeded("") == "\"\"");
}

TEST_CASE(":param takes its value as typed, quotes and blanks included") {
  auto cmd = ParseMetaCommand(R"(:param names ["Iran", "United States"])");
  REQUIRE(cmd.ok());
  CHECK(cmd->spec->name == "param");
  CHECK(cmd->args == std::vector<std::string>{"names", R"(["Iran", "United States"])"});
  // An apostrophe inside a quoted value is the value's own, not an open quote.
  cmd = ParseMetaCommand(":param place 'Côte d'Ivoire'  ");
  REQUIRE(cmd.ok());
  CHECK(cmd->args == std::vector<std::string>{"place", "'Côte d'Ivoire'"});
  cmd = ParseMetaCommand(":param x");
  REQUIRE(cmd.ok());
  CHECK(cmd->args == std::vector<std::string>{"x"});
  CHECK(ParseMetaCommand(":param").status().message() == "usage: :param NAME [VALUE]");
}
