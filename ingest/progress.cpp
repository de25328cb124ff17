#include "ingest/progress.h"

#include <algorithm>
#include <cmath>

namespace kg::ingest {

Progress::Progress(std::FILE* out, bool enabled, uintmax_t total_bytes)
    : out_(out), enabled_(enabled), total_bytes_(total_bytes) {}

std::string Progress::FormatDuration(double seconds) {
  if (seconds < 60) return std::to_string(static_cast<int>(std::ceil(seconds))) + "s";
  int total = static_cast<int>(seconds + 0.5);
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%d:%02d", total / 60, total % 60);
  return buffer;
}

void Progress::Update(int64_t documents, int64_t words, uintmax_t bytes_done) {
  if (!enabled_ || documents < 2) return;
  Clock::time_point now = Clock::now();
  if (drawn_ && now - last_draw_ < std::chrono::milliseconds(150)) return;
  last_draw_ = now;
  double elapsed = std::chrono::duration<double>(now - start_).count();
  double rate = elapsed > 0 ? static_cast<double>(words) / elapsed : 0;

  constexpr int kWidth = 24;
  std::string bar;
  std::string left;
  if (total_bytes_ > 0) {
    double fraction = std::min(1.0, static_cast<double>(bytes_done) / static_cast<double>(total_bytes_));
    int filled = static_cast<int>(fraction * kWidth);
    // Appended, not concatenated: GCC 12 at -O3 warns a false -Wrestrict on
    // "literal" + std::string, and a user's Release build must be warning-free.
    bar.append("[").append(static_cast<size_t>(filled), '#').append(static_cast<size_t>(kWidth - filled), '.');
    bar.append("] ").append(std::to_string(static_cast<int>(fraction * 100))).append("%  ");
    if (fraction > 0) left.append("  ").append(FormatDuration(elapsed * (1 - fraction) / fraction)).append(" left");
  }
  std::fprintf(out_, "\r%s%lld documents  %.0f words/s%s\033[K", bar.c_str(),
               static_cast<long long>(documents), rate, left.c_str());
  std::fflush(out_);
  drawn_ = true;
}

void Progress::Finish() {
  if (!drawn_) return;
  std::fprintf(out_, "\r\033[K");
  std::fflush(out_);
  drawn_ = false;
}

}  // namespace kg::ingest
