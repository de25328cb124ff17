#include "ingest/segmenter.h"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

#include <cctype>

namespace kg::ingest {
namespace {

// Decodes the code point starting at byte `i` (invalid bytes read as U+FFFD).
UChar32 CodePointAt(std::string_view s, size_t i) {
  UChar32 c = 0;
  int32_t pos = static_cast<int32_t>(i);
  U8_NEXT(s.data(), pos, static_cast<int32_t>(s.size()), c);
  return c < 0 ? 0xFFFD : c;
}

// The code point ending just before byte `i`, and where it starts.
UChar32 CodePointBefore(std::string_view s, size_t i, size_t* start) {
  UChar32 c = 0;
  int32_t pos = static_cast<int32_t>(i);
  U8_PREV(s.data(), 0, pos, c);
  *start = static_cast<size_t>(pos);
  return c < 0 ? 0xFFFD : c;
}

bool IsOpeningPunct(UChar32 c) {
  return c == '(' || c == '[' || c == '"' || c == '\'' || c == 0x201C || c == 0x2018;
}
bool IsClosingPunct(UChar32 c) {
  return c == ')' || c == ']' || c == '"' || c == '\'' || c == 0x201D || c == 0x2019;
}
bool IsHyphen(std::string_view t) { return t == "-" || t == "\u2010" || t == "\u2011"; }

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

// "U.N", "U.S", "a.m": single letters joined by periods.
bool IsInitialism(std::string_view word) {
  if (word.size() < 3) return false;
  for (size_t i = 0; i < word.size(); ++i) {
    bool letter_place = i % 2 == 0;
    char c = word[i];
    if (letter_place ? !std::isalpha(static_cast<unsigned char>(c)) : c != '.') return false;
  }
  return word.size() % 2 == 1;
}

bool IsCapitalInitial(std::string_view word) {
  return word.size() == 1 && std::isupper(static_cast<unsigned char>(word[0]));
}

bool IsAllSpace(std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    UChar32 c = CodePointAt(s, i);
    if (!u_isUWhiteSpace(c)) return false;
    i += U8_LENGTH(c) > 0 ? U8_LENGTH(c) : 1;
  }
  return true;
}

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

struct Piece {
  size_t begin, end;  // bytes into the document text
};

Status ReadStringSet(const rapidjson::Value& doc, const char* key, const std::string& origin,
                     std::unordered_set<std::string>* out) {
  auto it = doc.FindMember(key);
  if (it == doc.MemberEnd()) return Status::Ok();
  if (!it->value.IsArray()) {
    return Status::InvalidInput(origin + ": \"" + key + "\" must be an array of strings");
  }
  for (const auto& v : it->value.GetArray()) {
    if (!v.IsString()) {
      return Status::InvalidInput(origin + ": \"" + key + "\" must be an array of strings");
    }
    std::string word(v.GetString(), v.GetStringLength());
    if (!word.empty() && word.back() == '.') word.pop_back();
    out->insert(std::move(word));
  }
  return Status::Ok();
}

}  // namespace

std::string NormalizePunctuation(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size();) {
    unsigned char b = static_cast<unsigned char>(text[i]);
    if (b < 0x80) {
      out.push_back(static_cast<char>(b));
      ++i;
      continue;
    }
    UChar32 c = CodePointAt(text, i);
    size_t len = U8_LENGTH(c);
    if (len == 0 || i + len > text.size()) len = 1;
    switch (c) {
      case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: case 0x02BC:
        out.push_back('\'');
        break;
      case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033: case 0x00AB: case 0x00BB:
        out.push_back('"');
        break;
      case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212:
        out.push_back('-');
        break;
      case 0x2026:
        out.append("...");
        break;
      default:
        out.append(text.substr(i, len));
    }
    i += len;
  }
  return out;
}

Result<Abbreviations> Abbreviations::Parse(std::string_view json, const std::string& origin) {
  rapidjson::Document doc;
  doc.Parse(json.data(), json.size());
  if (doc.HasParseError()) {
    return Status::InvalidInput(origin + ": invalid JSON at byte " +
                                std::to_string(doc.GetErrorOffset()) + ": " +
                                rapidjson::GetParseError_En(doc.GetParseError()));
  }
  Abbreviations a;
  KG_RETURN_IF_ERROR(a.Merge(doc, origin));
  return a;
}

