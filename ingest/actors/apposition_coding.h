// CodeByApposition: a person the lexicons do not place takes the state of
// the role an apposition gives them, read from the parse: "Ana Ruiz, the
// foreign minister of Colombia, praised Ecuador" → Ana Ruiz acts for
// Colombia, as its foreign minister. Every mention of that person in the
// document (a later "Ruiz", "she") then acts for it too. A nationality
// without a role ("Maria Lopez, a Venezuelan lawyer") codes the person by
// that country, acting as themselves.
#pragma once

#include <vector>

#include "ingest/actors/actor_mention.h"
#include "schema/extraction.h"
#include "schema/sentence.h"

namespace kg::ingest {

// `mentions` are by sentence, as ActorRecognizer::Recognize returns them;
// `entities` is the document's entity table they index.
void CodeByApposition(const std::vector<Sentence>& sentences, std::vector<std::vector<ActorMention>>& mentions,
                      std::vector<ExtractedEntity>& entities);

}  // namespace kg::ingest
