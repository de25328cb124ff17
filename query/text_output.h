// TextOutput: where a result writer's text goes — a FILE (kg query's
// standard output, the REPL's screen) or a string (FormatResult, tests).
//
// A write that fails (a full disk, a closed pipe) is an IOError, so that
// the statement stops instead of computing rows nobody receives. A write
// interrupted by Ctrl-C (the handler does not restart system calls) is
// carried on: the statement's own cancellation check stops it.
#pragma once

#include <cstdio>
#include <string>
#include <string_view>

#include "schema/status.h"

namespace kg::query {

class TextOutput {
 public:
  explicit TextOutput(std::FILE* file) : file_(file) {}
  explicit TextOutput(std::string* text) : text_(text) {}

  Status Write(std::string_view text);
  Status Flush();

 private:
  std::FILE* file_ = nullptr;
  std::string* text_ = nullptr;
};

}  // namespace kg::query
