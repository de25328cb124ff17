// Result formatting: a ResultSet as an aligned table, JSON, CSV or DOT.
//
// table: columns padded to their widest cell, nodes as (Name:Label),
//        relationships as [:type], paths as (A)-[:type]->(B)
// json:  {"columns": [...], "rows": [[...], ...]}, nodes and relationships
//        as objects with their properties
// csv:   RFC 4180, a header line, graph values as in the table
// dot:   the nodes, relationships and paths of the result as a Graphviz
//        graph styled like `kg export --format dot`
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "query/result_set.h"
#include "schema/status.h"

namespace kg::query {

enum class OutputFormat { kTable, kJson, kCsv, kDot };
std::optional<OutputFormat> ParseOutputFormat(std::string_view name);

std::string FormatResult(const ResultSet& result, OutputFormat format);

// One value as the table and CSV show it.
std::string RenderValue(const ResultSet& result, const Value& value);

}  // namespace kg::query
