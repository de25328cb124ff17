// The loop over a fake backend: what reaches the engines, what is printed,
// and the exit code.
#include <doctest/doctest.h>

#include <unistd.h>

#include <cstdio>
#include <deque>

#include "query/repl/shell.h"

using namespace kg::repl;

namespace {

class FakeBackend : public ReplBackend {
 public:
  std::vector<std::string> calls;
  std::vector<kg::query::SourcePos> origins;
  OutputView last_view;
  kg::query::Parameters last_params;

  kg::Result<std::string> RunStatement(const std::string& text, kg::query::SourcePos origin,
                                       const kg::query::Parameters& params, const OutputView& view,
                                       const CancelFlag&) override {
    calls.push_back("statement " + text);
    last_params = params;
    origins.push_back(origin);
    last_view = view;
    if (text.find("BAD") != std::string::npos) return kg::Status::InvalidInput("line 1, column 1: bad");
    return "rows of " + text + "\n";
  }
  kg::Result<std::string> Stats() override { return record("stats"); }
  kg::Result<std::string> Schema(const OutputView&) override { return record("schema"); }
  kg::Result<std::string> Path(const std::string& a, const std::string& b, const OutputView&,
                               const CancelFlag&) override {
    return record("path " + a + "|" + b);
  }
  kg::Result<std::string> Neighbours(const std::string& a, int k, const OutputView&, const CancelFlag&) override {
    return record("neighbours " + a + "|" + std::to_string(k));
  }
  kg::Result<std::string> Evidence(const std::string& s, const std::string& p, const std::string& o,
                                   const OutputView&) override {
    return record("evidence " + s + "|" + p + "|" + o);
  }
  kg::Result<std::string> Export(const std::string& f, const std::string& file) override {
    return record("export " + f + "|" + file);
  }
  kg::Result<std::string> Ingest(const std::string& file, const CancelFlag&) override {
    return record("ingest " + file);
  }
  kg::Result<std::string> Import(const std::string& file) override { return record("import " + file); }
  const CompletionWords& Words() override { return words_; }

 private:
  kg::Result<std::string> record(std::string call) {
    calls.push_back(call);
    return call + "\n";
  }
  CompletionWords words_ = [] {
    CompletionWords w;
    w.labels = {"Country", "Person"};
    w.predicates = {"criticizes", "meets"};
    return w;
  }();
};

class ScriptSource : public LineSource {
 public:
  explicit ScriptSource(std::deque<std::string> lines) : lines_(std::move(lines)) {}
  std::vector<std::string> prompts, remembered;
  InputLine Read(const std::string& prompt) override {
    prompts.push_back(prompt);
    if (lines_.empty()) return {};
    std::string line = lines_.front();
    lines_.pop_front();
    if (line == "^C") return {InputLine::Kind::kInterrupted, ""};
    return {InputLine::Kind::kLine, line};
  }
  void Remember(const std::string& line) override { remembered.push_back(line); }

 private:
  std::deque<std::string> lines_;
};

// Captures what the shell writes to a FILE*.
class Capture {
 public:
  Capture() : file_(std::tmpfile()) {}
  ~Capture() { std::fclose(file_); }
  std::FILE* file() { return file_; }
  std::string text() {
    std::fflush(file_);
    std::string out;
    std::rewind(file_);
    char buf[4096];
    size_t n;
    while ((n = std::fread(buf, 1, sizeof buf, file_)) > 0) out.append(buf, n);
    return out;
  }

 private:
  std::FILE* file_;
};

struct Run {
  FakeBackend backend;
  Capture out, err;
  int exit_code = -1;
  std::vector<std::string> prompts, remembered;

  Run(std::deque<std::string> lines, bool interactive) {
    ScriptSource source(std::move(lines));
    ShellOptions options;
    options.interactive = interactive;
    options.terminal_width = [] { return size_t{72}; };
    Shell shell(backend, source, out.file(), err.file(), options);
    exit_code = shell.Run();
    prompts = source.prompts;
    remembered = source.remembered;
  }
};

// A temporary file holding `text`; the caller removes it.
std::string ScriptFile(const std::string& text) {
  char name[] = "/tmp/kg_source_XXXXXX";
  int fd = mkstemp(name);
  REQUIRE(fd >= 0);
  REQUIRE(write(fd, text.data(), text.size()) == static_cast<ssize_t>(text.size()));
  close(fd);
  return name;
}

std::string ReadWhole(const std::string& name) {
  std::string out;
  if (std::FILE* f = std::fopen(name.c_str(), "rb")) {
    char buf[4096];
    size_t n;
    while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) out.append(buf, n);
    std::fclose(f);
  }
  return out;
}

}  // namespace

