#include "query/repl/table_fit.h"

#include "query/result_formatter.h"

namespace kg::repl {

std::string FitTable(const query::ResultSet& result, size_t max_width) {
  query::TableLayout layout;
  layout.max_width = max_width;
  return query::FormatResult(result, query::OutputFormat::kTable, layout);
}

}  // namespace kg::repl
