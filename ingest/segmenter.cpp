#include "ingest/segmenter.h"

#include <unicode/brkiter.h>
#include <unicode/uchar.h>

#include <cctype>

#include "ingest/code_points.h"
#include "ingest/icu_breaks.h"
#include "ingest/readers/transcript_turns.h"
#include "ingest/token_shapes.h"
#include "ingest/tokenizer.h"

namespace kg::ingest {
namespace {

// Converts byte offsets into code point offsets of one text, cheaply when
// asked in increasing order (as segmentation does).
class CodePointCursor {
 public:
  explicit CodePointCursor(std::string_view text) : text_(text) {}
  int64_t At(size_t byte) {
    if (byte < byte_) byte_ = 0, chars_ = 0;
    for (; byte_ < byte && byte_ < text_.size(); ++byte_) {
      if ((static_cast<unsigned char>(text_[byte_]) & 0xC0) != 0x80) ++chars_;
    }
    return chars_;
  }

 private:
  std::string_view text_;
  size_t byte_ = 0;
  int64_t chars_ = 0;
};

// Blank lines separate paragraphs; a lone line break is a wrap. Returns a
// copy of `region` of the same byte length where wraps are spaces, so that
// ICU does not end a sentence at every line of hard-wrapped text.
std::string UnwrapLines(std::string_view region) {
  std::string copy(region);
  for (size_t i = 0; i < copy.size(); ++i) {
    if (copy[i] != '\n') continue;
    size_t j = i + 1;
    while (j < copy.size() && (copy[j] == ' ' || copy[j] == '\t' || copy[j] == '\r')) ++j;
    bool blank_line_follows = j < copy.size() && copy[j] == '\n';
    bool blank_line_precedes = i > 0 && copy[i - 1] == '\n';
    if (blank_line_follows || blank_line_precedes) continue;
    copy[i] = ' ';
    if (i > 0 && copy[i - 1] == '\r') copy[i - 1] = ' ';
  }
  return copy;
}

// Whether ICU's sentence break at `b` in `text` follows an abbreviation
// and so is not a sentence end.
bool FollowsAbbreviation(const Abbreviations& abbreviations, std::string_view text, size_t b) {
  size_t p = b;
  while (p > 0) {  // back over spaces and closing quotes
    size_t start;
    UChar32 c = CodePointBefore(text, p, &start);
    if (!u_isUWhiteSpace(c) && !IsClosingPunct(c)) break;
    p = start;
  }
  if (p == 0 || text[p - 1] != '.') return false;
  size_t dot = p - 1;
  size_t w = dot;
  while (w > 0 && !std::isspace(static_cast<unsigned char>(text[w - 1]))) --w;
  std::string_view word = text.substr(w, dot - w);
  // Abbreviations are ASCII: drop opening quotes and brackets before one.
  while (!word.empty() && !std::isalpha(static_cast<unsigned char>(word[0]))) word.remove_prefix(1);
  if (word.empty()) return false;

  size_t n = b;
  while (n < text.size()) {
    UChar32 c = CodePointAt(text, n);
    if (!u_isUWhiteSpace(c) && !IsOpeningPunct(c)) break;
    n += CodePointLength(text, n);
  }
  size_t e = n;
  while (e < text.size() && std::isalnum(static_cast<unsigned char>(text[e]))) ++e;
  std::string next(text.substr(n, e - n));
  if (next.empty()) return false;

  const std::string w_str(word);
  if (abbreviations.titles.count(w_str)) return true;
  if (abbreviations.before_numbers.count(w_str) && std::isdigit(static_cast<unsigned char>(next[0]))) {
    return true;
  }
  if (IsInitialism(word) || IsCapitalInitial(word)) {
    return std::isupper(static_cast<unsigned char>(next[0])) && !abbreviations.sentence_starters.count(next);
  }
  return false;
}

// Whether byte `b` of `text` falls inside a web or e-mail address, where
// ICU would end a sentence at a '?' or '!' ("x.php?id=3").
bool InsideAddress(std::string_view text, size_t b) {
  if (b == 0 || b >= text.size() || IsSpaceAt(text, b)) return false;
  size_t begin = b, end = b, start = 0;
  while (begin > 0 && !u_isUWhiteSpace(CodePointBefore(text, begin, &start))) begin = start;
  if (begin == b) return false;
  while (end < text.size() && !IsSpaceAt(text, end)) end += CodePointLength(text, end);
  const auto address = AddressIn(text, {begin, end});
  return address && address->begin < b && b < address->end;
}

}  // namespace

struct Segmenter::Impl {
  std::unique_ptr<Tokenizer> tokenizer;
  std::unique_ptr<icu::BreakIterator> sentence_breaks;

