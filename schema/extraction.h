// Extraction: what the analysis of one document yields, before storage.
// DocumentWriter (schema/document_writer.h) stores it in one transaction.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "schema/document.h"
#include "schema/sentence.h"

namespace kg {

struct ExtractedEntity {
  std::string name;                // canonical name: "Israel", "Benjamin Netanyahu"
  std::string type = "other";      // country | person | organization | location | other
  std::optional<std::string> code;    // ISR, IGO ...
  std::optional<std::string> sector;  // GOV, MIL ...
  std::vector<std::string> aliases;   // surface forms seen for it
  std::string attributes_json;        // JSON object, empty for none
};

struct ExtractedMention {
  int entity = 0;    // index into Extraction::entities
  int sentence = 0;  // Sentence::index
  Span chars;
  std::string surface;
  // How its code was found ("lexicon", "nationality_modifier" ...: the names
  // of ingest/actors/mention_coding.h); empty when not said (an import).
  std::optional<std::string> coded_by;
  std::optional<std::string> sector;  // the part of a state it acts as: GOV, MIL ...
};

struct ExtractedTriple {
  int subject = 0;  // index into Extraction::entities
  int object = 0;
  std::string predicate;                // canonical name: criticizes
  std::optional<std::string> category;  // DISAPPROVE
  std::optional<std::string> cameo;     // "11"
  std::string level = "actor";          // actor | mention
  bool negated = false;
  double confidence = 1.0;
  // evidence
  int sentence = 0;  // Sentence::index
  Span chars;        // of the surface phrase
  std::string phrase;
  std::string rule;
  // What the sentence says of the event: asserted, reported, negated,
  // hypothetical, questioned, intended, cancelled (ingest/events/modality.h).
  std::string modality = "asserted";
  // The dependency paths from the agent to the trigger to the patient:
  // "nsubj criticize obj".
  std::string frame;
};

struct Extraction {
  // Why nothing was extracted from the stored sentences, for a warning
  // ("does not read as English prose ..."); empty when they were read.
  std::string unread_because;
  std::vector<Sentence> sentences;
  std::vector<ExtractedEntity> entities;
  std::vector<ExtractedMention> mentions;
  std::vector<ExtractedTriple> triples;
};

}  // namespace kg
