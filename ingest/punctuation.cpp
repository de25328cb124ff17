#include "ingest/punctuation.h"

#include "ingest/code_points.h"

namespace kg::ingest {

std::string NormalizePunctuation(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size();) {
    if (static_cast<unsigned char>(text[i]) < 0x80) {
      out.push_back(text[i++]);
      continue;
    }
    const UChar32 c = CodePointAt(text, i);
    const size_t len = CodePointLength(text, i);
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

bool IsOpeningPunct(UChar32 c) {
  return c == '(' || c == '[' || c == '"' || c == '\'' || c == 0x201C || c == 0x2018;
}

bool IsClosingPunct(UChar32 c) {
  return c == ')' || c == ']' || c == '"' || c == '\'' || c == 0x201D || c == 0x2019;
}

bool IsHyphen(std::string_view mark) { return mark == "-" || mark == "\u2010" || mark == "\u2011"; }

bool IsApostrophe(std::string_view mark) { return mark == "'" || mark == "\u2019"; }

}  // namespace kg::ingest
