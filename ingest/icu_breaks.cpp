#include "ingest/icu_breaks.h"

#include <unicode/utext.h>

namespace kg::ingest {

std::vector<size_t> BreakOffsets(icu::BreakIterator& it, std::string_view text) {
  std::vector<size_t> breaks;
  UErrorCode status = U_ZERO_ERROR;
  // A UTF-8 UText reports native (byte) indexes, so no conversion is needed.
  UText* ut = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
  if (U_FAILURE(status)) return {0, text.size()};
  it.setText(ut, status);
  if (U_SUCCESS(status)) {
    for (int32_t b = it.first(); b != icu::BreakIterator::DONE; b = it.next()) {
      breaks.push_back(static_cast<size_t>(b));
    }
  }
  utext_close(ut);
  if (breaks.empty()) breaks = {0, text.size()};
  return breaks;
}

}  // namespace kg::ingest
