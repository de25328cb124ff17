#include "ingest/conllu/conllu_sentence.h"

#include "ingest/trim_spaces.h"

namespace kg::ingest {

std::string_view ConlluSentence::Comment(std::string_view key) const {
  for (const std::string& comment : comments) {
    std::string_view c = comment;
    if (c.substr(0, key.size()) != key) continue;
    std::string_view rest = c.substr(key.size());
    size_t eq = rest.find('=');
    // "text = x" and "text=x", but not "textual = x".
    if (eq != std::string_view::npos && TrimSpaces(rest.substr(0, eq)).empty()) {
      rest.remove_prefix(eq + 1);
      return rest.substr(0, 1) == " " ? rest.substr(1) : rest;
    }
  }
  return {};
}

std::string_view MiscValue(std::string_view misc, std::string_view key) {
  while (!misc.empty()) {
    size_t bar = misc.find('|');
    std::string_view item = misc.substr(0, bar);
    if (item.size() > key.size() && item.substr(0, key.size()) == key && item[key.size()] == '=') {
      return item.substr(key.size() + 1);
    }
    if (bar == std::string_view::npos) break;
    misc.remove_prefix(bar + 1);
  }
  return {};
}

}  // namespace kg::ingest
