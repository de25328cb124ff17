// A small database for the REPL's end-to-end tests: a handful of countries
// with relations and evidence, plus optional filler entities that make a
// cross product slow enough to interrupt.
#pragma once

#include <string>

namespace kg::test {

// Creates `db_path` holding Israel, Iran, Russia, "United States" and
// "United Kingdom" (countries) with relations among them, the organization
// "Israel Defense Forces" without any, and `filler`
// further entities named "Filler N" with no relations.
void MakeReplDatabase(const std::string& db_path, int filler = 0);

}  // namespace kg::test
