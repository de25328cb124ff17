// FitTable: query's table format, narrowed to the terminal.
//
// Padding every column to its widest value, one long evidence sentence
// would push a table far past the screen edge. The table writer
// (query/result_writer.h, TableLayout::max_width) cuts the widest columns'
// values with "…" until every line fits; :format csv or json show them
// whole. This is that writer over a result held whole.
#pragma once

#include <cstddef>
#include <string>

#include "query/result_set.h"
#include "query/text_width.h"

namespace kg::repl {

// `max_width` 0 means no limit (the plain table).
std::string FitTable(const query::ResultSet& result, size_t max_width);

using query::CutToWidth;

}  // namespace kg::repl
