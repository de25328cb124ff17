#include "ingest/conllu/conllu_reader.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <charconv>
#include <fstream>
#include <optional>
#include <string_view>
#include <utility>

#include "ingest/import/utf8_check.h"
#include "ingest/segmenter.h"

namespace kg::ingest {
namespace {

constexpr const char* kColumnNames[] = {"ID",    "FORM", "LEMMA",  "UPOS", "XPOS",
                                        "FEATS", "HEAD", "DEPREL", "DEPS", "MISC"};
using ColumnViews = std::array<std::string_view, 10>;

// A non-negative decimal integer and nothing else.
std::optional<int> ParseNumber(std::string_view s) {
  int value = 0;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
  if (s.empty() || s.front() == '-' || ec != std::errc() || end != s.data() + s.size()) return std::nullopt;
  return value;
}

// The three kinds of word line ID: "4", "3-4" (multiword token), "5.1" (empty node).
struct LineId {
  enum Kind { kWord, kRange, kEmpty } kind = kWord;
  int first = 0, second = 0;
};

std::optional<LineId> ParseId(std::string_view id) {
  size_t sep = id.find_first_of("-.");
  if (sep == std::string_view::npos) {
    std::optional<int> n = ParseNumber(id);
    if (!n || *n < 1) return std::nullopt;
    return LineId{LineId::kWord, *n, 0};
  }
  std::optional<int> a = ParseNumber(id.substr(0, sep)), b = ParseNumber(id.substr(sep + 1));
  if (!a || !b) return std::nullopt;
  if (id[sep] == '-') return *a >= 1 ? std::optional(LineId{LineId::kRange, *a, *b}) : std::nullopt;
  return *b >= 1 ? std::optional(LineId{LineId::kEmpty, *a, *b}) : std::nullopt;
}

// "_" is CoNLL-U for no value, which kg::Token writes as an empty string.
std::string Value(std::string_view column) { return column == "_" ? std::string() : std::string(column); }

size_t CountCodePoints(std::string_view s) {
  size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

// At most about 30 bytes of `s`, cut at a character boundary, for messages.
std::string Excerpt(std::string_view s) {
  if (s.size() <= 30) return std::string(s);
  size_t cut = 30;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
  return std::string(s.substr(0, cut)) + "...";
}

// Walks the sentence text while surface tokens are matched against it, in
// bytes and in code points at once. Whitespace is skipped in the text and
// in the form, so that a form holding a space still finds its characters.
class TextCursor {
 public:
  explicit TextCursor(std::string_view text) : text_(text) {}

  // Moves past `form`, returning where it stands; nullopt when the text
  // does not continue with it (the cursor has then moved somewhere in between).
  std::optional<std::pair<ByteSpan, Span>> Match(std::string_view form) {
    std::optional<std::pair<ByteSpan, Span>> span;
    for (size_t i = 0; i < form.size();) {
      UChar32 want = Decode(form, i);
      if (u_isUWhiteSpace(want)) continue;
      SkipSpace();
      size_t at = byte_;
      int64_t at_char = char_;
      if (byte_ >= text_.size() || Next() != want) return std::nullopt;
      if (!span) span = std::pair<ByteSpan, Span>{{at, at}, {at_char, at_char}};
      span->first.end = byte_;
      span->second.end = char_;
    }
    if (!span) span = std::pair<ByteSpan, Span>{{byte_, byte_}, {char_, char_}};
    return span;
  }

  // What is left after skipping whitespace.
  std::string_view Rest() {
    SkipSpace();
    return text_.substr(byte_);
  }

 private:
  static UChar32 Decode(std::string_view s, size_t& i) {
    int32_t pos = static_cast<int32_t>(i);
    UChar32 c = 0;
    U8_NEXT(s.data(), pos, static_cast<int32_t>(s.size()), c);
    i = static_cast<size_t>(pos);
    return c;
  }
  UChar32 Next() {
    ++char_;
    return Decode(text_, byte_);
  }
  void SkipSpace() {
    while (byte_ < text_.size()) {
      size_t i = byte_;
      if (!u_isUWhiteSpace(Decode(text_, i))) return;
      byte_ = i;
      ++char_;
    }
  }

  std::string_view text_;
  size_t byte_ = 0;
  int64_t char_ = 0;
};

// Builds one ConlluSentence from its lines, checking each as it comes and
// the things only the whole sentence shows (heads, spans) at its end.
class SentenceBuilder {
 public:
  SentenceBuilder(ConlluSentence& out, const std::string& origin, int index) : s_(out), origin_(origin) {
    s_.sentence.index = index;
  }

  bool empty() const { return s_.comments.empty() && lines_ == 0; }

  // One line of the sentence, not blank, without its line end.
  Status Add(std::string_view line, int line_number) {
    line_ = line_number;
    if (std::optional<size_t> bad = FindInvalidUtf8(line)) {
      return Error("invalid UTF-8 at byte " + std::to_string(*bad + 1));
    }
    if (line.front() == '#') return AddComment(line);
    ++lines_;
    ColumnViews columns;
    KG_RETURN_IF_ERROR(Split(line, columns));
    std::optional<LineId> id = ParseId(columns[kId]);
    if (!id) return Error("bad ID \"" + std::string(columns[kId]) + "\"");
    switch (id->kind) {
      case LineId::kWord: return AddWord(columns, id->first);
      case LineId::kRange: return AddMultiword(columns, *id);
      case LineId::kEmpty: return AddEmptyNode(columns, *id);
    }
    return Status::Ok();
  }

  // At the blank line after the sentence, or at the end of the input.
  Status Finish(int line_number) {
    line_ = line_number;
    KG_RETURN_IF_ERROR(CheckNoOpenMultiword());
    if (s_.sentence.tokens.empty()) return Error("a sentence without word lines");
    KG_RETURN_IF_ERROR(CheckHeads());
    std::string_view text = s_.Comment("text");
    s_.text = text.empty() ? JoinedForms() : std::string(text);
    KG_RETURN_IF_ERROR(AssignSpans(line_number));
    s_.sentence.bytes = {0, s_.text.size()};
    s_.sentence.chars = {0, static_cast<int64_t>(CountCodePoints(s_.text))};
    return Status::Ok();
  }

 private:
  Status Error(const std::string& what) const { return ErrorAt(line_, what); }
  Status ErrorAt(int line, const std::string& what) const {
    return Status::InvalidInput(origin_ + ":" + std::to_string(line) + ": " + what);
  }

  Status AddComment(std::string_view line) {
    if (lines_ > 0) return Error("a comment line after the first word line of the sentence");
    line.remove_prefix(1);
    if (!line.empty() && line.front() == ' ') line.remove_prefix(1);
    s_.comments.emplace_back(line);
    return Status::Ok();
  }

  // The ten columns of a word line, none of them empty.
  Status Split(std::string_view line, ColumnViews& columns) const {
    size_t count = 0;
    for (size_t start = 0;; ++count) {
      size_t tab = line.find('\t', start);
      if (count < columns.size()) columns[count] = line.substr(start, tab - start);
      if (tab == std::string_view::npos) break;
      start = tab + 1;
    }
    if (count + 1 != columns.size()) {
      return Error("expected 10 tab-separated columns, found " + std::to_string(count + 1));
    }
    for (size_t i = 0; i < columns.size(); ++i) {
      if (columns[i].empty()) {
        return Error("column " + std::to_string(i + 1) + " (" + kColumnNames[i] +
                     ") is empty; CoNLL-U writes \"_\" for no value");
      }
    }
    return Status::Ok();
  }

  int Words() const { return static_cast<int>(s_.sentence.tokens.size()); }

  Status AddWord(const ColumnViews& columns, int id) {
    if (id != Words() + 1) {
      return Error("word ID " + std::to_string(id) + " out of order: expected " + std::to_string(Words() + 1));
    }
    Token t;
    t.form = std::string(columns[kForm]);
    t.text = NormalizePunctuation(t.form);
    t.lemma = Value(columns[kLemma]);
    t.upos = Value(columns[kUpos]);
    t.xpos = Value(columns[kXpos]);
    t.feats = Value(columns[kFeats]);
    KG_RETURN_IF_ERROR(ParseHead(columns[kHead], &t.head));
    t.deprel = Value(columns[kDeprel]);
    t.space_after = SpaceAfter(id, columns[kMisc]);
    if (id == open_last_) open_last_ = 0;
    s_.sentence.tokens.push_back(std::move(t));
    s_.deps.emplace_back(columns[kDeps]);
    s_.misc.emplace_back(columns[kMisc]);
    word_lines_.push_back(line_);
    return Status::Ok();
  }

  // Inside a multiword token only its last word may be followed by space,
  // and the token's own MISC says whether it is.
  bool SpaceAfter(int id, std::string_view misc) const {
    if (open_last_ != 0 && id < open_last_) return false;
    if (open_last_ != 0) misc = s_.multiword_columns.back().misc;
    return MiscValue(misc, "SpaceAfter") != "No";
  }

  // The HEAD column as a 0-based index; whether it is in the sentence waits
  // for the sentence's end, as a head may follow its dependent.
  Status ParseHead(std::string_view column, int* head) const {
    if (column == "_") {
      *head = Token::kNoHead;
      return Status::Ok();
    }
    std::optional<int> n = ParseNumber(column);
    if (!n) return Error("bad HEAD \"" + std::string(column) + "\"");
    *head = *n - 1;  // HEAD 0, the root, is Token::kRoot
    return Status::Ok();
  }

  Status AddMultiword(const ColumnViews& columns, const LineId& id) {
    std::string range = std::to_string(id.first) + "-" + std::to_string(id.second);
    KG_RETURN_IF_ERROR(CheckNoOpenMultiword());
    if (id.first != Words() + 1) {
      return Error("multiword token " + range + " out of order: expected it to start at word " +
                   std::to_string(Words() + 1));
    }
    if (id.second <= id.first) return Error("multiword token " + range + " spans fewer than two words");
    for (ConlluColumn c : {kLemma, kUpos, kXpos, kHead, kDeprel, kDeps}) {
      if (columns[c] != "_") {
        return Error(std::string("multiword token ") + range + " has " + kColumnNames[c] +
                     " \"" + std::string(columns[c]) + "\"; only FORM, FEATS and MISC may be set");
      }
    }
    s_.sentence.multiwords.push_back({id.first - 1, id.second - 1, std::string(columns[kForm])});
    s_.multiword_columns.push_back({std::string(columns[kFeats]), std::string(columns[kMisc])});
    multiword_lines_.push_back(line_);
    open_last_ = id.second;
    return Status::Ok();
  }

  Status AddEmptyNode(const ColumnViews& columns, const LineId& id) {
    std::string name = std::to_string(id.first) + "." + std::to_string(id.second);
    KG_RETURN_IF_ERROR(CheckNoOpenMultiword());
    if (id.first != Words()) {
      return Error("empty node " + name + " out of order: it follows word " + std::to_string(Words()));
    }
    int expected = id.first == last_empty_.first ? last_empty_.second + 1 : 1;
    if (id.second != expected) {
      return Error("empty node " + name + " out of order: expected " + std::to_string(id.first) + "." +
                   std::to_string(expected));
    }
    last_empty_ = {id.first, id.second};
    EmptyNode node;
    node.after_word = id.first;
    for (size_t i = 0; i < columns.size(); ++i) node.columns[i] = std::string(columns[i]);
    s_.empty_nodes.push_back(std::move(node));
    return Status::Ok();
  }

  Status CheckNoOpenMultiword() const {
    if (open_last_ == 0) return Status::Ok();
    const MultiwordToken& m = s_.sentence.multiwords.back();
    return Error("multiword token " + std::to_string(m.first + 1) + "-" + std::to_string(m.last + 1) +
                 " ends before its word " + std::to_string(Words() + 1));
  }

  Status CheckHeads() const {
    for (int i = 0; i < Words(); ++i) {
      int head = s_.sentence.tokens[i].head;
      if (head >= Words()) {
        return ErrorAt(word_lines_[i], "HEAD " + std::to_string(head + 1) + " is not a word of the sentence (" +
                                           std::to_string(Words()) + " words)");
      }
      if (head == i) return ErrorAt(word_lines_[i], "word " + std::to_string(i + 1) + " is its own HEAD");
    }
    return Status::Ok();
  }

  // The surface tokens: each multiword token once, each other word alone,
  // with a callback(first, last, form, line) per token.
  template <typename F>
  Status ForEachSurfaceToken(F&& f) const {
    size_t next_multiword = 0;
    for (int i = 0; i < Words();) {
      const auto& multiwords = s_.sentence.multiwords;
      if (next_multiword < multiwords.size() && multiwords[next_multiword].first == i) {
        const MultiwordToken& m = multiwords[next_multiword];
        KG_RETURN_IF_ERROR(f(m.first, m.last, m.form, multiword_lines_[next_multiword++]));
        i = m.last + 1;
      } else {
        KG_RETURN_IF_ERROR(f(i, i, s_.sentence.tokens[i].form, word_lines_[i]));
        ++i;
      }
    }
    return Status::Ok();
  }

  // The text of a sentence without "# text", as a detokenizer would write it.
  std::string JoinedForms() const {
    std::string text;
    (void)ForEachSurfaceToken([&](int, int last, const std::string& form, int) {
      text += form;
      if (s_.sentence.tokens[last].space_after && last + 1 < Words()) text += ' ';
      return Status::Ok();
    });
    return text;
  }

  Status AssignSpans(int end_line) {
    TextCursor cursor(s_.text);
    KG_RETURN_IF_ERROR(ForEachSurfaceToken([&](int first, int last, const std::string& form, int line) {
      std::string_view rest = cursor.Rest();
      auto span = cursor.Match(form);
      if (!span) {
        return ErrorAt(line, "FORM \"" + form + "\" does not match the sentence text at \"" + Excerpt(rest) + "\"");
      }
      SpanWords(first, last, span->first, span->second);
      return Status::Ok();
    }));
    std::string_view rest = cursor.Rest();
    if (rest.empty()) return Status::Ok();
    return ErrorAt(end_line, "the sentence text goes on after the last word: \"" + Excerpt(rest) + "\"");
  }

  // Gives the words first..last their spans in a surface token at `bytes`.
  void SpanWords(int first, int last, ByteSpan bytes, Span chars) {
    std::string_view surface = std::string_view(s_.text).substr(bytes.begin, bytes.end - bytes.begin);
    std::string spelled;
    for (int i = first; i <= last; ++i) spelled += s_.sentence.tokens[i].form;
    bool split = first < last && spelled == surface;
    for (int i = first; i <= last; ++i) {
      Token& t = s_.sentence.tokens[i];
      t.bytes = bytes;
      t.chars = chars;
      if (!split) continue;
      t.bytes.end = bytes.begin + t.form.size();
      t.chars.end = chars.start + static_cast<int64_t>(CountCodePoints(t.form));
      bytes.begin = t.bytes.end;
      chars.start = t.chars.end;
    }
  }

  ConlluSentence& s_;
  const std::string& origin_;
  int line_ = 0;        // the line being read, for messages
  int lines_ = 0;       // word, multiword and empty-node lines so far
  int open_last_ = 0;   // 1-based last word of the multiword token being read, 0 when none
  std::pair<int, int> last_empty_{-1, 0};  // the ID of the last empty node
  std::vector<int> word_lines_, multiword_lines_;
};

}  // namespace

ConlluReader::ConlluReader(std::istream& in, std::string origin) : in_(in), origin_(std::move(origin)) {}

bool ConlluReader::ReadLine() {
  if (!std::getline(in_, line_)) return false;
  ++line_number_;
  if (!line_.empty() && line_.back() == '\r') line_.pop_back();
  return true;
}

Result<bool> ConlluReader::Next(ConlluSentence& sentence) {
  sentence = ConlluSentence();
  SentenceBuilder builder(sentence, origin_, sentence_index_);
  while (ReadLine()) {
    if (!line_.empty()) {
      KG_RETURN_IF_ERROR(builder.Add(line_, line_number_));
      continue;
    }
    if (builder.empty()) {
      return Status::InvalidInput(origin_ + ":" + std::to_string(line_number_) +
                                  ": a blank line where a sentence should start");
    }
    break;
  }
  if (builder.empty()) return false;  // the end of the input
  // A missing blank line after the last sentence is tolerated.
  KG_RETURN_IF_ERROR(builder.Finish(line_number_));
  ++sentence_index_;
  return true;
}

Result<std::vector<ConlluSentence>> ReadConlluFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound(path + ": cannot open");
  ConlluReader reader(in, path);
  std::vector<ConlluSentence> sentences;
  ConlluSentence sentence;
  while (true) {
    KG_ASSIGN_OR_RETURN(bool more, reader.Next(sentence));
    if (!more) break;
    sentences.push_back(std::move(sentence));
  }
  return sentences;
}

}  // namespace kg::ingest
