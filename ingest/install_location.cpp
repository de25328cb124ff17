#include "ingest/install_location.h"

#include <cstdlib>
#include <filesystem>

namespace kg::ingest {

std::string InstalledNextToProgram(const std::string& name) {
  std::error_code error;
  std::filesystem::path exe = std::filesystem::read_symlink("/proc/self/exe", error);
  if (error) return "";
  return (exe.parent_path().parent_path() / "share" / "kgraph" / name).string();
}

Result<std::string> FindData(const DataSearch& search) {
  if (!search.flag.empty()) {
    if (search.usable(search.flag)) return search.flag;
    return Status::NotFound(search.flag_name + " " + search.flag + ": " + search.missing);
  }
  if (const char* env = std::getenv(search.env_name.c_str()); env != nullptr && *env != '\0') {
    if (search.usable(env)) return std::string(env);
    return Status::NotFound("$" + search.env_name + "=" + env + ": " + search.missing);
  }
  std::string list;
  for (const std::string& path : search.defaults) {
    if (path.empty()) continue;
    if (search.usable(path)) return path;
    list += (list.empty() ? "" : ", ") + path;
  }
  return Status::NotFound("no " + search.what + " (give " + search.flag_name + " or set " + search.env_name +
                          "); tried " + list);
}

}  // namespace kg::ingest
