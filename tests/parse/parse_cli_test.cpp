// End to end: kg train on the tiny treebank (tests/syntax/data/tiny.conllu),
// then kg parse with that model: CoNLL-U and tree output, character spans,
// multiword tokens, the seed article, --eval, long input, and every way a
// model or an input can be missing or damaged. The tests train their own
// model, once per process, and never read the shipped one.
#include <doctest/doctest.h>

#include <algorithm>
#include <charconv>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/code_points.h"
#include "ingest/conllu/conllu_reader.h"
#include "tests/test_util.h"

using kg::ingest::ConlluSentence;
using kg::test::ReadFile;
using kg::test::RunKg;
using kg::test::RunResult;
using kg::test::SourcePath;
using kg::test::TempDir;
using kg::test::WriteFile;

namespace {

const std::string kTiny = SourcePath("tests/syntax/data/tiny.conllu");

// Two sentences, non-ASCII letters before the spans (so that code points and
// bytes differ) and a multiword token.
const std::string kTwoSentences = "Café owners in Zürich don't agree. The council rejected the plan.\n";

bool Contains(std::string_view haystack, std::string_view needle) {
  return haystack.find(needle) != std::string_view::npos;
}

// kg train on `train` (tiny.conllu as dev), small enough to take seconds.
RunResult Train(const std::string& train, const std::string& out) {
  return RunKg({"train", "--train", train, "--dev", kTiny, "--out", out, "--tagger-epochs", "5", "--parser-epochs",
                "5", "--folds", "2"});
}

// The model the tests parse with, trained on tiny.conllu once per process.
const std::string& TinyModel() {
  static TempDir dir;
  static const std::string path = [] {
    std::string out = dir.File("tiny.kgmodel");
    RunResult r = Train(kTiny, out);
    REQUIRE_MESSAGE(r.exit_code == 0, r.err);
    return out;
  }();
  return path;
}

// kg parse --model <the tiny model> ARGS…
RunResult Parse(std::vector<std::string> args, const std::string& stdin_text = "") {
  args.insert(args.begin(), {"parse", "--model", TinyModel()});
  return RunKg(args, stdin_text);
}

// Exactly one word of a parsed sentence hangs from the root.
void CheckOneRoot(const ConlluSentence& s) {
  const auto& tokens = s.sentence.tokens;
  CHECK(std::count_if(tokens.begin(), tokens.end(), [](const kg::Token& t) { return t.head == kg::Token::kRoot; }) ==
        1);
}

// The sentences of kg parse's output, which must be valid CoNLL-U, each a
// tree with one root.
std::vector<ConlluSentence> ReadBack(const std::string& conllu) {
  std::istringstream in(conllu);
  kg::ingest::ConlluReader reader(in, "kg parse output");
  std::vector<ConlluSentence> sentences;
  for (;;) {
    ConlluSentence s;
    auto more = reader.Next(s);
    REQUIRE_MESSAGE(more.ok(), more.status().message());
    if (!*more) return sentences;
    CheckOneRoot(s);
    sentences.push_back(std::move(s));
  }
}

// The code points [start, end) of `text`.
std::string CodePointSlice(std::string_view text, int64_t start, int64_t end) {
  std::vector<size_t> starts;  // byte offset of each code point, then the end
  for (size_t i = 0; i < text.size(); i += kg::ingest::CodePointLength(text, i)) starts.push_back(i);
  starts.push_back(text.size());
  REQUIRE(0 <= start);
  REQUIRE(start <= end);
  REQUIRE(end < static_cast<int64_t>(starts.size()));
  return std::string(text.substr(starts[start], starts[end] - starts[start]));
}

// The span of MISC's "TokenRange=S:E", which must be there.
std::pair<int64_t, int64_t> TokenRange(std::string_view misc) {
  std::string_view range = kg::ingest::MiscValue(misc, "TokenRange");
  INFO("MISC: ", misc);
  size_t colon = range.find(':');
  REQUIRE(colon != std::string_view::npos);
  int64_t start = -1, end = -1;
  REQUIRE(std::from_chars(range.data(), range.data() + colon, start).ec == std::errc());
  REQUIRE(std::from_chars(range.data() + colon + 1, range.data() + range.size(), end).ec == std::errc());
  return {start, end};
}

// Every surface token of `s` (a word outside multiword tokens, or a
// multiword token) carries TokenRange, and that span of `input` is its form;
// the words of a multiword token carry none.
void CheckTokenRanges(const ConlluSentence& s, std::string_view input) {
  std::vector<bool> in_multiword(s.sentence.tokens.size(), false);
  for (size_t k = 0; k < s.sentence.multiwords.size(); ++k) {
    const kg::MultiwordToken& m = s.sentence.multiwords[k];
    auto [start, end] = TokenRange(s.multiword_columns[k].misc);
    CHECK(CodePointSlice(input, start, end) == m.form);
    for (int i = m.first; i <= m.last; ++i) in_multiword[static_cast<size_t>(i)] = true;
  }
  for (size_t i = 0; i < s.sentence.tokens.size(); ++i) {
    if (in_multiword[i]) {
      CHECK(kg::ingest::MiscValue(s.misc[i], "TokenRange").empty());
      continue;
    }
    auto [start, end] = TokenRange(s.misc[i]);
    CHECK(CodePointSlice(input, start, end) == s.sentence.tokens[i].form);
  }
}

// kg parse's CoNLL-U output for kTwoSentences: two sentences with ids and
// text, spans into the input, "don't" as a range line.
void CheckTwoSentences(const RunResult& r) {
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  CHECK(Contains(r.out, "\tdon't\t_\t_\t_\t_\t_\t_\t_\t"));
  std::vector<ConlluSentence> sentences = ReadBack(r.out);
  REQUIRE(sentences.size() == 2);
  CHECK(sentences[0].Comment("text") == "Café owners in Zürich don't agree.");
  CHECK(sentences[1].Comment("text") == "The council rejected the plan.");
  for (const ConlluSentence& s : sentences) {
    CHECK_FALSE(s.SentId().empty());
    CheckTokenRanges(s, kTwoSentences);
  }
  CHECK(sentences[0].SentId() != sentences[1].SentId());
  REQUIRE(sentences[0].sentence.multiwords.size() == 1);
  const kg::MultiwordToken& dont = sentences[0].sentence.multiwords[0];
  CHECK(dont.form == "don't");
  CHECK(sentences[0].sentence.tokens[static_cast<size_t>(dont.first)].form == "do");
  CHECK(sentences[0].sentence.tokens[static_cast<size_t>(dont.last)].form == "n't");
}

// A CoNLL-U file whose third line has nine columns instead of ten.
std::string WriteMalformedConllu(const TempDir& dir) {
  std::string path = dir.File("malformed.conllu");
  WriteFile(path,
            "# text = Ministers met.\n"
            "1\tMinisters\tminister\tNOUN\tNNS\tNumber=Plur\t2\tnsubj\t_\t_\n"
            "2\tmet\tmeet\tVERB\tVBD\t_\t0\troot\t_\n"
            "\n");
  return path;
}

// kg parse with a model file that holds `bytes` fails with exit 1 and a
// message naming the file and containing `why`.
void CheckModelRefused(const TempDir& dir, const std::string& bytes, std::string_view why) {
  std::string model = dir.File("damaged.kgmodel");
  WriteFile(model, bytes);
  RunResult r = RunKg({"parse", "--model", model}, kTwoSentences);
  INFO(r.err);
  CHECK(r.exit_code == 1);
  CHECK(Contains(r.err, model + ": "));
  CHECK(Contains(r.err, why));
  CHECK(r.out.empty());
}

}  // namespace

