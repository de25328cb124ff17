// Modality: what a sentence says of an event it names, read from the tree
// (ingest/events/modality_reader.h). Only asserted and reported events
// become actor-level facts; a negated one is stored as negated; the others
// stay at the mention level with their modality in the evidence, so that
// "did not say whether he supports" or "a meeting, which was cancelled"
// never reads as support or a meeting.
#pragma once

#include <string_view>

namespace kg::ingest::events {

enum class Modality {
  kAsserted,      // "Israel criticized Russia"
  kReported,      // "officials said Israel criticized Russia": asserted by a source
  kAlleged,       // "accused Iraq of attacking Kuwait": what one actor says another did
  kNegated,       // "did not criticize", "denied criticizing", "failed to"
  kHypothetical,  // "could criticize", "if Israel criticizes"
  kQuestioned,    // "whether Israel criticized", "Did Israel criticize?"
  kIntended,      // "will attack", "plans to meet": coded by the intent policy
  kCancelled,     // "a meeting, which was cancelled", "called off the talks"
};

std::string_view ModalityName(Modality modality);

// Asserted and reported events are facts of the sentence.
inline bool IsFactual(Modality m) { return m == Modality::kAsserted || m == Modality::kReported; }

}  // namespace kg::ingest::events
