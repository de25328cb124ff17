#include "kg/phase_line.h"

#include <unistd.h>

namespace kg::cli {

PhaseLine::PhaseLine(std::FILE* out, bool enabled) : out_(out), enabled_(enabled && isatty(fileno(out)) != 0) {}

void PhaseLine::Show(const std::string& text) {
  if (!enabled_) return;
  std::fprintf(out_, "\r\033[K%s", text.c_str());
  std::fflush(out_);
  drawn_ = true;
}

void PhaseLine::Clear() {
  if (!drawn_) return;
  std::fprintf(out_, "\r\033[K");
  std::fflush(out_);
  drawn_ = false;
}

}  // namespace kg::cli