Status Abbreviations::Merge(const rapidjson::Value& json, const std::string& origin) {
  if (!json.IsObject()) return Status::InvalidInput(origin + ": expected a JSON object");
  KG_RETURN_IF_ERROR(ReadStringSet(json, "titles", origin, &titles));
  KG_RETURN_IF_ERROR(ReadStringSet(json, "before_numbers", origin, &before_numbers));
  KG_RETURN_IF_ERROR(ReadStringSet(json, "others", origin, &others));
  return ReadStringSet(json, "sentence_starters", origin, &sentence_starters);
}

Result<Abbreviations> Abbreviations::FromLexicons(const Lexicons& lexicons) {
  Abbreviations a;
  for (const LexiconFile* file : lexicons.OfKind("abbreviations")) {
    KG_RETURN_IF_ERROR(a.Merge(file->json, file->path));
  }
  return a;
}

bool Abbreviations::Contains(const std::string& word) const {
  return titles.count(word) || before_numbers.count(word) || others.count(word);
}

struct Segmenter::Impl {
  Abbreviations abbreviations;
  std::unique_ptr<icu::BreakIterator> sentence_breaks;
  std::unique_ptr<icu::BreakIterator> word_breaks;

  // Byte offsets, relative to `text`, where ICU ends sentences.
  std::vector<size_t> Breaks(icu::BreakIterator& it, std::string_view text) {
    std::vector<size_t> breaks;
    UErrorCode status = U_ZERO_ERROR;
    UText* ut = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
    if (U_FAILURE(status)) return {0, text.size()};
    it.setText(ut, status);
    if (U_SUCCESS(status)) {
      for (int32_t b = it.first(); b != icu::BreakIterator::DONE; b = it.next()) {
        breaks.push_back(static_cast<size_t>(b));
      }
    }
    utext_close(ut);
    if (breaks.empty()) breaks = {0, text.size()};
    return breaks;
  }

