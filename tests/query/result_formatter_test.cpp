// FormatResult on results that hold only plain values and no graph (the
// REPL's meta-commands build such results): every format works.
#include "query/result_formatter.h"

#include <doctest/doctest.h>

#include <limits>

using kg::query::FormatResult;
using kg::query::OutputFormat;
using kg::query::ResultSet;
using kg::query::Value;

namespace {

ResultSet Counts() {
  ResultSet r;
  r.columns = {"predicate", "count", "share"};
  r.rows.push_back({Value::String("criticizes"), Value::Int(3), Value::Float(0.75)});
  r.rows.push_back({Value::String("meets_with"), Value(), Value::List({Value::Int(1), Value::String("x")})});
  return r;
}

}  // namespace

TEST_CASE("a result without a graph formats as table, CSV, JSON and DOT") {
  ResultSet r = Counts();
  REQUIRE(r.graph == nullptr);
  std::string table = FormatResult(r, OutputFormat::kTable);
  CHECK(table.find("criticizes") != std::string::npos);
  CHECK(table.find("(2 rows)") != std::string::npos);
  CHECK(FormatResult(r, OutputFormat::kCsv).find("criticizes,3,0.75") != std::string::npos);
  std::string json = FormatResult(r, OutputFormat::kJson);
  CHECK(json.find("\"criticizes\",3,0.75") != std::string::npos);
  CHECK(json.find("\"meets_with\",null,[1,\"x\"]") != std::string::npos);
  CHECK(FormatResult(r, OutputFormat::kDot).find("digraph") != std::string::npos);
}

TEST_CASE("JSON is valid with Infinity and NaN: they are strings") {
  ResultSet r;
  r.columns = {"a", "b", "c"};
  const double inf = std::numeric_limits<double>::infinity();
  r.rows.push_back({Value::Float(inf), Value::Float(-inf), Value::Float(std::numeric_limits<double>::quiet_NaN())});
  const std::string json = FormatResult(r, OutputFormat::kJson);
  CHECK(json.find("[\"Infinity\",\"-Infinity\",\"NaN\"]") != std::string::npos);
  CHECK(json.find(",,") == std::string::npos);
}

TEST_CASE("line format: one record per block, names right-aligned, a blank line between records") {
  std::string text = FormatResult(Counts(), OutputFormat::kLine);
  CHECK(text ==
        "predicate = criticizes\n"
        "    count = 3\n"
        "    share = 0.75\n"
        "\n"
        "predicate = meets_with\n"
        "    count = null\n"
        "    share = [1, 'x']\n"
        "\n"
        "(2 rows)\n");
  ResultSet none;
  none.columns = {"a"};
  CHECK(FormatResult(none, OutputFormat::kLine) == "(0 rows)\n");
}
