// DocumentAnalyzer: the analysis of one read document, before storage:
// segment, tag and parse every sentence, extract. It is what
// `kg ingest --jobs N` runs on each of its N threads.
//
// One analyzer per thread: it owns its Segmenter, whose ICU break iterators
// are not thread-safe, and shares the syntax model and the extractor, which
// are const after loading and keep no state (syntax_model.h, extractor.h),
// so N threads need one copy of them, not N.
#pragma once

#include <memory>

#include "ingest/extractor.h"
#include "ingest/prose_check.h"
#include "ingest/segmenter.h"
#include "ingest/syntax/syntax_model.h"
#include "schema/document.h"
#include "schema/extraction.h"

namespace kg::ingest {

class DocumentAnalyzer {
 public:
  // `syntax`, `extractor` and `prose` must outlive the analyzer.
  DocumentAnalyzer(std::unique_ptr<Segmenter> segmenter, const syntax::SyntaxModel& syntax,
                   const Extractor& extractor, const ProseCheck& prose)
      : segmenter_(std::move(segmenter)), syntax_(syntax), extractor_(extractor), prose_(prose) {}

  // A document that does not read as English prose (ProseCheck) keeps its
  // sentences, untagged, and gives nothing else; `unread_because` says why.
  Extraction Analyse(const Document& document);

 private:
  std::unique_ptr<Segmenter> segmenter_;
  const syntax::SyntaxModel& syntax_;
  const Extractor& extractor_;
  const ProseCheck& prose_;
};

}  // namespace kg::ingest
