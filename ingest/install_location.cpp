#include "ingest/install_location.h"

#include <filesystem>

namespace kg::ingest {

std::string InstalledNextToProgram(const std::string& name) {
  std::error_code error;
  std::filesystem::path exe = std::filesystem::read_symlink("/proc/self/exe", error);
  if (error) return "";
  return (exe.parent_path().parent_path() / "share" / "kgraph" / name).string();
}

}  // namespace kg::ingest
