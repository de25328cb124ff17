#include "kg/command_context.h"

#include <cstdio>

namespace kg::cli {

Result<std::unique_ptr<Store>> CommandContext::OpenStore(bool read_only) const {
  StoreOptions options;
  options.read_only = read_only;
  return Store::Open(DatabasePath(), options);
}

graph::OpenOptions CommandContext::GraphOptions(graph::TripleLevel level) const {
  graph::OpenOptions options;
  options.load.level = level;
  options.use_snapshot = !no_snapshot;
  options.warn = [](std::string_view line) {
    std::fprintf(stderr, "kg: warning: %.*s\n", static_cast<int>(line.size()), line.data());
  };
  return options;
}

int CommandContext::Fail(const Status& status) {
  std::fprintf(stderr, "kg: %s\n", status.message().c_str());
  exit_code = status.code() == Status::Code::kUsage ? kExitUsage : kExitError;
  return exit_code;
}

}  // namespace kg::cli
