// CompileRegex: the pattern of `=~`, compiled once it is known to be safe
// for std::regex. libstdc++ reads a number in a pattern (a back-reference
// "\12", a repetition count "{3,5}") into a long without checking for
// overflow, undefined behaviour that the query fuzzer reached with
// "\5555555555555555555", and builds a repetition's copies eagerly, so
// "a{99999999}" would take the memory a statement is not allowed. Numbers
// over kMaxRegexNumber are refused before std::regex sees them.
#pragma once

#include <memory>
#include <regex>
#include <string>

#include "schema/status.h"

namespace kg::query {

inline constexpr long kMaxRegexNumber = 1000;

// The compiled pattern (ECMAScript, matched whole by =~), or InvalidInput
// "invalid regular expression: why", for the caller to place.
Result<std::shared_ptr<const std::regex>> CompileRegex(const std::string& pattern);

}  // namespace kg::query
