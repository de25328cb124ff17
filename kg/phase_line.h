// PhaseLine: the one-line "what I am doing now" that a command with a few
// long phases (kg import: reading and checking, then storing) keeps on
// stderr while it works, so that a minute-long import is not a silent
// terminal. Drawn only when stderr is a terminal and --quiet was not given;
// cleared before the command's summary, so nothing of it stays in a log.
#pragma once

#include <cstdio>
#include <string>

namespace kg::cli {

class PhaseLine {
 public:
  // `enabled` is false for --quiet; a stderr that is no terminal disables it too.
  PhaseLine(std::FILE* out, bool enabled);
  ~PhaseLine() { Clear(); }
  PhaseLine(const PhaseLine&) = delete;
  PhaseLine& operator=(const PhaseLine&) = delete;

  // Replaces the line with `text`.
  void Show(const std::string& text);
  // Erases it; a later Show draws again.
  void Clear();

 private:
  std::FILE* out_;
  bool enabled_;
  bool drawn_ = false;
};

}  // namespace kg::cli
