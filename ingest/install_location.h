// Where an installed kgraph keeps its data: `<prefix>/share/kgraph/NAME`
// beside `<prefix>/bin/kg`, found from the running program, so a
// relocated install still finds its lexicons and models.
#pragma once

#include <string>

namespace kg::ingest {

// Empty when the program's own path cannot be read.
std::string InstalledNextToProgram(const std::string& name);

}  // namespace kg::ingest
