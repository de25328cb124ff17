// The CSV writer (RFC 4180): a header line, then one line per row as it
// comes; graph values read as in the table, null is an empty field. After
// an error the lines written stay; nothing marks the end.
#include <string>

#include "query/result_writer.h"
#include "query/value_text.h"

namespace kg::query {
namespace {

std::string CsvField(const std::string& s) {
  if (s.find_first_of(",\"\n\r") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

class CsvWriter final : public ResultWriter {
 public:
  using ResultWriter::ResultWriter;

  Status Add(std::vector<Value>&& row) override {
    if (!started_) KG_RETURN_IF_ERROR(Start());
    line_.clear();
    for (size_t i = 0; i < row.size(); ++i) {
      if (i) line_ += ',';
      if (!row[i].is_null()) line_ += CsvField(RenderValue(header_.graph.get(), row[i]));
    }
    line_ += '\n';
    return out_.Write(line_);
  }

  Status End(const Status& outcome) override {
    if (!started_ && outcome.ok()) KG_RETURN_IF_ERROR(Start());
    return out_.Flush();
  }

 private:
  Status Start() {
    started_ = true;
    std::string line;
    for (size_t i = 0; i < header_.columns.size(); ++i) line += (i ? "," : "") + CsvField(header_.columns[i]);
    return out_.Write(line + "\n");
  }

  bool started_ = false;
  std::string line_;
};

}  // namespace

std::unique_ptr<ResultWriter> MakeCsvWriter(TextOutput& out) { return std::make_unique<CsvWriter>(out); }

}  // namespace kg::query
