#include "ingest/abbreviations.h"

#include <cctype>
#include <vector>

#include "ingest/lexicon/json_lists.h"

namespace kg::ingest {
namespace {

// Reads one list into `out`, dropping a final period: files may spell
// "Gen." or "Gen", the segmenter looks the word up without it.
Status ReadWords(const rapidjson::Value& json, const char* key, const std::string& origin,
                 std::unordered_set<std::string>* out) {
  std::vector<std::string> words;
  KG_RETURN_IF_ERROR(ReadStringList(json, key, origin, &words));
  for (std::string& word : words) {
    if (!word.empty() && word.back() == '.') word.pop_back();
    out->insert(std::move(word));
  }
  return Status::Ok();
}

}  // namespace

Result<Abbreviations> Abbreviations::Parse(std::string_view json, const std::string& origin) {
  return ParseLexiconText<Abbreviations>(
      json, origin, [&](Abbreviations& a, const rapidjson::Value& doc) { return a.Merge(doc, origin); },
      [](Abbreviations&) {});
}

Status Abbreviations::Merge(const rapidjson::Value& json, const std::string& origin) {
  if (!json.IsObject()) return Status::InvalidInput(origin + ": expected a JSON object");
  KG_RETURN_IF_ERROR(ReadWords(json, "titles", origin, &titles));
  KG_RETURN_IF_ERROR(ReadWords(json, "before_numbers", origin, &before_numbers));
  KG_RETURN_IF_ERROR(ReadWords(json, "others", origin, &others));
  return ReadWords(json, "sentence_starters", origin, &sentence_starters);
}

Result<Abbreviations> Abbreviations::FromLexicons(const Lexicons& lexicons) {
  Abbreviations a;
  for (const LexiconFile* file : lexicons.OfKind("abbreviations")) {
    KG_RETURN_IF_ERROR(a.Merge(file->json, file->path));
  }
  return a;
}

bool Abbreviations::Contains(const std::string& word) const {
  return titles.count(word) || before_numbers.count(word) || others.count(word);
}

bool IsInitialism(std::string_view word) {
  if (word.size() < 3 || word.size() % 2 == 0) return false;
  for (size_t i = 0; i < word.size(); ++i) {
    const bool letter_place = i % 2 == 0;
    const char c = word[i];
    if (letter_place ? !std::isalpha(static_cast<unsigned char>(c)) : c != '.') return false;
  }
  return true;
}

bool IsCapitalInitial(std::string_view word) {
  return word.size() == 1 && std::isupper(static_cast<unsigned char>(word[0]));
}

}  // namespace kg::ingest
