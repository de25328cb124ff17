// Helpers shared by every test suite: scratch folders and running kg.
#pragma once

#include <string>
#include <vector>

namespace kg::test {

// A fresh folder under $TMPDIR, removed with everything in it on destruction.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::string& path() const { return path_; }
  std::string File(const std::string& name) const { return path_ + "/" + name; }

 private:
  std::string path_;
};

struct RunResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

// Runs the kg binary under test with `args` (no shell: each element is one
// argument), feeding `stdin_text` to it; captures both output streams.
RunResult RunKg(const std::vector<std::string>& args, const std::string& stdin_text = "");

// Runs any program the same way.
RunResult RunProgram(const std::vector<std::string>& argv, const std::string& stdin_text = "");

// In a forked child: replaces the process with `argv` (searched on PATH);
// on failure says why on stderr and exits 127, as a shell does.
[[noreturn]] void ExecOrExit(const std::vector<std::string>& argv);

// Creates the folders on the way to `path` when they are missing.
void WriteFile(const std::string& path, const std::string& content);
std::string ReadFile(const std::string& path);

// True when `text` holds `part`: CHECK(Has(r.err, "kg: warning:")).
bool Has(const std::string& text, const std::string& part);

// Path of a file in the source tree, e.g. SourcePath("samples/seed-article.txt").
std::string SourcePath(const std::string& relative);

// The shared data folder (corpus, eval sets, treebanks): $KG_SHARED_DIR when
// set, else ../shared beside the project root. Never part of the project: a
// user's clone has none, so a test needing it must skip when it is absent.
std::string SharedDir();

// Path of `relative` in the shared data folder, e.g.
// SharedFileOrSkip("eval/plover-dev.jsonl") (a file or a folder). When it is absent, prints
// "SKIPPED: <why>" (CTest then reports the test as skipped) and returns "":
//   std::string file = SharedFileOrSkip("eval/plover-dev.jsonl");
//   if (file.empty()) return;
std::string SharedFileOrSkip(const std::string& relative);

}  // namespace kg::test
