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
#include "ingest/segmenter.h"
#include "ingest/syntax/syntax_model.h"
#include "schema/document.h"
#include "schema/extraction.h"

namespace kg::ingest {

class DocumentAnalyzer {
 public:
  // `syntax` and `extractor` must outlive the analyzer.
  DocumentAnalyzer(std::unique_ptr<Segmenter> segmenter, const syntax::SyntaxModel& syntax,
                   const Extractor& extractor)
      : segmenter_(std::move(segmenter)), syntax_(syntax), extractor_(extractor) {}

  Extraction Analyse(const Document& document);

 private:
  std::unique_ptr<Segmenter> segmenter_;
  const syntax::SyntaxModel& syntax_;
  const Extractor& extractor_;
};

}  // namespace kg::ingest
