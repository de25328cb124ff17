// ContentHash: the SHA-256 that identifies a document's content, so that
// ingesting the same text again is recognised as a no-op.
#pragma once

#include <string>
#include <string_view>

#include "schema/document.h"
#include "schema/sentence.h"

namespace kg::ingest {

// Lower-case hex SHA-256 of `data` (FIPS 180-4).
std::string Sha256Hex(std::string_view data);

// The hash of a document's format and text: what makes it "the same
// document" whatever file name or id it arrives under.
std::string ContentHash(const Document& document);

}  // namespace kg::ingest