TEST_CASE("statements and meta-commands reach the backend") {
  Run run({"MATCH (n)", "RETURN n;", ":path Israel \"United States\"", ".neighbours Iran 2", ":stats",
           ":schema", ":evidence Israel criticizes Russia", ":export dot out.dot", ":ingest a.txt"},
          /*interactive=*/false);
  CHECK(run.backend.calls == std::vector<std::string>{
                                 "statement MATCH (n)\nRETURN n", "path Israel|United States",
                                 "neighbours Iran|2", "stats", "schema", "evidence Israel|criticizes|Russia",
                                 "export dot|out.dot", "ingest a.txt"});
  CHECK(run.exit_code == 0);
  CHECK(run.out.text().find("rows of MATCH (n)") != std::string::npos);
  CHECK(run.err.text().empty());
}

TEST_CASE("the prompt changes while a statement continues") {
  Run run({"MATCH (n)", "RETURN n;", ":quit", "RETURN 'never';"}, /*interactive=*/true);
  CHECK(run.prompts == std::vector<std::string>{kPrompt, kContinuationPrompt, kPrompt});
  CHECK(run.backend.calls.size() == 1);  // :quit stopped it
  CHECK(run.remembered == std::vector<std::string>{"MATCH (n)\nRETURN n;", ":quit"});
}

TEST_CASE("history keeps a multi-line statement as one entry, and a recalled entry runs whole") {
  // Blank lines before a statement are not part of its entry; Ctrl-C
  // forgets the half-typed one.
  Run run({"", "MATCH (n)", "", "RETURN n;", "MATCH (m)", "^C", "MATCH (n)\nRETURN n;", ":stats"},
          /*interactive=*/true);
  CHECK(run.remembered == std::vector<std::string>{"MATCH (n)\n\nRETURN n;", "MATCH (n)\nRETURN n;", ":stats"});
  CHECK(run.backend.calls == std::vector<std::string>{"statement MATCH (n)\n\nRETURN n",
                                                      "statement MATCH (n)\nRETURN n", "stats"});
  // An entry recalled with a command after its statement runs both.
  Run both({"RETURN 1;\n:stats"}, /*interactive=*/true);
  CHECK(both.backend.calls == std::vector<std::string>{"statement RETURN 1", "stats"});
}

TEST_CASE("no error ends the loop, and a script's exit code says one happened") {
  Run run({"RETURN BAD;", "RETURN 1;", ":pth a b", ":neighbours Iran many", "RETURN 2;"}, false);
  CHECK(run.backend.calls == std::vector<std::string>{"statement RETURN BAD", "statement RETURN 1",
                                                      "statement RETURN 2"});
  CHECK(run.exit_code == 1);
  std::string err = run.err.text();
  CHECK(err.find("<stdin>:1: line 1, column 1: bad") != std::string::npos);
  CHECK(err.find("<stdin>:3: unknown command :pth (did you mean :path?)") != std::string::npos);
  CHECK(err.find("K must be a number of hops") != std::string::npos);
}

TEST_CASE("an interactive session ends with 0 even after an error") {
  Run run({"RETURN BAD;", "RETURN 1;"}, true);
  CHECK(run.exit_code == 0);
  CHECK(run.err.text().find("error: line 1, column 1: bad") != std::string::npos);
}

TEST_CASE("a script's last statement runs without its semicolon") {
  Run run({"RETURN 1;", "RETURN", "  2"}, false);
  CHECK(run.backend.calls == std::vector<std::string>{"statement RETURN 1", "statement RETURN\n  2"});
}

TEST_CASE("Ctrl-C at the prompt drops the half-typed statement") {
  Run run({"MATCH (n)", "^C", "RETURN 3;"}, true);
  CHECK(run.backend.calls == std::vector<std::string>{"statement RETURN 3"});
}

TEST_CASE(":format and :timer change the output") {
  Run run({":format csv", "RETURN 1;", ":format", ":timer on", "RETURN 2;", ":format yaml", ":timer maybe"},
          false);
  CHECK(run.backend.last_view.format == OutputFormat::kCsv);
  CHECK(run.backend.last_view.max_width == 72);
  std::string out = run.out.text();
  CHECK(out.find("format: csv") != std::string::npos);
  CHECK(out.find("time: ") != std::string::npos);
  std::string err = run.err.text();
  CHECK(err.find("unknown format 'yaml'") != std::string::npos);
  CHECK(err.find("usage: :timer on|off") != std::string::npos);
}

