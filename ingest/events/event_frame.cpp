#include "ingest/events/event_frame.h"

namespace kg::ingest::events {

std::string_view ModalityName(Modality modality) {
  switch (modality) {
    case Modality::kAsserted: return "asserted";
    case Modality::kReported: return "reported";
    case Modality::kAlleged: return "alleged";
    case Modality::kNegated: return "negated";
    case Modality::kHypothetical: return "hypothetical";
    case Modality::kQuestioned: return "questioned";
    case Modality::kIntended: return "intended";
    case Modality::kCancelled: return "cancelled";
  }
  return "asserted";
}

std::vector<std::pair<Participant, Participant>> FramePairs(const EventFrame& frame, bool symmetric) {
  std::vector<std::pair<Participant, Participant>> pairs;
  for (const Participant& a : frame.agents) {
    for (const Participant& p : frame.patients) {
      pairs.emplace_back(a, p);
      if (symmetric && p.is_mention() && !p.from_complement) pairs.emplace_back(p, a);
    }
  }
  if (symmetric && frame.agents.size() > 1) {
    for (const Participant& a : frame.agents) {
      for (const Participant& b : frame.agents) {
        if (&a != &b) pairs.emplace_back(a, b);
      }
    }
  }
  return pairs;
}

}  // namespace kg::ingest::events
