// DocumentMentionsReader: every actor mention stored for the documents, with
// the entity it names, that entity's type and code, and the sentence it
// stands in: what `kg eval --actors` scores and `kg export --format
// mentions` writes. One row per mention, in document and sentence order.
#pragma once

#include <cstdint>
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
  std::string entity, type, code, sector;  // code and sector empty when NULL
};

Result<std::vector<DocumentMention>> ReadDocumentMentions(Store& store);

}  // namespace kg
