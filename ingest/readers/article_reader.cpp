#include "ingest/readers/article_reader.h"

#include <algorithm>
#include <array>
#include <cctype>

#include "ingest/readers/input_check.h"
#include "ingest/readers/paragraphs.h"

namespace kg::ingest {
namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";

std::string_view Trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

std::string Lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

bool StartsWith(std::string_view s, std::string_view prefix) {
  return s.substr(0, prefix.size()) == prefix;
}

// Byte offset just past the header's "date" keyword and spaces, or npos.
size_t AfterDateKeyword(std::string_view text) {
  size_t p = StartsWith(text, kBom) ? kBom.size() : 0;
  while (p < text.size() && (text[p] == ' ' || text[p] == '\t')) ++p;
  if (text.substr(p, 4) != "date") return std::string_view::npos;
  p += 4;
  if (p >= text.size() || (text[p] != ' ' && text[p] != '\t')) return std::string_view::npos;
  while (p < text.size() && (text[p] == ' ' || text[p] == '\t')) ++p;
  return p;
}

enum class Heading { kNone, kFaq, kSources };

Heading HeadingOf(std::string_view line) {
  std::string h = Lower(Trim(line));
  if (!h.empty() && h.back() == ':') h.pop_back();
  if (h == "faq" || h == "faqs" || h == "frequently asked questions") return Heading::kFaq;
  if (h == "sources" || h == "source") return Heading::kSources;
  return Heading::kNone;
}

// The dateline ends at the first spaced dash ("Jerusalem, December 10 –").
// It is short and has no sentence punctuation, or it is not a dateline.
size_t DatelineDash(std::string_view rest, size_t* dash_len) {
  static constexpr std::array<std::string_view, 4> kDashes = {" \u2013 ", " \u2014 ", " - ", " -- "};
  size_t best = std::string_view::npos;
  for (auto dash : kDashes) {
    size_t at = rest.find(dash);
    if (at < best) best = at, *dash_len = dash.size();
  }
  if (best == std::string_view::npos || best > 80) return std::string_view::npos;
  if (rest.substr(0, best).find_first_of(".!?") != std::string_view::npos) return std::string_view::npos;
  return best;
}

}  // namespace

bool LooksLikeArticle(std::string_view text) {
  size_t p = AfterDateKeyword(text);
  return p != std::string_view::npos && p < text.size() && std::isdigit(static_cast<unsigned char>(text[p]));
}

DocumentSource ParseSourceLine(std::string_view line) {
  line = Trim(line);
  for (std::string_view bullet : {"\u2013", "\u2014", "-", "*", "\u2022", "\u00b7"}) {
    if (StartsWith(line, bullet)) {
      line = Trim(line.substr(bullet.size()));
      break;
    }
  }
  DocumentSource source;
  std::string_view name = line, url;
  if (size_t colon = line.find(": "); colon != std::string_view::npos) {
    name = Trim(line.substr(0, colon));
    url = Trim(line.substr(colon + 2));
  } else if (size_t http = line.find("http"); http != std::string_view::npos && http > 0) {
    name = Trim(line.substr(0, http));
    url = Trim(line.substr(http));
  }
  if (url.size() >= 2 && ((url.front() == '[' && url.back() == ']') ||
                          (url.front() == '<' && url.back() == '>') ||
                          (url.front() == '(' && url.back() == ')'))) {
    url = Trim(url.substr(1, url.size() - 2));
  }
  source.name = std::string(name.empty() ? line : name);
  if (!url.empty()) source.url = std::string(url);
  return source;
}

Result<Document> ParseArticle(std::string text, const std::string& source) {
  Document doc;
  doc.text = std::move(text);
  doc.source = source;
  doc.format = "article";
  std::string_view t = doc.text;

  size_t first_eol = std::min(t.find('\n'), t.size());
  size_t p = AfterDateKeyword(t);
  if (p == std::string_view::npos || !IsIsoDate(t.substr(p, std::min<size_t>(10, first_eol - p)))) {
    return Status::InvalidInput(source + ":1: expected the article header \" date YYYY-MM-DD\" with a date of the calendar");
  }
  doc.date = std::string(t.substr(p, 10));
  p += 10;

  size_t body_begin = p;
  size_t dash_len = 0;
  std::string_view rest = t.substr(p, first_eol - p);
  size_t lead = std::min(rest.find_first_not_of(" \t\r"), rest.size());
  size_t dash = DatelineDash(rest.substr(lead), &dash_len);
  if (dash != std::string_view::npos) {
    std::string_view dateline = Trim(rest.substr(lead, dash));
    if (!dateline.empty()) doc.dateline = std::string(dateline);
    body_begin = p + lead + dash + dash_len;
  }

  // Walk the lines after the header: body until a heading, then FAQ
  // answers and source lines.
  Heading section = Heading::kNone;
  size_t body_end = t.size();
  enum class Faq { kNone, kQuestion, kAnswer } faq = Faq::kNone;
  size_t answer_begin = 0;
  auto close_answer = [&](size_t end) {
    if (faq == Faq::kAnswer) {
      ByteSpan span = TrimSpan(t, answer_begin, end);
      if (span.begin < span.end) doc.regions.push_back({span, Section::kFaq});
    }
    faq = Faq::kNone;
  };

  size_t line = first_eol < t.size() ? first_eol + 1 : t.size();
  while (line < t.size()) {
    size_t eol = std::min(t.find('\n', line), t.size());
    std::string_view content = Trim(t.substr(line, eol - line));
    Heading heading = HeadingOf(content);
    if (heading != Heading::kNone) {
      if (section == Heading::kNone) {
        body_end = line;
        AppendParagraphs(t, body_begin, body_end, Section::kBody, &doc.regions);
      }
      close_answer(line);
      section = heading;
    } else if (section == Heading::kFaq) {
      if (content.empty()) {
        close_answer(line);
      } else if (StartsWith(content, "Q:")) {
        close_answer(line);
        faq = Faq::kQuestion;
      } else if (StartsWith(content, "A:")) {
        close_answer(line);
        faq = Faq::kAnswer;
        answer_begin = static_cast<size_t>(content.data() - t.data()) + 2;
      } else if (faq == Faq::kNone) {  // FAQ text outside Q/A pairs
        faq = Faq::kAnswer;
        answer_begin = line;
      }
    } else if (section == Heading::kSources && !content.empty()) {
      doc.sources.push_back(ParseSourceLine(content));
    }
    line = eol + 1;
  }
  if (section == Heading::kNone) AppendParagraphs(t, body_begin, t.size(), Section::kBody, &doc.regions);
  close_answer(t.size());
  return doc;
}

}  // namespace kg::ingest
