// Result formatting: rows as an aligned table, JSON, CSV or DOT.
//
// MakeResultWriter gives the RowSink that prints a statement's rows in a
// format as the executor makes them (result_writer.h; `kg query` and the
// REPL both print through it). FormatResult formats a result held whole
// (the REPL's meta-commands, tests) through the same writers.
//
// table: columns padded to their widest cell, nodes as (Name:Label),
//        relationships as [:type], paths as (A)-[:type]->(B)
// json:  {"columns": [...], "rows": [[...], ...]}, nodes and relationships
//        as objects with their properties
// csv:   RFC 4180, a header line, graph values as in the table
// line:  one record per block, `column = value` lines, a blank line between
// dot:   the nodes, relationships and paths of the result as a Graphviz
//        graph styled like `kg export --format dot`
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "query/result_set.h"
#include "query/result_writer.h"
#include "query/text_output.h"
#include "query/value_text.h"
#include "schema/status.h"

namespace kg::query {

enum class OutputFormat { kTable, kJson, kCsv, kDot, kLine };
// The names of the formats, as --format and :format take them.
inline constexpr const char* kOutputFormatNames = "table, line, json, csv or dot";
std::optional<OutputFormat> ParseOutputFormat(std::string_view name);

// `layout` shapes the table format only.
std::unique_ptr<ResultWriter> MakeResultWriter(OutputFormat format, TextOutput& out, const TableLayout& layout = {});

std::string FormatResult(const ResultSet& result, OutputFormat format, const TableLayout& layout = {});

}  // namespace kg::query
