#include "ingest/eval/actor_scorer.h"

#include <cctype>

#include "ingest/eval/scorer.h"

namespace kg::ingest::eval {
namespace {

constexpr size_t kMinContained = 3;

std::string Lower(const std::string& text) {
  std::string out = text;
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool SameActor(const std::string& gold, const std::string& surface) {
  const std::string a = Lower(gold), b = Lower(surface);
  if (a == b) return true;
  if (a.size() < kMinContained || b.size() < kMinContained) return false;
  return a.find(b) != std::string::npos || b.find(a) != std::string::npos;
}

}  // namespace

ActorScore ScoreActors(const std::vector<const EvalRecord*>& records,
                       const std::map<std::string, std::vector<FoundMention>>& mentions) {
  ActorScore score;
  static const std::vector<FoundMention> kNone;
  for (const EvalRecord* record : records) {
    auto it = mentions.find(record->id);
    const auto& found = it == mentions.end() ? kNone : it->second;
    for (const ExpectedActor& gold : record->actors) {
      ActorResult result{record, &gold, nullptr, false};
      // The mention with the same text, else the first that contains the
      // gold text or is contained in it: not the one whose code is right.
      for (const FoundMention& m : found) {
        if (Lower(m.surface) == Lower(gold.text)) {
          result.found = &m;
          break;
        }
        if (result.found == nullptr && SameActor(gold.text, m.surface)) result.found = &m;
      }
      if (result.found != nullptr && gold.code) {
        result.code_right = !result.found->code.empty() && NormalizeCode(result.found->code) == NormalizeCode(*gold.code);
      }
      ++score.gold;
      if (result.found != nullptr) {
        ++score.found;
        if (gold.code) {
          ++score.coded;
          if (result.code_right) ++score.coded_right;
        }
      }
      score.results.push_back(result);
    }
  }
  return score;
}

}  // namespace kg::ingest::eval
