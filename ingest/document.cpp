#include "ingest/document.h"

namespace kg::ingest {

const char* SectionName(Section section) {
  switch (section) {
    case Section::kTitle: return "title";
    case Section::kBody: return "body";
    case Section::kFaq: return "faq";
  }
  return "body";
}

}  // namespace kg::ingest