TEST_CASE(":help lists every command and explains one") {
  Run run({":help", ":help path", ":help :nope"}, false);
  std::string out = run.out.text();
  for (const auto& spec : MetaCommandSpecs()) {
    CHECK(out.find(":" + std::string(spec.name)) != std::string::npos);
  }
  CHECK(out.find(":path A B\n  a shortest path") != std::string::npos);
  CHECK(out.find("no command :nope") != std::string::npos);
}

TEST_CASE("a script's statements carry where they begin, and statements typed at the prompt do not") {
  Run script({"RETURN 1;", "", "  MATCH (n)", "  RETURN n;  RETURN 2;"}, false);
  REQUIRE(script.backend.origins.size() == 3);
  CHECK(script.backend.origins[0].line == 1);
  CHECK(script.backend.origins[1].line == 3);
  CHECK(script.backend.origins[1].column == 3);
  CHECK(script.backend.origins[2].line == 4);
  CHECK(script.backend.origins[2].column == 14);
  Run typed({"MATCH (n)", "RETURN n;"}, true);
  REQUIRE(typed.backend.origins.size() == 1);
  CHECK(typed.backend.origins[0].line == 1);
  CHECK(typed.backend.origins[0].column == 1);
}

TEST_CASE(".read and :source run a file's statements and commands, never ingest it") {
  const std::string name = ScriptFile("MATCH (n)\nRETURN n;\n:format csv\nRETURN BAD;\n:stats\n");
  for (const char* command : {".read", ":source", ":read"}) {
    Run run({std::string(command) + " " + name, "RETURN 1;"}, /*interactive=*/true);
    CAPTURE(command);
    CHECK(run.backend.calls == std::vector<std::string>{"statement MATCH (n)\nRETURN n", "statement RETURN BAD",
                                                        "stats", "statement RETURN 1"});
    // The script's setting stays; its error names the file and line.
    CHECK(run.backend.last_view.format == OutputFormat::kCsv);
    std::string err = run.err.text();
    CHECK(err.find(name + ":4: line 1, column 1: bad") != std::string::npos);
    CHECK(err.find("1 of its statements or commands failed") != std::string::npos);
  }
  Run missing({":source /nonexistent/x.cypher"}, false);
  CHECK(missing.exit_code == 1);
  CHECK(missing.err.text().find("/nonexistent/x.cypher: cannot open") != std::string::npos);
  std::remove(name.c_str());
}

TEST_CASE("a script that sources itself stops at the depth limit") {
  const std::string name = ScriptFile("");
  std::FILE* f = std::fopen(name.c_str(), "w");
  REQUIRE(f);
  std::fprintf(f, ":source %s\n", name.c_str());
  std::fclose(f);
  Run run({":source " + name}, false);
  CHECK(run.exit_code == 1);
  CHECK(run.err.text().find("nested more than 16 deep") != std::string::npos);
  std::remove(name.c_str());
}

TEST_CASE(":import reaches the importer, :ingest the ingester") {
  Run run({":import world.tsv", ":ingest a.md"}, false);
  CHECK(run.backend.calls == std::vector<std::string>{"import world.tsv", "ingest a.md"});
}

TEST_CASE(":param sets a value every statement gets, :params lists them, a missing one names :param") {
  Run run({":param x 42", ":param name 'United States'", ":param list [1, \"two\"]", ":param flag => true",
           "RETURN $x, $name;", ":params", ":param name", "RETURN $y;", ":param 1x 2", ":param bad [1,",
           ":params clear", ":params"},
          /*interactive=*/false);
  REQUIRE(run.backend.calls == std::vector<std::string>{"statement RETURN $x, $name"});
  const auto& params = run.backend.last_params;
  REQUIRE(params.size() == 4);
  CHECK(params.at("x").as_int() == 42);
  CHECK(params.at("name").as_string() == "United States");
  CHECK(params.at("list").as_list().size() == 2);
  CHECK(params.at("flag").as_bool());
  std::string out = run.out.text();
  CHECK(out.find(":param flag true\n:param list [1, \"two\"]\n:param name 'United States'\n:param x 42\n") !=
        std::string::npos);
  CHECK(out.find("no parameters (:param NAME VALUE sets one)") != std::string::npos);
  std::string err = run.err.text();
  // The missing parameter is not sent to the engine; its error points at it.
  CHECK(err.find("<stdin>:8: line 8, column 8: parameter $y has no value; set it with :param y VALUE") !=
        std::string::npos);
  CHECK(err.find("--param") == std::string::npos);
  CHECK(err.find(":param 1x: a parameter name is letters") != std::string::npos);
  CHECK(err.find(":param bad: invalid JSON") != std::string::npos);
  CHECK(run.exit_code == 1);
}

