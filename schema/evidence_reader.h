// EvidenceReader: the sentences behind triples, for `kg path --evidence`,
// export tooltips and the JSON-lines export.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "schema/database.h"
#include "schema/status.h"
#include "schema/store.h"

namespace kg {

struct EvidenceSentence {
  std::string doc_key;   // empty for imported assertions
  std::string date;      // empty when unknown
  std::string sentence;  // the sentence text; empty when the evidence has none
  std::string source;    // FILE:LINE of an import, else empty
  std::string rule;      // the extraction rule, "import", or empty
  std::string modality;  // asserted, reported, negated ...; empty when not recorded
  std::string phrase;    // the surface phrase ("expressed his disapproval of"); empty when none
  // The phrase's span in the document, in code points from its start (end
  // exclusive); absent for imported assertions.
  std::optional<int64_t> start, end;
};

// One evidence row of one triple with its endpoints' names, as the JSON
// lines export writes it. Triples without evidence give one line whose
// evidence fields are absent.
struct EvidenceLine {
  int64_t triple_id = 0;
  std::optional<std::string> doc_key;
  std::string subject, predicate, object;
  std::optional<std::string> subject_code, object_code, category;
  bool negated = false;
  std::optional<std::string> sentence, phrase, date, source;
  std::optional<std::string> rule, modality, frame;
};

class EvidenceReader {
 public:
  static Result<std::unique_ptr<EvidenceReader>> Create(Store& store);

  // Up to `limit` evidence rows of the triple, oldest first.
  Result<std::vector<EvidenceSentence>> ForTriple(int64_t triple_id, int limit);

 private:
  explicit EvidenceReader(Statement stmt) : for_triple_(std::move(stmt)) {}
  Statement for_triple_;
};

// Every triple of `level` in id order, one line per evidence row.
Status ForEachEvidenceLine(Store& store, std::string_view level, const std::function<void(const EvidenceLine&)>& fn);

}  // namespace kg
