#include "query/result_formatter.h"

#include <algorithm>

namespace kg::query {

std::optional<OutputFormat> ParseOutputFormat(std::string_view name) {
  if (name == "table") return OutputFormat::kTable;
  if (name == "json") return OutputFormat::kJson;
  if (name == "csv") return OutputFormat::kCsv;
  if (name == "dot") return OutputFormat::kDot;
  if (name == "line") return OutputFormat::kLine;
  return std::nullopt;
}

std::unique_ptr<ResultWriter> MakeResultWriter(OutputFormat format, TextOutput& out, const TableLayout& layout) {
  switch (format) {
    case OutputFormat::kTable: return MakeTableWriter(out, layout);
    case OutputFormat::kJson: return MakeJsonWriter(out);
    case OutputFormat::kCsv: return MakeCsvWriter(out);
    case OutputFormat::kDot: return MakeDotWriter(out);
    case OutputFormat::kLine: return MakeLineWriter(out);
  }
  return MakeTableWriter(out, layout);
}

std::string FormatResult(const ResultSet& result, OutputFormat format, const TableLayout& layout) {
  std::string text;
  TextOutput out(&text);
  // The rows are all here: the table measures every one of them.
  TableLayout whole = layout;
  whole.measured_rows = std::max(whole.measured_rows, result.rows.size());
  auto writer = MakeResultWriter(format, out, whole);
  // Writing to a string cannot fail.
  (void)writer->Begin(ResultHeader{result.columns, result.graph});
  if (result.plan) {
    (void)writer->Plan(*result.plan);
    return text;
  }
  for (const auto& row : result.rows) (void)writer->Add(std::vector<Value>(row));
  (void)writer->End(Status::Ok());
  return text;
}

}  // namespace kg::query
