// Tokenization as UD English EWT does it, case by case, from
// tests/ingest/data/tokenization.txt: an input line, then "=> " and its
// tokens (see the file's header for the notation). Every case also checks
// what every token must be: a substring of the text with its form, ASCII
// text and space_after, and multiword tokens that spell their words.
#include <doctest/doctest.h>

#include <fstream>
#include <string>

#include "ingest/segmenter.h"
#include "tests/test_util.h"

namespace {

using kg::Sentence;

kg::ingest::Segmenter& TheSegmenter() {
  static auto segmenter = kg::ingest::Segmenter::Create(kg::test::SourcePath("ingest/lexicons"));
  REQUIRE_MESSAGE(segmenter.ok(), segmenter.status().message());
  return **segmenter;
}

// The tokens of `s` in the notation of tokenization.txt.
std::string Notation(const Sentence& s) {
  std::string out;
  for (int i = 0; i < static_cast<int>(s.tokens.size()); ++i) {
    if (!out.empty()) out += " | ";
    const kg::MultiwordToken* group = s.MultiwordStartingAt(i);
    if (group == nullptr) {
      out += s.tokens[i].form;
      continue;
    }
    out += "[";
    for (int k = group->first; k <= group->last; ++k) out += (k > group->first ? " " : "") + s.tokens[k].form;
    out += "]";
    i = group->last;
  }
  return out;
}

// What holds for every token whatever the rules: the invariants of schema/sentence.h.
void CheckInvariants(const std::string& text, const Sentence& s, int line) {
  for (size_t i = 0; i < s.tokens.size(); ++i) {
    const kg::Token& t = s.tokens[i];
    INFO("tokenization.txt:", line, ": token ", i, " \"", t.form, "\"");
    CHECK(t.form == text.substr(t.bytes.begin, t.bytes.end - t.bytes.begin));
    CHECK(t.text == kg::ingest::NormalizePunctuation(t.form));
    const bool space = t.bytes.end >= text.size() || text[t.bytes.end] == ' ';
    CHECK(t.space_after == space);
  }
  int previous_last = -1;
  for (const kg::MultiwordToken& m : s.multiwords) {
    INFO("tokenization.txt:", line, ": multiword \"", m.form, "\"");
    REQUIRE(m.first > previous_last);
    REQUIRE(m.last > m.first);
    REQUIRE(m.last < static_cast<int>(s.tokens.size()));
    std::string spelled;
    for (int k = m.first; k <= m.last; ++k) spelled += s.tokens[k].form;
    CHECK(spelled == m.form);
    CHECK(m.form == text.substr(s.tokens[m.first].bytes.begin,
                                s.tokens[m.last].bytes.end - s.tokens[m.first].bytes.begin));
    previous_last = m.last;
  }
}

std::string Tokenized(const std::string& text, int line) {
  std::string out;
  for (const Sentence& s : TheSegmenter().SegmentText(text)) {
    CheckInvariants(text, s, line);
    out += (out.empty() ? "" : " | ") + Notation(s);
  }
  return out;
}

}  // namespace

TEST_CASE("tokenization: every case of tokenization.txt") {
  std::ifstream in(kg::test::SourcePath("tests/ingest/data/tokenization.txt"));
  REQUIRE(in);
  std::string line, input;
  int line_number = 0, input_line = 0, cases = 0;
  while (std::getline(in, line)) {
    ++line_number;
    if (line.empty() || line == "#" || line.rfind("# ", 0) == 0) continue;  // "#peace" is an input
    if (line.rfind("=> ", 0) == 0) {
      REQUIRE_MESSAGE(!input.empty(), "tokenization.txt:", line_number, ": expected tokens without an input");
      CHECK_MESSAGE(Tokenized(input, input_line) == line.substr(3), "tokenization.txt:", input_line, ": ", input);
      ++cases;
      input.clear();
      continue;
    }
    REQUIRE_MESSAGE(input.empty(), "tokenization.txt:", line_number, ": an input line without its tokens");
    input = line;
    input_line = line_number;
  }
  CHECK(input.empty());
  CHECK(cases >= 40);
}
