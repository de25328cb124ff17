#include "ingest/tokenizer.h"

#include <optional>

#include "ingest/code_points.h"
#include "ingest/icu_breaks.h"
#include "ingest/punctuation.h"
#include "ingest/piece_rules.h"
#include "ingest/token_shapes.h"
#include "ingest/word_splits.h"

namespace kg::ingest {
namespace {

bool EndsWithNoCase(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && LowerCaseAscii(s.substr(s.size() - suffix.size())) == LowerCaseAscii(suffix);
}

// An emoticon ending the chunk, maybe before sentence marks, alone or
// right after a word: "fun:)", ":-).".
std::optional<ByteSpan> EmoticonAtEnd(std::string_view text, ByteSpan chunk, const TokenizationRules& rules) {
  size_t end = chunk.end;
  while (end > chunk.begin && std::string_view(".,;!?").find(text[end - 1]) != std::string_view::npos) --end;
  for (size_t e : {chunk.end, end}) {
    const std::string_view written = text.substr(chunk.begin, e - chunk.begin);
    for (const std::string& emoticon : rules.emoticons) {
      if (emoticon.empty() || !EndsWithNoCase(written, emoticon)) continue;
      const size_t begin = e - emoticon.size();
      size_t before;
      if (begin == chunk.begin || IsAlnum(CodePointBefore(text, begin, &before))) return ByteSpan{begin, e};
    }
  }
  return std::nullopt;
}

// What of the chunk (text between spaces) must stay one token although ICU
// cuts it: a web or e-mail address, an emoticon.
std::optional<ByteSpan> WholeSpan(std::string_view text, ByteSpan chunk, const TokenizationRules& rules) {
  if (auto address = AddressIn(text, chunk)) return address;
  return EmoticonAtEnd(text, chunk, rules);
}

// Appends the parts of `pieces` inside [from, to).
void AppendClipped(const std::vector<Piece>& pieces, size_t first, size_t last, size_t from, size_t to,
                   std::vector<Piece>& out) {
  for (size_t k = first; k < last; ++k) {
    const size_t b = std::max(pieces[k].begin, from), e = std::min(pieces[k].end, to);
    if (b < e) out.push_back({b, e, false});
  }
}

// ICU's pieces, with each chunk's whole span (see WholeSpan) made one piece.
std::vector<Piece> ProtectWholeSpans(std::string_view text, const std::vector<Piece>& pieces,
                                     const TokenizationRules& rules) {
  std::vector<Piece> out;
  out.reserve(pieces.size());
  for (size_t k = 0; k < pieces.size();) {
    // A chunk: the pieces that touch each other from k on.
    size_t last = k + 1;
    while (last < pieces.size() && pieces[last].begin == pieces[last - 1].end) ++last;
    const ByteSpan chunk{pieces[k].begin, pieces[last - 1].end};
    if (auto whole = WholeSpan(text, chunk, rules)) {
      AppendClipped(pieces, k, last, chunk.begin, whole->begin, out);
      out.push_back({whole->begin, whole->end, true});
      AppendClipped(pieces, k, last, whole->end, chunk.end, out);
    } else {
      out.insert(out.end(), pieces.begin() + static_cast<ptrdiff_t>(k), pieces.begin() + static_cast<ptrdiff_t>(last));
    }
    k = last;
  }
  return out;
}

// The byte after the last letter or digit of `sentence`: a period at or
// after it ends the sentence.
size_t LastWordEnd(std::string_view text, ByteSpan sentence) {
  size_t e = sentence.end, start = 0;
  while (e > sentence.begin) {
    if (IsAlnum(CodePointBefore(text, e, &start))) return e;
    e = start;
  }
  return sentence.begin;
}

// Tracks single quotes, so that the ' of "the 'Jones' case" is not taken
// for a plural possessive as in "the Joneses' house".
class SingleQuotes {
 public:
  explicit SingleQuotes(const TokenPieces& p) : p_(p) {}
  // Whether the apostrophe piece `i` after a word in s is a possessive.
  bool IsPossessive(size_t i) const {
    if (open_ || !IsApostrophe(p_.Slice(i))) return false;
    return !p_.Touching(i) || !IsAlnum(CodePointAt(p_.text(), p_[i + 1].begin));
  }
  // Notes piece `i`: a ' or ‘ with a space before and a word after opens a
  // quote, a ' or ’ after a word closes it.
  void See(size_t i) {
    const std::string_view s = p_.Slice(i);
    const bool spaced_before = i == 0 || p_[i - 1].end != p_[i].begin;
    if ((s == "'" || s == "\u2018") && spaced_before && p_.Touching(i)) {
      open_ = true;
    } else if (IsApostrophe(s) && !spaced_before) {
      open_ = false;
    }
  }

