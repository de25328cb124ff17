// Document: an article as the readers produce it and the store keeps it.
//
// Offsets everywhere in kgraph are half-open spans counted in Unicode code
// points of Document::text (see schema/migrations/001_initial.sql). Token and
// sentence spans also keep UTF-8 byte offsets, which is what C++ code slices.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace kg {

struct Span {
  int64_t start = 0;  // code points
  int64_t end = 0;
};

struct ByteSpan {
  size_t begin = 0;  // bytes into Document::text
  size_t end = 0;
};

// kTranscript: a speaker-tagged turn of an interview (ingest/readers/transcript_turns.h).
enum class Section { kTitle, kBody, kFaq, kTranscript };
// The word stored in sentences.section.
inline const char* SectionName(Section section) {
  switch (section) {
    case Section::kTitle: return "title";
    case Section::kBody: return "body";
    case Section::kFaq: return "faq";
    case Section::kTranscript: return "transcript";
  }
  return "body";
}

struct DocumentSource {  // a line of an article's "Sources:" section
  std::string name;
  std::optional<std::string> url;
};

// A text region of the document with the section it belongs to. FAQ
// questions are not regions: questions assert nothing.
struct Region {
  ByteSpan bytes;
  Section section = Section::kBody;
};

struct Document {
  std::string key;                 // the document id: JSONL "id", else the path
  std::string source;              // path or URI it was read from, "-" for stdin
  std::string format;              // article | text | jsonl
  std::optional<std::string> title, date, url, dateline;
  std::string text;                // the whole text as stored (valid UTF-8)
  std::vector<Region> regions;     // the parts to analyse, in order
  std::vector<DocumentSource> sources;
};

}  // namespace kg
