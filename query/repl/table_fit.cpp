#include "query/repl/table_fit.h"

#include <algorithm>
#include <string_view>
#include <vector>

#include "query/result_formatter.h"

namespace kg::repl {
namespace {

// A column is never cut below this, so that a cut value still says something.
constexpr size_t kMinColumnWidth = 6;

size_t CodePoints(std::string_view s) {
  return static_cast<size_t>(std::count_if(s.begin(), s.end(), [](char c) { return (c & 0xC0) != 0x80; }));
}

size_t WidestLine(std::string_view text) {
  size_t widest = 0;
  while (!text.empty()) {
    size_t end = text.find('\n');
    widest = std::max(widest, CodePoints(text.substr(0, end)));
    if (end == std::string_view::npos) break;
    text.remove_prefix(end + 1);
  }
  return widest;
}

}  // namespace

std::string CutToWidth(const std::string& text, size_t width) {
  if (CodePoints(text) <= width) return text;
  if (width == 0) return "";
  std::string out;
  size_t kept = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    bool starts_code_point = (text[i] & 0xC0) != 0x80;
    if (starts_code_point && ++kept == width) break;  // the last place is the ellipsis
    out += text[i];
  }
  return out + "…";
}

std::string FitTable(const query::ResultSet& result, size_t max_width) {
  std::string table = query::FormatResult(result, query::OutputFormat::kTable);
  size_t widest = WidestLine(table);
  if (max_width == 0 || widest <= max_width || result.rows.empty()) return table;

  // The formatter's separators take the same room whatever the values, so
  // the excess is all to be taken from the values.
  size_t excess = widest - max_width;
  size_t columns = result.columns.size();
  std::vector<std::vector<std::string>> cells;
  std::vector<size_t> widths(columns, 0), floors(columns, 0);
  for (size_t i = 0; i < columns; ++i) {
    widths[i] = CodePoints(result.columns[i]);
    floors[i] = std::max(widths[i], kMinColumnWidth);
  }
  for (const auto& row : result.rows) {
    std::vector<std::string> line;
    for (size_t i = 0; i < row.size() && i < columns; ++i) {
      std::string text = query::RenderValue(result, row[i]);
      std::replace(text.begin(), text.end(), '\n', ' ');
      widths[i] = std::max(widths[i], CodePoints(text));
      line.push_back(std::move(text));
    }
    cells.push_back(std::move(line));
  }
  // Narrow the widest column one place at a time: long columns give way
  // first, short ones keep their values whole.
  while (excess > 0) {
    size_t pick = columns;
    for (size_t i = 0; i < columns; ++i) {
      if (widths[i] > floors[i] && (pick == columns || widths[i] > widths[pick])) pick = i;
    }
    if (pick == columns) break;  // every column at its floor: a terminal this narrow wraps
    --widths[pick];
    --excess;
  }
  query::ResultSet fitted;
  fitted.columns = result.columns;
  fitted.graph = result.graph;
  fitted.rows.reserve(cells.size());
  for (const auto& line : cells) {
    std::vector<query::Value> row;
    for (size_t i = 0; i < line.size(); ++i) row.push_back(query::Value::String(CutToWidth(line[i], widths[i])));
    fitted.rows.push_back(std::move(row));
  }
  return query::FormatResult(fitted, query::OutputFormat::kTable);
}

}  // namespace kg::repl
