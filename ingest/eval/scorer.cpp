#include "ingest/eval/scorer.h"

namespace kg::ingest::eval {
namespace {

bool SameCode(const std::string& a, const std::string& b) {
  return !a.empty() && NormalizeCode(a) == NormalizeCode(b);
}

bool Matches(const ExpectedEvent& e, const ExtractedEvent& x, bool use_category) {
  if (!SameCode(e.source_code, x.subject_code)) return false;
  if (use_category && e.relation != x.category) return false;
  return !e.target_code || SameCode(*e.target_code, x.object_code);
}

// Greedy one-to-one matching in annotation order; returns which extracted
// events were used.
std::vector<bool> Match(const EvalRecord& record, const std::vector<ExtractedEvent>& extracted,
                        bool use_category, std::vector<bool>* expected_matched) {
  std::vector<bool> used(extracted.size(), false);
  expected_matched->assign(record.expected.size(), false);
  for (size_t e = 0; e < record.expected.size(); ++e) {
    for (size_t x = 0; x < extracted.size(); ++x) {
      if (!used[x] && Matches(record.expected[e], extracted[x], use_category)) {
        used[x] = true;
        (*expected_matched)[e] = true;
        break;
      }
    }
  }
  return used;
}

}  // namespace

std::string NormalizeCode(const std::string& code) {
  std::string c = code.substr(0, 3);
  if (c == "JAP") return "JPN";
  if (c == "ITL") return "ITA";
  return c;
}

Score ScoreRecords(const std::vector<const EvalRecord*>& records,
                   const std::map<std::string, std::vector<ExtractedEvent>>& extracted) {
  Score score;
  static const std::vector<ExtractedEvent> kNone;
  for (const EvalRecord* record : records) {
    auto it = extracted.find(record->id);
    const auto& events = it == extracted.end() ? kNone : it->second;
    std::vector<bool> expected_matched;
    std::vector<bool> used = Match(*record, events, /*use_category=*/true, &expected_matched);
    RecordResult result{record, {}, {}};
    for (size_t e = 0; e < record->expected.size(); ++e) {
      auto& c = score.by_category[record->expected[e].relation];
      ++c.expected;
      if (expected_matched[e]) {
        ++c.matched;
        ++score.overall.matched;
      } else {
        result.missed.push_back(&record->expected[e]);
      }
    }
    for (size_t x = 0; x < events.size(); ++x) {
      ++score.by_category[events[x].category].extracted;
      if (!used[x]) result.wrong.push_back(&events[x]);
    }
    score.overall.expected += static_cast<long>(record->expected.size());
    score.overall.extracted += static_cast<long>(events.size());
    score.records.push_back(std::move(result));

    std::vector<bool> pair_matched;
    Match(*record, events, /*use_category=*/false, &pair_matched);
    for (bool m : pair_matched) score.pairs.matched += m ? 1 : 0;
    score.pairs.expected += static_cast<long>(record->expected.size());
    score.pairs.extracted += static_cast<long>(events.size());
  }
  return score;
}

}  // namespace kg::ingest::eval
