// StreamLineSource: lines from a pipe or file (`kg repl < script.cypher`),
// read without prompts or editing.
#pragma once

#include <cstdio>

#include "query/repl/line_source.h"

namespace kg::repl {

class StreamLineSource : public LineSource {
 public:
  explicit StreamLineSource(std::FILE* in) : in_(in) {}
  InputLine Read(const std::string& prompt) override;

 private:
  std::FILE* in_;
};

}  // namespace kg::repl
