// EventFrame: one event predicate of a sentence with its participants, as
// FrameFinder (frame_finder.h) reads them from the parse: the agent (nsubj,
// the by-phrase of a passive, the possessor of a nominalisation, the
// subject shared across conj and xcomp, the antecedent of a relative
// clause), the patients (obj, nsubj:pass, iobj, obliques with a patient
// preposition), the modality, and the dependency paths that tie them to the
// trigger, kept as evidence.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "ingest/events/modality.h"

namespace kg::ingest::events {

// One end of an event: an actor mention, or else the noun phrase of a thing
// ("resolution", "international monitoring mission") as a token range.
struct Participant {
  int mention = -1;  // index into the sentence's mentions
  int first = 0;     // the thing's tokens when mention < 0
  int end = 0;
  int head = -1;     // the thing's head noun
  std::string path;  // how the trigger reaches it: "nsubj", "obl:agent<by"
  // Found in the complement clause ("threatened to attack Israel"): a
  // symmetric event does not make it act back.
  bool from_complement = false;
  bool is_mention() const { return mention >= 0; }
  bool empty() const { return mention < 0 && first >= end; }
};

// Whether any of `participants` is an actor mention (not a thing).
inline bool NamesActor(const std::vector<Participant>& participants) {
  for (const Participant& p : participants) {
    if (p.is_mention()) return true;
  }
  return false;
}

struct EventFrame {
  int predicate = -1;   // into the PredicateLexicon
  int trigger = -1;     // the verb or event noun
  std::vector<Participant> agents;    // coordinated agents each act
  std::vector<Participant> patients;  // empty: none named
  Modality modality = Modality::kAsserted;
  // An intended event coded by the intent policy ("will attack" is a
  // threat): a fact of the sentence although not asserted as done.
  bool intent_coded = false;
  // Coordinated agents act on each other although the predicate is not
  // symmetric: failing to agree together is rejecting each other.
  bool mutual = false;
  int phrase_first = 0, phrase_end = 0;  // tokens of the surface phrase
  std::string rule;                      // active-verb, passive-agent, light-verb ...
};

// The (agent, patient) pairs a frame asserts: each agent acts on each
// patient; a symmetric event also the other way; coordinated agents of a
// symmetric event without a patient act on each other ("A and B met").
std::vector<std::pair<Participant, Participant>> FramePairs(const EventFrame& frame, bool symmetric);

}  // namespace kg::ingest::events
