// FitTable: query's table format, narrowed to the terminal.
//
// result_formatter.h pads every column to its widest value, so one long
// evidence sentence would push a table far past the screen edge. FitTable
// cuts the widest columns' values with "…" until every line fits; :format
// csv or json show them whole.
#pragma once

#include <cstddef>
#include <string>

#include "query/result_set.h"

namespace kg::repl {

// `max_width` 0 means no limit (the plain table).
std::string FitTable(const query::ResultSet& result, size_t max_width);

// `text` cut to at most `width` code points, the last one "…" when cut.
std::string CutToWidth(const std::string& text, size_t width);

}  // namespace kg::repl
