#include "ingest/readers/paragraphs.h"

namespace kg::ingest {
namespace {

bool IsBlank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v'; }

}  // namespace

ByteSpan TrimSpan(std::string_view text, size_t begin, size_t end) {
  while (begin < end && IsBlank(text[begin])) ++begin;
  while (end > begin && IsBlank(text[end - 1])) --end;
  return {begin, end};
}

void AppendParagraphs(std::string_view text, size_t begin, size_t end, Section section,
                      std::vector<Region>* regions) {
  size_t paragraph = begin;
  size_t line = begin;
  while (line < end) {
    size_t eol = text.find('\n', line);
    if (eol == std::string_view::npos || eol > end) eol = end;
    ByteSpan content = TrimSpan(text, line, eol);
    if (content.begin == content.end) {  // a blank line closes the paragraph
      ByteSpan p = TrimSpan(text, paragraph, line);
      if (p.begin < p.end) regions->push_back({p, section});
      paragraph = eol;
    }
    line = eol + 1;
  }
  ByteSpan p = TrimSpan(text, paragraph, end);
  if (p.begin < p.end) regions->push_back({p, section});
}

}  // namespace kg::ingest
