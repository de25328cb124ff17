// DocumentTriplesReader: the triples each document gave, with their actors'
// names and codes and an evidence sentence: what `kg eval` scores and
// `--diff` shows. One row per (document, triple) of the level asked for.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "schema/status.h"
#include "schema/store.h"

namespace kg {

struct DocumentTriple {
  std::string doc_key;
  std::string subject, subject_code;  // code empty when NULL
  std::string predicate, category;    // category empty when NULL
  std::string object, object_code;
  bool negated = false;
  std::string phrase, rule;           // of its first evidence row in the document
  std::string sentence;               // that row's sentence text (empty when none)
};

// In document order, then triple order.
Result<std::vector<DocumentTriple>> ReadDocumentTriples(Store& store, const std::string& level);

}  // namespace kg
