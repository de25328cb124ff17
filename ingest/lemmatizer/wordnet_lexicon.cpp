#include "ingest/lemmatizer/wordnet_lexicon.h"

#include <algorithm>
#include <sstream>
#include <vector>

#include "ingest/lemmatizer/wordnet_files.h"

namespace kg::syntax {
namespace {

constexpr const char* kFileStem[kWordClasses] = {"noun", "verb", "adj", "adv"};

Status ReadExceptions(const std::string& path, std::unordered_map<std::string, std::string>& out) {
  return ForEachWordNetLine(path, "exception list", [&](const std::string& line) {
    std::istringstream fields(line);
    std::string inflected, base;
    if (fields >> inflected >> base && inflected.find('_') == std::string::npos) out.emplace(inflected, base);
  });
}

Status ReadIndex(const std::string& path, std::unordered_set<std::string>& out) {
  return ForEachWordNetLine(path, "index", [&](const std::string& line) {
    std::string lemma = line.substr(0, line.find(' '));
    if (lemma.find('_') == std::string::npos) out.insert(lemma);
  });
}

std::vector<std::string> Sorted(const std::unordered_set<std::string>& set) {
  std::vector<std::string> items(set.begin(), set.end());
  std::sort(items.begin(), items.end());
  return items;
}

std::vector<std::pair<std::string, std::string>> Sorted(const std::unordered_map<std::string, std::string>& map) {
  std::vector<std::pair<std::string, std::string>> items(map.begin(), map.end());
  std::sort(items.begin(), items.end());
  return items;
}

}  // namespace

Result<WordNetLexicon> WordNetLexicon::Load(const std::string& dir) {
  WordNetLexicon lexicon;
  for (int c = 0; c < kWordClasses; ++c) {
    KG_RETURN_IF_ERROR(ReadExceptions(dir + "/" + kFileStem[c] + ".exc", lexicon.exceptions[c]));
    KG_RETURN_IF_ERROR(ReadIndex(dir + "/index." + kFileStem[c], lexicon.lemmas[c]));
  }
  return lexicon;
}

void WordNetLexicon::Write(ByteWriter& out) const {
  for (int c = 0; c < kWordClasses; ++c) {
    auto pairs = Sorted(exceptions[c]);
    out.U32(static_cast<uint32_t>(pairs.size()));
    for (const auto& [inflected, base] : pairs) out.String(inflected), out.String(base);
    out.Strings(Sorted(lemmas[c]));
  }
}

bool WordNetLexicon::Read(ByteReader& in) {
  for (int c = 0; c < kWordClasses; ++c) {
    uint32_t n = in.U32();
    if (!in.Has(static_cast<uint64_t>(n) * 8)) return false;
    for (uint32_t i = 0; i < n && in.ok(); ++i) {
      std::string inflected = in.String();
      exceptions[c].emplace(std::move(inflected), in.String());
    }
    for (std::string& lemma : in.Strings()) lemmas[c].insert(std::move(lemma));
  }
  return in.ok();
}

}  // namespace kg::syntax