 private:
  const TokenPieces& p_;
  bool open_ = false;
};

bool EndsInS(std::string_view s) { return !s.empty() && (s.back() == 's' || s.back() == 'S'); }

// Step 3: the syntactic words of every piece, with the multiword tokens.
TokenizedSentence SplitWords(const TokenPieces& p, const TokenizationRules& rules) {
  TokenizedSentence out;
  out.tokens.reserve(p.size() + 4);
  SingleQuotes quotes(p);
  auto add_multiword = [&](size_t first_token, ByteSpan surface) {
    out.multiwords.push_back({static_cast<int>(first_token), static_cast<int>(out.tokens.size()) - 1,
                              std::string(p.text().substr(surface.begin, surface.end - surface.begin))});
  };
  for (size_t i = 0; i < p.size(); ++i) {
    const size_t first = out.tokens.size();
    if (p[i].whole) {
      out.tokens.push_back({p[i].begin, p[i].end});
      continue;
    }
    const std::vector<ByteSpan> words = SyntacticWords(p.text(), {p[i].begin, p[i].end}, rules);
    out.tokens.insert(out.tokens.end(), words.begin(), words.end());
    if (words.size() > 1) {
      add_multiword(first, {p[i].begin, p[i].end});
    } else if (EndsInS(p.Slice(i)) && p.Touching(i) && quotes.IsPossessive(i + 1)) {
      out.tokens.push_back({p[i + 1].begin, p[i + 1].end});  // "Palestinians" "'"
      add_multiword(first, {p[i].begin, p[i + 1].end});
      ++i;
      continue;
    }
    quotes.See(i);
  }
  return out;
}

}  // namespace

Tokenizer::Tokenizer(Abbreviations abbreviations, TokenizationRules rules, std::unique_ptr<icu::BreakIterator> words)
    : abbreviations_(std::move(abbreviations)), rules_(std::move(rules)), word_breaks_(std::move(words)) {}

Result<std::unique_ptr<Tokenizer>> Tokenizer::Create(Abbreviations abbreviations, TokenizationRules rules) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> words(icu::BreakIterator::createWordInstance(icu::Locale::getEnglish(), status));
  if (U_FAILURE(status)) {
    return Status::Internal(std::string("ICU word break iterator: ") + u_errorName(status));
  }
  return std::unique_ptr<Tokenizer>(new Tokenizer(std::move(abbreviations), std::move(rules), std::move(words)));
}

TokenizedSentence Tokenizer::Tokenize(std::string_view text, ByteSpan sentence) {
  const std::string_view region = text.substr(sentence.begin, sentence.end - sentence.begin);
  const std::vector<size_t> bounds = BreakOffsets(*word_breaks_, region);
  std::vector<Piece> icu_pieces;
  icu_pieces.reserve(bounds.size());
  for (size_t i = 0; i + 1 < bounds.size(); ++i) {
    const Piece p{sentence.begin + bounds[i], sentence.begin + bounds[i + 1], false};
    if (p.end > p.begin && !IsAllSpace(text.substr(p.begin, p.end - p.begin))) icu_pieces.push_back(p);
  }
  TokenPieces pieces(text, ProtectWholeSpans(text, icu_pieces, rules_));
  ReshapePieces(abbreviations_, rules_, LastWordEnd(text, sentence), pieces);
  return SplitWords(pieces, rules_);
}

}  // namespace kg::ingest
