#include "ingest/lemmatizer/wordnet_files.h"

#include <fstream>

namespace kg::syntax {

Status ForEachWordNetLine(const std::string& path, const std::string& what,
                          const std::function<void(const std::string&)>& line_fn) {
  std::ifstream in(path);
  if (!in) return Status::NotFound(path + ": cannot open the WordNet " + what + " (install wordnet-base)");
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == ' ') continue;  // the licence header
    line_fn(line);
  }
  return Status::Ok();
}

}  // namespace kg::syntax
