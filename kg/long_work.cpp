#include "kg/long_work.h"

#include <unistd.h>

#include <cstdint>

namespace kg::cli {
namespace {

// The progress line waits this long before it first appears (quick work
// draws nothing) and is redrawn at most this often.
constexpr std::chrono::milliseconds kFirstDraw{250};
constexpr std::chrono::milliseconds kRedraw{150};

}  // namespace

void AddTimeoutFlag(CLI::App* cmd, TimeoutFlag& flag) {
  cmd->add_option("--timeout", flag.seconds, "Time budget in seconds, as kg query's (0 = none)")
      ->check(CLI::NonNegativeNumber)
      ->capture_default_str();
}

LongWork::LongWork(const CommandContext& ctx, const TimeoutFlag& timeout, std::string what) : what_(std::move(what)) {
  budget_.cancel = interrupt_.flag();
  if (timeout.seconds > 0) {
    budget_.deadline = start_ + std::chrono::duration_cast<Clock::duration>(
                                    std::chrono::duration<double>(timeout.seconds));
  }
  if (!ctx.quiet && isatty(STDERR_FILENO)) {
    budget_.progress = [this](size_t done, size_t total) { Draw(done, total); };
  }
}

LongWork::~LongWork() {
  if (drawn_) std::fprintf(stderr, "\r\033[K");
}

void LongWork::Draw(size_t done, size_t total) {
  const Clock::time_point now = Clock::now();
  if (now - start_ < kFirstDraw || (drawn_ && now - last_draw_ < kRedraw)) return;
  last_draw_ = now;
  const double elapsed = std::chrono::duration<double>(now - start_).count();
  if (total > 0) {
    std::fprintf(stderr, "\r%s: %ju of %ju (%d%%), %.0fs\033[K", what_.c_str(), static_cast<uintmax_t>(done),
                 static_cast<uintmax_t>(total), static_cast<int>(100.0 * static_cast<double>(done) /
                                                                 static_cast<double>(total)),
                 elapsed);
  } else {
    std::fprintf(stderr, "\r%s: %ju steps, %.0fs\033[K", what_.c_str(), static_cast<uintmax_t>(done), elapsed);
  }
  std::fflush(stderr);
  drawn_ = true;
}

}  // namespace kg::cli
