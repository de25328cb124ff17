// The dated article format (samples/README.md):
//
//    date 2023-12-10 Jerusalem, December 10 – First paragraph ...
//
//   More paragraphs, separated by blank lines.
//
//   FAQ:
//   Q: a question (asserts nothing: not analysed)
//   A: an answer (analysed, Section::kFaq)
//
//   Sources:
//   – Israeli statement: [URL]
//
// The date and the dateline are metadata, not text regions.
#pragma once

#include <string>
#include <string_view>

#include "schema/document.h"
#include "schema/sentence.h"
#include "schema/status.h"

namespace kg::ingest {

// True when `text` opens with the ` date YYYY-MM-DD` header.
bool LooksLikeArticle(std::string_view text);

// Parses an article; `source` names it in errors (`FILE:LINE: reason`).
// Sets everything but Document::key.
Result<Document> ParseArticle(std::string text, const std::string& source);

// One line of a Sources: section: "– name: [URL]".
DocumentSource ParseSourceLine(std::string_view line);

}  // namespace kg::ingest