TEST_CASE(":output sends results to a file and back, :tables lists labels and types") {
  const std::string file = ScriptFile("old text");
  Run run({":output " + file, "RETURN 1;", ":stats", "RETURN BAD;", ":output", "RETURN 2;",
           ":output /nonexistent/dir/x.txt", "RETURN 3;"},
          /*interactive=*/false);
  std::string written = ReadWhole(file);
  CHECK(written == "rows of RETURN 1\nstats\n");
  std::string out = run.out.text();
  CHECK(out.find("rows of RETURN 1") == std::string::npos);
  CHECK(out.find("rows of RETURN 2\nrows of RETURN 3\n") != std::string::npos);
  std::string err = run.err.text();
  CHECK(err.find("line 1, column 1: bad") != std::string::npos);  // errors stay on the screen
  CHECK(err.find(":output /nonexistent/dir/x.txt: cannot write") != std::string::npos);
  std::remove(file.c_str());
}

TEST_CASE(":tables and .tables list the labels and relationship types by name") {
  Run run({":tables", ".tables"}, /*interactive=*/false);
  const std::string listing = "labels:\n  Country  Person\nrelationship types:\n  criticizes  meets\n";
  CHECK(run.out.text() == listing + listing);
  CHECK(run.exit_code == 0);
}

TEST_CASE(".mode is :format, line among its formats, and :x toggles the expanded display and back") {
  Run run({".mode csv", ":x", "RETURN 1;"}, false);
  CHECK(run.backend.last_view.format == OutputFormat::kLine);
  Run back({".mode csv", ":x", ":expanded", "RETURN 1;", ":format line", ":x off", ":format", ":x maybe"}, false);
  CHECK(back.backend.last_view.format == OutputFormat::kCsv);
  std::string out = back.out.text();
  CHECK(out.find("expanded display is on\nexpanded display is off\n") != std::string::npos);
  CHECK(out.find("format: csv") != std::string::npos);  // :x off goes back to the format :x left
  CHECK(back.err.text().find("usage: :expanded [on|off]") != std::string::npos);
}

TEST_CASE("a result longer than the screen goes through the pager at a terminal, until :pager off") {
  ScriptSource source({":help", ":pager off", ":help", ":pager on", ":pager", "RETURN 1;"});
  FakeBackend backend;
  Capture out, err;
  ShellOptions options;
  options.interactive = true;
  options.terminal_rows = [] { return size_t{5}; };
  std::vector<std::string> paged;
  options.pager = [&paged](const std::string& text) {
    paged.push_back(text);
    return true;
  };
  Shell(backend, source, out.file(), err.file(), options).Run();
  REQUIRE(paged.size() == 1);  // the first :help only: the short answers fit the screen
  CHECK(paged[0].find(":pager") != std::string::npos);
  CHECK(out.text().find(":pager [on|off]") != std::string::npos);  // the second :help, printed
  CHECK(out.text().find("pager: on\n") != std::string::npos);
}

TEST_CASE("a failing pager does not lose the result, and a script never pages") {
  ScriptSource source({":help"});
  FakeBackend backend;
  Capture out, err;
  ShellOptions options;
  options.interactive = true;
  options.terminal_rows = [] { return size_t{5}; };
  options.pager = [](const std::string&) { return false; };
  Shell(backend, source, out.file(), err.file(), options).Run();
  CHECK(out.text().find(":pager [on|off]") != std::string::npos);
  int calls = 0;
  options.interactive = false;
  options.pager = [&calls](const std::string&) { return ++calls, true; };
  ScriptSource script({":help"});
  Capture script_out, script_err;
  Shell(backend, script, script_out.file(), script_err.file(), options).Run();
  CHECK(calls == 0);
  CHECK(script_out.text().find(":pager [on|off]") != std::string::npos);
}
