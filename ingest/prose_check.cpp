#include "ingest/prose_check.h"

#include "ingest/lexicon/json_lists.h"
#include "ingest/tagger/word_shape.h"

namespace kg::ingest {
namespace {

Status ReadNumber(const rapidjson::Value& json, const char* key, const std::string& origin, double low, double high,
                  double* out) {
  auto it = json.FindMember(key);
  if (it == json.MemberEnd()) return Status::Ok();
  if (!it->value.IsNumber() || it->value.GetDouble() < low || it->value.GetDouble() > high) {
    return Status::InvalidInput(origin + ": \"" + key + "\" must be a number from " + std::to_string(low) + " to " +
                                std::to_string(high));
  }
  *out = it->value.GetDouble();
  return Status::Ok();
}

}  // namespace

Result<ProseCheck> ProseCheck::Load(const Lexicons& lexicons) {
  ProseCheck check;
  for (const LexiconFile* file : lexicons.OfKind("prose")) KG_RETURN_IF_ERROR(check.AddFile(file->json, file->path));
  return check;
}

Result<ProseCheck> ProseCheck::Parse(std::string_view json, const std::string& origin) {
  return ParseLexiconText<ProseCheck>(
      json, origin, [&](ProseCheck& c, const rapidjson::Value& doc) { return c.AddFile(doc, origin); },
      [](ProseCheck&) {});
}

Status ProseCheck::AddFile(const rapidjson::Value& json, const std::string& origin) {
  std::vector<std::string> words;
  KG_RETURN_IF_ERROR(ReadStringList(json, "function_words", origin, &words));
  for (const std::string& w : words) function_words_.insert(syntax::LowerAscii(w));
  KG_RETURN_IF_ERROR(ReadNumber(json, "min_function_word_share", origin, 0.0, 1.0, &min_share_));
  double min_words = static_cast<double>(min_words_);
  KG_RETURN_IF_ERROR(ReadNumber(json, "min_words", origin, 1.0, 1e6, &min_words));
  min_words_ = static_cast<int64_t>(min_words);
  return Status::Ok();
}

ProseReading ProseCheck::Read(const std::vector<Sentence>& sentences) const {
  ProseReading r;
  for (const Sentence& s : sentences) {
    for (const Token& t : s.tokens) {
      if (!syntax::HasLetter(t.text)) continue;
      ++r.words;
      if (function_words_.count(syntax::LowerAscii(t.text))) ++r.function_words;
    }
  }
  r.judged = !function_words_.empty() && r.words >= min_words_;
  r.english = !r.judged || r.share() >= min_share_;
  return r;
}

}  // namespace kg::ingest
