#include "kg/command_context.h"

#include <cstdio>
#include <cstdlib>

namespace kg::cli {

int CommandContext::BusyTimeout(int flag_ms) {
  if (flag_ms >= 0) return flag_ms;
  if (const char* env = std::getenv("KG_BUSY_TIMEOUT_MS"); env && *env) return std::atoi(env);
  return StoreOptions{}.busy_timeout_ms;
}

Result<std::unique_ptr<Store>> CommandContext::OpenStore(bool read_only, int busy_timeout_ms) const {
  StoreOptions options;
  options.read_only = read_only;
  options.busy_timeout_ms = BusyTimeout(busy_timeout_ms);
  return Store::Open(DatabasePath(), options);
}

graph::OpenOptions CommandContext::GraphOptions(graph::TripleLevel level) const {
  graph::OpenOptions options;
  options.load.level = level;
  options.use_snapshot = !no_snapshot;
  options.warn = &CommandContext::Warn;
  return options;
}

void CommandContext::Warn(std::string_view line) {
  std::fprintf(stderr, "kg: warning: %.*s\n", static_cast<int>(line.size()), line.data());
}

int CommandContext::Fail(const Status& status) {
  std::fprintf(stderr, "kg: %s\n", status.message().c_str());
  exit_code = status.code() == Status::Code::kUsage ? kExitUsage : kExitError;
  return exit_code;
}

}  // namespace kg::cli
