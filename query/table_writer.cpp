// The table writer: columns padded to their widest value, nodes as
// (Name:Label), relationships as (A)-[:type]->(B), paths hop by hop, then
// "(N rows)".
//
// A table needs its column widths before its first line, and a result may
// have millions of rows, so only the first TableLayout::measured_rows are
// held to measure them; the rest are printed as they come in those widths.
// Given a terminal width, the widest columns give way one place at a time
// (below kMinColumnWidth and their names only when nothing else fits, never
// below kTightColumnWidth) until
// the lines fit, their values cut with
// "…" (one long evidence sentence would otherwise push the table past the
// screen's edge). After an error the rows measured so far are printed
// without the row count.
#include <algorithm>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "query/result_writer.h"
#include "query/text_width.h"
#include "query/value_text.h"

namespace kg::query {
namespace {

// A column is cut below this (or its name) only when the table cannot fit
// otherwise, so that a cut value still says something.
constexpr size_t kMinColumnWidth = 6;
// And never below this: two characters and "…".
constexpr size_t kTightColumnWidth = 3;

using Line = std::vector<std::string>;

class TableWriter final : public ResultWriter {
 public:
  TableWriter(TextOutput& out, const TableLayout& layout) : ResultWriter(out), layout_(layout) {}

  Status Add(std::vector<Value>&& row) override {
    Line line;
    line.reserve(row.size());
    for (const auto& v : row) {
      std::string text = RenderValue(header_.graph.get(), v);
      std::replace(text.begin(), text.end(), '\n', ' ');
      line.push_back(std::move(text));
    }
    ++rows_;
    if (laid_out_) return out_.Write(Format(line));
    measured_.push_back(std::move(line));
    return measured_.size() >= std::max<size_t>(layout_.measured_rows, 1) ? LayOut() : Status::Ok();
  }

  Status End(const Status& outcome) override {
    if (!laid_out_) {
      if (!outcome.ok() && rows_ == 0) return Status::Ok();  // nothing printed: the error says it all
      KG_RETURN_IF_ERROR(LayOut());
    }
    if (outcome.ok()) KG_RETURN_IF_ERROR(out_.Write(fmt::format("({} row{})\n", rows_, rows_ == 1 ? "" : "s")));
    return out_.Flush();
  }

 private:
  // Sets the widths from the rows measured, prints the head and those rows.
  Status LayOut() {
    laid_out_ = true;
    const size_t columns = header_.columns.size();
    widths_.assign(columns, 0);
    for (size_t i = 0; i < columns; ++i) widths_[i] = CodePoints(header_.columns[i]);
    for (const auto& line : measured_) {
      for (size_t i = 0; i < line.size() && i < columns; ++i) widths_[i] = std::max(widths_[i], CodePoints(line[i]));
    }
    Fit();
    std::string text = Format(header_.columns);
    for (size_t i = 0; i < columns; ++i) text += (i ? "-+-" : "") + std::string(widths_[i], '-');
    text += "\n";
    for (const auto& line : measured_) text += Format(line);
    measured_.clear();
    measured_.shrink_to_fit();
    return out_.Write(text);
  }

  // Narrows the widest column one place at a time until the lines fit
  // the terminal: long columns give way first, short ones keep their values.
  // First no column goes below its name or kMinColumnWidth; if that is not
  // enough (8 columns at 60), names are cut too, down to kTightColumnWidth —
  // a cut table still reads, a wrapped one does not (:format line shows
  // such rows whole).
  void Fit() {
    if (layout_.max_width == 0 || measured_.empty()) return;
    const size_t columns = widths_.size();
    std::vector<size_t> floors(columns);
    for (size_t i = 0; i < columns; ++i) floors[i] = std::max(CodePoints(header_.columns[i]), kMinColumnWidth);
    Narrow(floors);
    // The tight floors, only when they make the lines fit: a terminal too
    // narrow even for them wraps, and then values cut less read better.
    if (LineWidth() > layout_.max_width && kTightColumnWidth * columns + 3 * (columns - 1) <= layout_.max_width) {
      Narrow(std::vector<size_t>(columns, kTightColumnWidth));
    }
  }

  size_t LineWidth() const {
    size_t line_width = 3 * (widths_.size() - 1);  // the " | " between columns
    for (size_t w : widths_) line_width += w;
    return line_width;
  }

  void Narrow(const std::vector<size_t>& floors) {
    const size_t columns = widths_.size();
    const size_t line_width = LineWidth();
    for (size_t excess = line_width > layout_.max_width ? line_width - layout_.max_width : 0; excess > 0; --excess) {
      size_t pick = columns;
      for (size_t i = 0; i < columns; ++i) {
        if (widths_[i] > floors[i] && (pick == columns || widths_[i] > widths_[pick])) pick = i;
      }
      if (pick == columns) break;  // every column at its floor: a terminal this narrow wraps
      --widths_[pick];
    }
  }

  std::string Format(const Line& line) const {
    std::string out;
    for (size_t i = 0; i < line.size(); ++i) {
      const size_t width = i < widths_.size() ? widths_[i] : 0;
      std::string cell = layout_.max_width ? CutToWidth(line[i], width) : line[i];
      const size_t used = CodePoints(cell);
      out += (i ? " | " : "") + cell;
      if (i + 1 < line.size() && used < width) out.append(width - used, ' ');
    }
    return out + "\n";
  }

  TableLayout layout_;
  std::vector<Line> measured_;
  std::vector<size_t> widths_;
  bool laid_out_ = false;
  size_t rows_ = 0;
};

}  // namespace

std::unique_ptr<ResultWriter> MakeTableWriter(TextOutput& out, const TableLayout& layout) {
  return std::make_unique<TableWriter>(out, layout);
}

}  // namespace kg::query
