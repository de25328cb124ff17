// DocumentMentionsReader: every mention stored for the documents (actors,
// and the things events act on), with the entity it names, that entity's
// type and code, the mention's sector, how it was coded, and the sentence
// it stands in: what `kg eval --actors` scores and `kg export --format
// mentions` writes. One row per mention, in document and sentence order.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "schema/status.h"
#include "schema/store.h"

namespace kg {

struct DocumentMention {
  std::string doc_key;
  int64_t sentence_index = 0;
  std::string sentence;  // the sentence's text
  int64_t start = 0, end = 0;  // the mention's span in the document (code points)
  std::string surface;
  std::string entity, type, code;  // code empty when NULL
  // The mention's own sector, else its entity's; empty when neither has one.
  std::string sector;
  // How its code was found ("lexicon", "apposition" ... "none"); "unknown"
  // for a mention stored before schema version 5, which did not say.
  std::string coded_by;
};

// Which documents' mentions to read: those dated within [since, until]
// (YYYY-MM-DD, inclusive; empty = unbounded). A bound leaves out every
// document without a date.
struct MentionWindow {
  std::string since, until;
};

// Calls `fn` for each mention of the documents in `window`, in document,
// sentence and span order, holding one row at a time.
Status ForEachDocumentMention(Store& store, const MentionWindow& window,
                              const std::function<void(const DocumentMention&)>& fn);

// All of them, of every document.
Result<std::vector<DocumentMention>> ReadDocumentMentions(Store& store);

}  // namespace kg
