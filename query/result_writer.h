// ResultWriter: a RowSink that prints each row in one output format as it
// comes (query/result_formatter.h picks one by format; `kg query` and the
// REPL both print through these, so a result reads the same in both).
//
// Every writer prints nothing until the first row or the end of a result
// that had none, so a statement that fails before its first row leaves the
// output empty. After a later error the rows printed stay printed; each
// format then ends as its section of docs/query-language.md says
// ("Streaming"). EXPLAIN's plan is printed as it is, in every format.
#pragma once

#include <cstddef>
#include <memory>

#include "query/row_sink.h"
#include "query/text_output.h"

namespace kg::query {

class ResultWriter : public RowSink {
 public:
  explicit ResultWriter(TextOutput& out) : out_(out) {}
  Status Begin(const ResultHeader& header) override {
    header_ = header;
    return Status::Ok();
  }
  Status Plan(const std::string& plan) override { return out_.Write(plan); }

 protected:
  TextOutput& out_;
  ResultHeader header_;
};

// The table: the first `measured_rows` rows set the column widths (as wide
// as their widest value, or narrowed to `max_width` columns when given,
// cutting long values with "…"); later rows are printed in those widths,
// a wider value cut when `max_width` is given, else printed whole.
struct TableLayout {
  static constexpr size_t kDefaultMeasuredRows = 1000;
  size_t max_width = 0;  // 0 = no limit
  size_t measured_rows = kDefaultMeasuredRows;
};

std::unique_ptr<ResultWriter> MakeTableWriter(TextOutput& out, const TableLayout& layout);
std::unique_ptr<ResultWriter> MakeCsvWriter(TextOutput& out);
std::unique_ptr<ResultWriter> MakeJsonWriter(TextOutput& out);
std::unique_ptr<ResultWriter> MakeDotWriter(TextOutput& out);
// One record per block, `column = value` lines (sqlite3's .mode line).
std::unique_ptr<ResultWriter> MakeLineWriter(TextOutput& out);

}  // namespace kg::query
