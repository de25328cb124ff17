#include "ingest/syntax/infinitive_marker.h"

namespace kg::syntax {

int MarkInfinitives(Sentence& s, const Tagger& tagger) {
  int retagged = 0;
  const size_t n = s.tokens.size();
  for (size_t i = 0; i + 1 < n; ++i) {
    Token& to = s.tokens[i];
    if (to.xpos != "IN" || (to.text != "to" && to.text != "To")) continue;
    size_t verb = i + 1;
    if (s.tokens[verb].xpos == "RB" && verb + 1 < n) ++verb;  // "to further develop"
    if (s.tokens[verb].xpos == "VB" && tagger.Assign(to, "PART", "TO")) ++retagged;
  }
  return retagged;
}

}  // namespace kg::syntax
