// FitTable: a table narrowed to the terminal, long values cut with "…".
#include "query/repl/table_fit.h"

#include <doctest/doctest.h>

#include <sstream>
#include <string>

using kg::query::ResultSet;
using kg::query::Value;
using kg::repl::CutToWidth;
using kg::repl::FitTable;

namespace {

size_t CodePoints(const std::string& s) {
  size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

size_t WidestLine(const std::string& table) {
  std::istringstream lines(table);
  size_t widest = 0;
  for (std::string line; std::getline(lines, line);) widest = std::max(widest, CodePoints(line));
  return widest;
}

ResultSet Evidence() {
  ResultSet r;
  r.columns = {"subject", "sentence"};
  r.rows.push_back({Value::String("Israel"),
                    Value::String("Israeli Prime Minister Benjamin Netanyahu expressed his disapproval of the "
                                  "positions taken by Moscow's envoys at the Security Council on Tuesday.")});
  r.rows.push_back({Value::String("Iran"), Value::String("Tehran condemned the strike.")});
  return r;
}

}  // namespace

TEST_CASE("CutToWidth counts code points and marks a cut with an ellipsis") {
  CHECK(CutToWidth("Israel", 10) == "Israel");
  CHECK(CutToWidth("Israel", 6) == "Israel");
  CHECK(CutToWidth("Israel", 4) == "Isr…");
  CHECK(CutToWidth("Zürich–Genève", 7) == "Zürich…");  // multi-byte letters are never split
  CHECK(CutToWidth("Israel", 0).empty());
}

TEST_CASE("a wide table is cut to the terminal width, the long column giving way") {
  ResultSet r = Evidence();
  std::string whole = FitTable(r, 0);
  REQUIRE(WidestLine(whole) > 60);
  std::string fitted = FitTable(r, 60);
  CHECK(WidestLine(fitted) <= 60);
  CHECK(fitted.find("…") != std::string::npos);
  // The short column keeps its values whole; the short sentence too.
  CHECK(fitted.find("Israel") != std::string::npos);
  CHECK(fitted.find("Tehran condemned the strike.") != std::string::npos);
  CHECK(fitted.find("Israeli Prime Minister") != std::string::npos);
}

TEST_CASE("a table that fits, or no limit, is left as the formatter made it") {
  ResultSet r = Evidence();
  std::string whole = FitTable(r, 0);
  CHECK(FitTable(r, WidestLine(whole)) == whole);
  CHECK(FitTable(r, 1000) == whole);
  CHECK(whole.find("…") == std::string::npos);
}

TEST_CASE("a terminal narrower than every column's floor still gets every row") {
  ResultSet r = Evidence();
  std::string fitted = FitTable(r, 5);
  CHECK(fitted.find("Israel") != std::string::npos);
  CHECK(fitted.find("Iran") != std::string::npos);
}

TEST_CASE("when the floors are too wide, names and values are cut further so that the lines still fit") {
  ResultSet r = Evidence();
  std::string whole = FitTable(r, 0);
  const size_t columns = r.columns.size();
  const size_t tight = 3 * columns + 3 * (columns - 1);
  std::string fitted = FitTable(r, tight);
  CHECK(WidestLine(fitted) <= tight);
  CHECK(fitted.find("…") != std::string::npos);
}
