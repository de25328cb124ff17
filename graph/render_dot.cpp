// SVG and PNG: the DOT text piped through Graphviz's `dot` program.
#include <fmt/format.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <sstream>
#include <vector>

#include "graph/exporters.h"

namespace kg::graph {
namespace {

bool OnPath(const std::string& program) {
  const char* path = std::getenv("PATH");
  std::stringstream dirs(path ? path : "/usr/bin:/bin");
  std::string dir;
  while (std::getline(dirs, dir, ':')) {
    if (!dir.empty() && ::access((dir + "/" + program).c_str(), X_OK) == 0) return true;
  }
  return false;
}

}  // namespace

std::optional<ExportFormat> ParseExportFormat(std::string_view name) {
  if (name == "dot") return ExportFormat::kDot;
  if (name == "svg") return ExportFormat::kSvg;
  if (name == "png") return ExportFormat::kPng;
  if (name == "graphml") return ExportFormat::kGraphml;
  if (name == "ntriples" || name == "nt") return ExportFormat::kNtriples;
  if (name == "json") return ExportFormat::kJson;
  if (name == "neo4j") return ExportFormat::kNeo4j;
  if (name == "jsonl") return ExportFormat::kJsonl;
  return std::nullopt;
}

Status RenderDot(const std::string& dot_text, std::string_view format, const std::string& out_path) {
  if (!OnPath("dot")) {
    return Status::NotFound(fmt::format(
        "--format {} needs Graphviz's 'dot' program, which is not installed (apt-get install graphviz); "
        "--format dot writes the DOT text instead",
        format));
  }
  int pipe_fds[2];
  if (::pipe(pipe_fds) != 0) return Status::IOError("cannot create a pipe to 'dot'");
  std::fflush(stdout);
  pid_t pid = ::fork();
  if (pid < 0) return Status::IOError("cannot start 'dot'");
  if (pid == 0) {
    ::dup2(pipe_fds[0], STDIN_FILENO);
    ::close(pipe_fds[0]);
    ::close(pipe_fds[1]);
    std::string type = "-T" + std::string(format);
    std::vector<const char*> argv = {"dot", type.c_str()};
    if (!out_path.empty()) {
      argv.push_back("-o");
      argv.push_back(out_path.c_str());
    }
    argv.push_back(nullptr);
    ::execvp("dot", const_cast<char* const*>(argv.data()));
    ::_exit(127);
  }
  ::close(pipe_fds[0]);
  const char* data = dot_text.data();
  size_t left = dot_text.size();
  while (left > 0) {
    ssize_t n = ::write(pipe_fds[1], data, left);
    if (n <= 0) break;
    data += n;
    left -= static_cast<size_t>(n);
  }
  ::close(pipe_fds[1]);
  int status = 0;
  ::waitpid(pid, &status, 0);
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    return Status::IOError(fmt::format("'dot -T{}' failed{}", format,
                                       out_path.empty() ? "" : " writing " + out_path));
  }
  return Status::Ok();
}

}  // namespace kg::graph
