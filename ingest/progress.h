// Progress: the one-line bar `kg ingest` draws on stderr while it works
// (documents done, words/s, time left), redrawn at most a few times a second.
// Disabled, it prints nothing, so callers need not check.
#pragma once

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <string>

namespace kg::ingest {

class Progress {
 public:
  // `total_bytes` is the size of all inputs, 0 when unknown (stdin): then
  // there is no time left to show.
  Progress(std::FILE* out, bool enabled, uintmax_t total_bytes);
  ~Progress() { Finish(); }

  // The bar appears from the second document on: one document needs none.
  void Update(int64_t documents, int64_t words, uintmax_t bytes_done);
  // Clears the bar, so the summary line starts on a clean line.
  void Finish();

  // "1:05", "12s": for the bar and the summary.
  static std::string FormatDuration(double seconds);

 private:
  using Clock = std::chrono::steady_clock;
  std::FILE* out_;
  bool enabled_;
  bool drawn_ = false;
  uintmax_t total_bytes_;
  Clock::time_point start_ = Clock::now();
  Clock::time_point last_draw_{};
};

}  // namespace kg::ingest
