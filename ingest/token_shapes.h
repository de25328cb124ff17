// Shapes of written tokens that EWT keeps whole and ICU's word breaks cut:
// web addresses, e-mail addresses, phone numbers. ASCII only (but for the
// quotes around an address): these are machine-made strings.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "schema/document.h"

namespace kg::ingest {

// "http://x.org/a?b=1", "www.x.com", "news.bbc.co.uk/world": a scheme, a
// leading "www.", or a dotted host with a common top-level domain or a path.
bool IsUrl(std::string_view s);
// "jane.doe@example.org".
bool IsEmail(std::string_view s);
// "555-1234", "1-800-555-0199": digit groups joined by hyphens, the last of
// four digits and the one before it not, so that "1990-1995" stays a range.
bool IsPhoneNumber(std::string_view s);

// The web or e-mail address in `chunk` (bytes of `text` between spaces),
// without the brackets, quotes and punctuation around it:
// "(www.x.org)." -> "www.x.org", "Jane<jane@x.org>" -> "jane@x.org".
std::optional<ByteSpan> AddressIn(std::string_view text, ByteSpan chunk);

bool IsAsciiDigits(std::string_view s);
bool IsAsciiLetters(std::string_view s);
// ASCII lower case, other bytes unchanged: lexicon keys of the tokenizer.
std::string LowerCaseAscii(std::string_view s);

}  // namespace kg::ingest
