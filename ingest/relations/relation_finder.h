// RelationFinder: the construction rules that find who did what to whom in
// one sentence, over its tokens and the actor mentions found in it.
//
// A shallow analysis: each token gets a closed word class (word_class.h) or
// a lexicon reading (a verb form, an event noun); triggers are verbs of the
// predicate lexicon, light verbs with an event noun ("expressed his
// disapproval of"), and possessive nominalizations ("Russia's cooperation
// with Iran"). From each trigger the rules look left for the subject (or
// right for a passive's "by" agent, or at the antecedent of "which"), and
// right for the object. See docs/extraction.md for the rules by name.
#pragma once

#include <string_view>
#include <utility>
#include <vector>

#include "ingest/actors/actor_mention.h"
#include "schema/document.h"
#include "schema/sentence.h"
#include "ingest/relations/predicate_lexicon.h"

namespace kg::ingest::relations {

// One end of a relation: an actor mention, or else the key noun phrase of a
// thing ("resolution", "international monitoring mission") as a token range.
struct Participant {
  int mention = -1;  // index into the sentence's mentions
  int first = 0;     // key noun phrase tokens when mention < 0
  int end = 0;
  // For a mention acting for no state: the place mention of where it acts
  // ("ethnic Albanians demonstrated in Serbia"), whose state it stands for.
  int located_in = -1;
  bool is_mention() const { return mention >= 0; }
  bool empty() const { return mention < 0 && first >= end; }
};

struct FoundRelation {
  int predicate = -1;                     // into the PredicateLexicon
  std::vector<Participant> subjects;      // coordinated subjects: each one acts
  std::vector<Participant> objects;       // empty: no object found
  bool negated = false;
  int phrase_first = 0, phrase_end = 0;   // tokens of the surface phrase
  std::string_view rule;                  // active-verb, passive-agent, light-verb ...
  // The object was found by scanning the rest of the clause, not attached
  // to the verb: compound subjects of a symmetric event still act on each other.
  bool object_scanned = false;
  // Compound subjects act on each other although the predicate is not
  // symmetric: failing to agree together is rejecting each other.
  bool mutual = false;
};

// The (subject, object) pairs a relation asserts: each subject acts on each
// object; a symmetric event also the other way; compound subjects of a
// symmetric event without an object act on each other ("A and B met").
std::vector<std::pair<Participant, Participant>> RelationPairs(const FoundRelation& relation,
                                                               const Predicate& predicate);

class RelationFinder {
 public:
  explicit RelationFinder(const PredicateLexicon& lexicon) : lexicon_(lexicon) {}

  std::vector<FoundRelation> Find(const std::vector<Token>& tokens,
                                  const std::vector<ActorMention>& mentions) const;

 private:
  const PredicateLexicon& lexicon_;
};

}  // namespace kg::ingest::relations
