// Where an installed kgraph keeps its data: `<prefix>/share/kgraph/NAME`
// beside `<prefix>/bin/kg`, found from the running program, so a
// relocated install still finds its lexicons and models.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "schema/status.h"

namespace kg::ingest {

// Empty when the program's own path cannot be read.
std::string InstalledNextToProgram(const std::string& name);

// How a data file or folder is found, in this order: the command-line flag,
// the environment variable, then each default place. A flag or variable
// that names nothing usable is an error, not a reason to look elsewhere.
struct DataSearch {
  std::string flag;                  // the flag's value, empty when not given
  std::string flag_name;             // "--model"
  std::string env_name;              // "KG_MODEL"
  std::string what;                  // "syntax model", for the message
  std::string missing;               // "no such file"
  std::vector<std::string> defaults;  // tried in order; empty entries skipped
  std::function<bool(const std::string&)> usable;
};
Result<std::string> FindData(const DataSearch& search);

}  // namespace kg::ingest