  // Whether ICU's sentence break at `b` in `text` follows an abbreviation
  // and so is not a sentence end.
  bool FollowsAbbreviation(std::string_view text, size_t b) const {
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
      n += U8_LENGTH(c) > 0 ? U8_LENGTH(c) : 1;
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

  // Tokens of the sentence at [begin, end) of `text` (document offsets).
  std::vector<Piece> Tokenize(std::string_view text, std::string_view view, size_t begin, size_t end) {
    std::vector<size_t> bounds = Breaks(*word_breaks, view.substr(begin, end - begin));
    std::vector<Piece> raw;
    for (size_t i = 0; i + 1 < bounds.size(); ++i) {
      Piece p{begin + bounds[i], begin + bounds[i + 1]};
      if (p.end > p.begin && !IsAllSpace(text.substr(p.begin, p.end - p.begin))) raw.push_back(p);
    }
    auto slice = [&](const Piece& p) { return text.substr(p.begin, p.end - p.begin); };

    // Joins: "de-escalate", "U.N.", "Gen.".
    std::vector<Piece> joined;
    for (size_t i = 0; i < raw.size(); ++i) {
      Piece cur = raw[i];
      if (!joined.empty() && joined.back().end == cur.begin) {
        Piece& prev = joined.back();
        std::string_view t = slice(cur);
        if (IsHyphen(t) && i + 1 < raw.size() && raw[i + 1].begin == cur.end &&
            std::isalnum(static_cast<unsigned char>(text[prev.end - 1])) &&
            std::isalnum(static_cast<unsigned char>(text[raw[i + 1].begin]))) {
          prev.end = raw[i + 1].end;
          ++i;
          continue;
        }
        std::string prev_text(slice(prev));
        if (t == "." && (IsInitialism(prev_text) || IsCapitalInitial(prev_text) ||
                         abbreviations.Contains(prev_text))) {
          prev.end = cur.end;
          continue;
        }
      }
      joined.push_back(cur);
    }

    // Splits: "Russia’s" -> "Russia" "’s", "didn't" -> "did" "n't".
    std::vector<Piece> out;
    for (const Piece& p : joined) {
      std::string norm = NormalizePunctuation(slice(p));
      size_t tail = 0;  // bytes of the original split off the end
      if (norm.size() > 2 && (EndsWith(norm, "'s") || EndsWith(norm, "'S"))) {
        tail = EndsWith(slice(p), "\u2019s") || EndsWith(slice(p), "\u2019S") ? 4 : 2;
      } else if (norm.size() > 3 && EndsWith(norm, "n't")) {
        tail = EndsWith(slice(p), "n\u2019t") ? 5 : 3;
      }
      if (tail > 0 && tail < p.end - p.begin) {
        out.push_back({p.begin, p.end - tail});
        out.push_back({p.end - tail, p.end});
      } else {
        out.push_back(p);
      }
    }
    return out;
  }

  void SegmentRegion(const Document& doc, const Region& region, CodePointCursor& cursor,
                     std::vector<Sentence>& out) {
    std::string_view text = doc.text;
    if (region.bytes.end > text.size() || region.bytes.begin >= region.bytes.end) return;
    std::string_view original = text.substr(region.bytes.begin, region.bytes.end - region.bytes.begin);
    std::string unwrapped = UnwrapLines(original);
    std::vector<size_t> breaks = Breaks(*sentence_breaks, unwrapped);

    size_t start = 0;
    for (size_t i = 1; i < breaks.size(); ++i) {
      size_t b = breaks[i];
      if (b < unwrapped.size() && FollowsAbbreviation(unwrapped, b)) continue;
      AddSentence(doc, region, unwrapped, start, b, cursor, out);
      start = b;
    }
  }

  void AddSentence(const Document& doc, const Region& region, const std::string& unwrapped,
                   size_t begin, size_t end, CodePointCursor& cursor, std::vector<Sentence>& out) {
    std::string_view view = unwrapped;
    auto space_at = [&](size_t i) { return u_isUWhiteSpace(CodePointAt(view, i)); };
    while (begin < end && space_at(begin)) begin += U8_LENGTH(CodePointAt(view, begin));
    while (end > begin) {
      size_t prev;
      UChar32 c = CodePointBefore(view, end, &prev);
      if (!u_isUWhiteSpace(c)) break;
      end = prev;
    }
    if (begin >= end) return;
    size_t base = region.bytes.begin;
    // The view of the whole document with wraps as spaces is not needed:
    // word breaks run on the unwrapped region, offsets are shifted by `base`.
    std::string_view text = doc.text;
    std::vector<Piece> pieces = Tokenize(text.substr(base, view.size()), view, begin, end);

    Sentence s;
    s.index = static_cast<int>(out.size());
    s.section = region.section;
    s.bytes = {base + begin, base + end};
    s.chars.start = cursor.At(s.bytes.begin);
    s.tokens.reserve(pieces.size());
    for (const Piece& p : pieces) {
      Token t;
      t.bytes = {base + p.begin, base + p.end};
      t.chars.start = cursor.At(t.bytes.begin);
      t.chars.end = cursor.At(t.bytes.end);
      t.text = NormalizePunctuation(text.substr(t.bytes.begin, t.bytes.end - t.bytes.begin));
      s.tokens.push_back(std::move(t));
    }
    s.chars.end = cursor.At(s.bytes.end);
    out.push_back(std::move(s));
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
  return Create(std::move(abbreviations));
}

Result<std::unique_ptr<Segmenter>> Segmenter::Create(Abbreviations abbreviations) {
  auto impl = std::make_unique<Impl>();
  impl->abbreviations = std::move(abbreviations);
  UErrorCode status = U_ZERO_ERROR;
  // "ss=standard" turns on ICU's own list of English abbreviations.
  impl->sentence_breaks.reset(
      icu::BreakIterator::createSentenceInstance(icu::Locale("en@ss=standard"), status));
  if (U_FAILURE(status)) {
    return Status::Internal(std::string("ICU sentence break iterator: ") + u_errorName(status));
  }
  impl->word_breaks.reset(icu::BreakIterator::createWordInstance(icu::Locale::getEnglish(), status));
  if (U_FAILURE(status)) {
    return Status::Internal(std::string("ICU word break iterator: ") + u_errorName(status));
  }
  return std::unique_ptr<Segmenter>(new Segmenter(std::move(impl)));
}

std::vector<Sentence> Segmenter::Segment(const Document& document) {
  std::vector<Sentence> out;
  CodePointCursor cursor(document.text);
  for (const Region& region : document.regions) impl_->SegmentRegion(document, region, cursor, out);
  return out;
}

std::vector<Sentence> Segmenter::SegmentText(const std::string& text) {
  Document doc;
  doc.text = text;
  doc.regions.push_back({{0, text.size()}, Section::kBody});
  return Segment(doc);
}

}  // namespace kg::ingest