  void SegmentRegion(const Document& doc, const Region& region, CodePointCursor& cursor,
                     std::vector<Sentence>& out) {
    std::string_view text = doc.text;
    if (region.bytes.end > text.size() || region.bytes.begin >= region.bytes.end) return;
    std::string_view original = text.substr(region.bytes.begin, region.bytes.end - region.bytes.begin);
    std::string unwrapped = UnwrapLines(original);
    std::vector<size_t> breaks = BreakOffsets(*sentence_breaks, unwrapped);

    size_t start = 0;
    for (size_t i = 1; i < breaks.size(); ++i) {
      size_t b = breaks[i];
      if (b < unwrapped.size() && (FollowsAbbreviation(tokenizer->abbreviations(), unwrapped, b) ||
                                   InsideAddress(unwrapped, b))) {
        continue;
      }
      AddSentence(doc, region, start, b, cursor, out);
      start = b;
    }
  }

  // Adds the sentence at [begin, end) of the region, without the spaces around it.
  void AddSentence(const Document& doc, const Region& region, size_t begin, size_t end, CodePointCursor& cursor,
                   std::vector<Sentence>& out) {
    std::string_view text = doc.text;
    begin += region.bytes.begin;
    end += region.bytes.begin;
    while (begin < end && IsSpaceAt(text, begin)) begin += CodePointLength(text, begin);
    while (end > begin) {
      size_t prev;
      if (!u_isUWhiteSpace(CodePointBefore(text, end, &prev))) break;
      end = prev;
    }
    if (begin >= end) return;

    Sentence s;
    s.index = static_cast<int>(out.size());
    s.section = region.section;
    s.bytes = {begin, end};
    s.chars.start = cursor.At(begin);
    TokenizedSentence words = tokenizer->Tokenize(text, s.bytes);
    s.tokens.reserve(words.tokens.size());
    for (const ByteSpan& bytes : words.tokens) s.tokens.push_back(MakeToken(text, bytes, cursor));
    s.multiwords = std::move(words.multiwords);
    s.chars.end = cursor.At(end);
    out.push_back(std::move(s));
  }

  static Token MakeToken(std::string_view text, ByteSpan bytes, CodePointCursor& cursor) {
    Token t;
    t.bytes = bytes;
    t.chars.start = cursor.At(bytes.begin);
    t.chars.end = cursor.At(bytes.end);
    t.form = std::string(text.substr(bytes.begin, bytes.end - bytes.begin));
    t.text = NormalizePunctuation(t.form);
    // As CoNLL-U's SpaceAfter: the end of the document counts as a space.
    t.space_after = bytes.end >= text.size() || IsSpaceAt(text, bytes.end);
    return t;
  }
};

Segmenter::Segmenter(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Segmenter::~Segmenter() = default;

Result<std::unique_ptr<Segmenter>> Segmenter::Create(const std::string& lexicon_dir) {
  KG_ASSIGN_OR_RETURN(Lexicons lexicons, Lexicons::Load(lexicon_dir));
  return Create(lexicons);
}

Result<std::unique_ptr<Segmenter>> Segmenter::Create(const Lexicons& lexicons) {
  KG_ASSIGN_OR_RETURN(Abbreviations abbreviations, Abbreviations::FromLexicons(lexicons));
  KG_ASSIGN_OR_RETURN(TokenizationRules rules, TokenizationRules::FromLexicons(lexicons));
  return Create(std::move(abbreviations), std::move(rules));
}

Result<std::unique_ptr<Segmenter>> Segmenter::Create(Abbreviations abbreviations, TokenizationRules rules) {
  auto impl = std::make_unique<Impl>();
  KG_ASSIGN_OR_RETURN(impl->tokenizer, Tokenizer::Create(std::move(abbreviations), std::move(rules)));
  UErrorCode status = U_ZERO_ERROR;
  // "ss=standard" turns on ICU's own list of English abbreviations.
  impl->sentence_breaks.reset(
      icu::BreakIterator::createSentenceInstance(icu::Locale("en@ss=standard"), status));
  if (U_FAILURE(status)) {
    return Status::Internal(std::string("ICU sentence break iterator: ") + u_errorName(status));
  }
  return std::unique_ptr<Segmenter>(new Segmenter(std::move(impl)));
}

std::vector<Sentence> Segmenter::Segment(const Document& document) {
  std::vector<Sentence> out;
  CodePointCursor cursor(document.text);
  const std::vector<bool> turns = TranscriptTurns(document);
  for (size_t i = 0; i < document.regions.size(); ++i) {
    Region region = document.regions[i];
    if (turns[i]) region.section = Section::kTranscript;
    impl_->SegmentRegion(document, region, cursor, out);
  }
  return out;
}

std::vector<Sentence> Segmenter::SegmentText(const std::string& text) {
  Document doc;
  doc.text = text;
  doc.regions.push_back({{0, text.size()}, Section::kBody});
  return Segment(doc);
}

}  // namespace kg::ingest
