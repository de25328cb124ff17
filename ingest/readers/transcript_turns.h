// TranscriptTurns: which paragraphs of a document are speaker-tagged turns
// of an interview transcript ("((Wikinews)) What prompted ...?",
// "Jane Smith: I have wanted ..."). What a speaker says in an interview is
// opinion and narrative, not reported events: the segmenter files those
// paragraphs under Section::kTranscript, and the extractor makes no
// actor-level events from them.
//
// A document is a transcript only when at least two paragraphs open with a
// speaker tag and at least two different speakers talk, so that one "Note:"
// or a run of "Image:" captions is not taken for an interview.
#pragma once

#include <string_view>
#include <vector>

#include "schema/document.h"

namespace kg::ingest {

// One flag per region of `document`: true for a transcript turn.
std::vector<bool> TranscriptTurns(const Document& document);

// The speaker tag that opens `paragraph` ("Jane Smith", "((WN))"), or empty.
std::string_view SpeakerTag(std::string_view paragraph);

}  // namespace kg::ingest
