// The line writer (sqlite3's `.mode line`, psql's `\x`): one record per
// block, each column on its own line as `name = value`, the names
// right-aligned, a blank line between records, then "(N rows)". A narrow
// screen reads a wide row this way without cutting a value; each row is
// printed as it comes. After an error the records printed stay, without
// the row count.
#include <algorithm>
#include <string>

#include <fmt/format.h>

#include "query/result_writer.h"
#include "query/text_width.h"
#include "query/value_text.h"

namespace kg::query {
namespace {

class LineWriter final : public ResultWriter {
 public:
  using ResultWriter::ResultWriter;

  Status Add(std::vector<Value>&& row) override {
    if (rows_ == 0) {
      for (const auto& name : header_.columns) name_width_ = std::max(name_width_, CodePoints(name));
    }
    std::string text = rows_++ ? "\n" : "";
    for (size_t i = 0; i < row.size() && i < header_.columns.size(); ++i) {
      const std::string& name = header_.columns[i];
      std::string value = RenderValue(header_.graph.get(), row[i]);
      std::replace(value.begin(), value.end(), '\n', ' ');
      text += std::string(name_width_ - CodePoints(name), ' ') + name + " = " + value + "\n";
    }
    return out_.Write(text);
  }

  Status End(const Status& outcome) override {
    if (outcome.ok()) {
      KG_RETURN_IF_ERROR(out_.Write(fmt::format("{}({} row{})\n", rows_ ? "\n" : "", rows_, rows_ == 1 ? "" : "s")));
    }
    return out_.Flush();
  }

 private:
  size_t name_width_ = 0;
  size_t rows_ = 0;
};

}  // namespace

std::unique_ptr<ResultWriter> MakeLineWriter(TextOutput& out) { return std::make_unique<LineWriter>(out); }

}  // namespace kg::query
