// TokenPieces: the stretches of one sentence's text that the tokenizer
// joins and splits on its way from ICU's word breaks to EWT's words.
#pragma once

#include <algorithm>
#include <string_view>
#include <vector>

namespace kg::ingest {

struct Piece {
  size_t begin = 0, end = 0;  // bytes of the text
  bool whole = false;         // an address or emoticon: no pass joins or cuts it
};

class TokenPieces {
 public:
  TokenPieces(std::string_view text, std::vector<Piece> pieces) : text_(text), pieces_(std::move(pieces)) {}

  size_t size() const { return pieces_.size(); }
  const Piece& operator[](size_t i) const { return pieces_[i]; }
  const std::vector<Piece>& pieces() const { return pieces_; }
  std::string_view text() const { return text_; }
  std::string_view Slice(size_t i) const {
    return text_.substr(pieces_[i].begin, pieces_[i].end - pieces_[i].begin);
  }
  // Piece i and i + 1 exist, touch (no space between) and may be joined.
  bool Touching(size_t i) const {
    return i + 1 < pieces_.size() && pieces_[i].end == pieces_[i + 1].begin && !pieces_[i].whole &&
           !pieces_[i + 1].whole;
  }

  // Joins, at each position i, the `count(i)` pieces from i (0 or 1: none),
  // asking `count` about the pieces as they were before this call.
  template <typename Count>
  void Join(Count count) {
    std::vector<Piece> out;
    out.reserve(pieces_.size());
    for (size_t i = 0; i < pieces_.size();) {
      const size_t n = std::clamp<size_t>(count(i), 1, pieces_.size() - i);
      out.push_back(n == 1 ? pieces_[i] : Piece{pieces_[i].begin, pieces_[i + n - 1].end, false});
      i += n;
    }
    pieces_ = std::move(out);
  }

  // Cuts each piece i in two at byte `at(i)` of it (0: not cut).
  template <typename At>
  void Cut(At at) {
    std::vector<Piece> out;
    out.reserve(pieces_.size() + 2);
    for (size_t i = 0; i < pieces_.size(); ++i) {
      const size_t cut = at(i);
      const Piece& p = pieces_[i];
      if (cut == 0 || cut >= p.end - p.begin) {
        out.push_back(p);
        continue;
      }
      out.push_back({p.begin, p.begin + cut, false});
      out.push_back({p.begin + cut, p.end, false});
    }
    pieces_ = std::move(out);
  }

 private:
  std::string_view text_;
  std::vector<Piece> pieces_;
};

}  // namespace kg::ingest
