#include "ingest/tokenization_rules.h"

#include "ingest/lexicon/json_lists.h"
#include "ingest/punctuation.h"
#include "ingest/token_shapes.h"

namespace kg::ingest {
namespace {

Status ReadLowerSet(const rapidjson::Value& json, const char* key, const std::string& origin,
                    std::unordered_set<std::string>* out) {
  std::vector<std::string> words;
  KG_RETURN_IF_ERROR(ReadStringList(json, key, origin, &words));
  for (const std::string& w : words) out->insert(LowerCaseAscii(w));
  return Status::Ok();
}

// "multiwords": {"cannot": ["can", "not"], ...}. The words must spell the
// entry: a Token is always a substring of the document text.
Status ReadMultiwords(const rapidjson::Value& json, const std::string& origin,
                      std::unordered_map<std::string, std::vector<std::string>>* out) {
  auto it = json.FindMember("multiwords");
  if (it == json.MemberEnd()) return Status::Ok();
  if (!it->value.IsObject()) {
    return Status::InvalidInput(origin + ": \"multiwords\" must map words to arrays of their words");
  }
  for (const auto& entry : it->value.GetObject()) {
    const std::string word = LowerCaseAscii(std::string_view(entry.name.GetString(), entry.name.GetStringLength()));
    std::vector<std::string> parts;
    KG_RETURN_IF_ERROR(ReadStringList(it->value, entry.name.GetString(), origin + ": multiwords", &parts));
    std::string spelled;
    for (std::string& p : parts) spelled += p = LowerCaseAscii(p);
    if (parts.size() < 2 || spelled != word) {
      return Status::InvalidInput(origin + ": multiwords \"" + word +
                                  "\": needs two or more words that spell it");
    }
    out->emplace(word, std::move(parts));
  }
  return Status::Ok();
}

}  // namespace

Result<TokenizationRules> TokenizationRules::Parse(std::string_view json, const std::string& origin) {
  return ParseLexiconText<TokenizationRules>(
      json, origin, [&](TokenizationRules& r, const rapidjson::Value& doc) { return r.Merge(doc, origin); },
      [](TokenizationRules&) {});
}

Status TokenizationRules::Merge(const rapidjson::Value& json, const std::string& origin) {
  if (!json.IsObject()) return Status::InvalidInput(origin + ": expected a JSON object");
  std::vector<std::string> endings;
  KG_RETURN_IF_ERROR(ReadStringList(json, "clitics", origin, &endings));
  for (const std::string& e : endings) {
    if (e.empty()) return Status::InvalidInput(origin + ": \"clitics\" holds an empty ending");
    clitics.push_back(LowerCaseAscii(NormalizePunctuation(e)));
  }
  KG_RETURN_IF_ERROR(ReadMultiwords(json, origin, &multiwords));
  KG_RETURN_IF_ERROR(ReadLowerSet(json, "hyphen_prefixes", origin, &hyphen_prefixes));
  KG_RETURN_IF_ERROR(ReadLowerSet(json, "hyphen_suffixes", origin, &hyphen_suffixes));
  KG_RETURN_IF_ERROR(ReadLowerSet(json, "hyphenated_words", origin, &hyphenated_words));
  KG_RETURN_IF_ERROR(ReadLowerSet(json, "unit_suffixes", origin, &unit_suffixes));
  return ReadStringList(json, "emoticons", origin, &emoticons);
}

Result<TokenizationRules> TokenizationRules::FromLexicons(const Lexicons& lexicons) {
  TokenizationRules rules;
  for (const LexiconFile* file : lexicons.OfKind("tokenization")) {
    KG_RETURN_IF_ERROR(rules.Merge(file->json, file->path));
  }
  return rules;
}

const std::vector<std::string>* TokenizationRules::MultiwordParts(const std::string& lower) const {
  auto it = multiwords.find(lower);
  return it == multiwords.end() ? nullptr : &it->second;
}

}  // namespace kg::ingest