TEST_CASE("kg train writes a parse model, the same bytes every time") {
  TempDir dir;
  std::string again = dir.File("again.kgmodel");
  RunResult r = Train(kTiny, again);
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  std::string bytes = ReadFile(TinyModel());
  CHECK(bytes.starts_with("KGSYNTAX"));
  CHECK(ReadFile(again) == bytes);
}

TEST_CASE("kg train refuses a missing or malformed parse training file") {
  TempDir dir;
  std::string missing = dir.File("missing.conllu");
  RunResult absent = Train(missing, dir.File("a.kgmodel"));
  CHECK(absent.exit_code == 1);
  CHECK(Contains(absent.err, missing));

  std::string malformed = WriteMalformedConllu(dir);
  RunResult bad = Train(malformed, dir.File("b.kgmodel"));
  INFO(bad.err);
  CHECK(bad.exit_code == 1);
  CHECK(Contains(bad.err, malformed + ":3: "));
}

TEST_CASE("kg parse writes CoNLL-U with spans and multiword tokens, from stdin") {
  CheckTwoSentences(Parse({}, kTwoSentences));
  CheckTwoSentences(Parse({"-"}, kTwoSentences));
}

TEST_CASE("kg parse writes CoNLL-U with spans and multiword tokens, from a file") {
  TempDir dir;
  std::string file = dir.File("two.txt");
  WriteFile(file, kTwoSentences);
  CheckTwoSentences(Parse({file}));
}

TEST_CASE("kg parse --format text prints an id line and one root per sentence") {
  RunResult r = Parse({"--format", "text"}, kTwoSentences);
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  INFO(r.out);
  std::istringstream lines(r.out);
  std::vector<std::string> ids;
  int roots = 0;
  for (std::string line; std::getline(lines, line);) {
    if (line.starts_with("# ")) ids.push_back(line);
    roots += line.starts_with("  root  ");
  }
  REQUIRE(ids.size() == 2);
  CHECK(roots == 2);
  CHECK(Contains(ids[0], "#1: Café owners in Zürich do n't agree ."));
  CHECK(Contains(ids[1], "#2: The council rejected the plan ."));
}

TEST_CASE("kg parse reads the seed article, one block per sentence") {
  RunResult r = Parse({SourcePath("samples/seed-article.txt")});
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  std::vector<ConlluSentence> sentences = ReadBack(r.out);
  // 10 body sentences and 4 FAQ answers, as kg ingest stores them (the
  // questions and sources are not sentences of the article).
  CHECK(sentences.size() == 14);
  auto vetoed = std::find_if(sentences.begin(), sentences.end(), [](const ConlluSentence& s) {
    return Contains(s.Comment("text"), "vetoed by the United States");
  });
  REQUIRE(vetoed != sentences.end());
  const auto& tokens = vetoed->sentence.tokens;
  CHECK(std::any_of(tokens.begin(), tokens.end(), [](const kg::Token& t) { return t.form == "vetoed"; }));
  for (const ConlluSentence& s : sentences) CHECK_FALSE(s.SentId().empty());
}

TEST_CASE("kg parse refuses a missing model, from --model or $KG_MODEL") {
  RunResult flag = RunKg({"parse", "--model", "/nonexistent"}, kTwoSentences);
  CHECK(flag.exit_code == 1);
  CHECK(Contains(flag.err, "/nonexistent"));

  RunResult env = kg::test::RunProgram({"env", "KG_MODEL=/nonexistent", KG_BINARY, "parse"}, kTwoSentences);
  CHECK(env.exit_code == 1);
  CHECK(Contains(env.err, "$KG_MODEL=/nonexistent"));
}

TEST_CASE("kg parse refuses a truncated, foreign or damaged model without crashing") {
  TempDir dir;
  std::string bytes = ReadFile(TinyModel());
  CheckModelRefused(dir, bytes.substr(0, bytes.size() / 2), "not a usable kgraph syntax model: the file is truncated");
  CheckModelRefused(dir, "NOTAMODEL and some bytes", "magic");
  std::string flipped = bytes;
  flipped[flipped.size() / 2] = static_cast<char>(flipped[flipped.size() / 2] ^ 0x5a);
  CheckModelRefused(dir, flipped, "checksum");
}

TEST_CASE("kg parse reports an input it cannot read and parses the others, exit code 3") {
  TempDir dir;
  std::string file = dir.File("two.txt"), missing = dir.File("missing.txt");
  WriteFile(file, kTwoSentences);
  RunResult r = Parse({missing, file});
  INFO(r.err);
  CHECK(r.exit_code == 3);
  CHECK(Contains(r.err, missing + ": no such file or folder"));
  CHECK(ReadBack(r.out).size() == 2);

  RunResult only = Parse({missing});
  CHECK(only.exit_code == 3);
  CHECK(Contains(only.err, missing + ": no such file or folder"));
  CHECK(only.out.empty());
}

TEST_CASE("kg parse --eval prints the CoNLL 2018 tables") {
  RunResult r = Parse({"--eval", kTiny});
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  INFO(r.out);
  for (const char* part : {"gold tokenization", "raw text", "UPOS", "LAS"}) CHECK_MESSAGE(Contains(r.out, part), part);
  size_t raw = r.out.find("raw text");
  CHECK(Contains(r.out.substr(raw), "UPOS"));
  CHECK(Contains(r.out.substr(raw), "LAS"));
}

TEST_CASE("kg parse --eval refuses a malformed gold file with FILE:LINE") {
  TempDir dir;
  std::string malformed = WriteMalformedConllu(dir);
  RunResult r = Parse({"--eval", malformed});
  INFO(r.err);
  CHECK(r.exit_code == 1);
  CHECK(Contains(r.err, malformed + ":3: "));
}

TEST_CASE("kg parse takes a 1000-word line without sentence-final punctuation") {
  const std::vector<std::string> words = {"the", "council", "rejected", "the", "plan", "and"};
  std::string text;
  for (size_t i = 0; i < 1000; ++i) text += words[i % words.size()] + (i + 1 < 1000 ? " " : "\n");
  RunResult r = Parse({}, text);
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  std::vector<ConlluSentence> sentences = ReadBack(r.out);
  CHECK(!sentences.empty());
  CHECK(sentences.size() <= 10);
  size_t tokens = 0;
  for (const ConlluSentence& s : sentences) {
    tokens += s.sentence.tokens.size();
    CheckTokenRanges(s, text);
  }
  CHECK(tokens == 1000);
}
