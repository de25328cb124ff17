// ArgumentFinder: the participants of an event, read from the tree of one
// sentence and its actor mentions: who acts (nsubj; the by-phrase of a
// passive; the subject shared across conj, xcomp and participle clauses;
// the antecedent of a relative clause; the possessor, nationality adjective
// or by-phrase of an event noun) and on whom (obj, nsubj:pass, iobj,
// obliques and noun modifiers with a patient preposition).
//
// An agent is always an actor mention: a common noun ("the outbreak", "the
// population") never acts at the actor level. A patient may be a thing
// ("the resolution", "terrorism"), kept as its noun phrase.
#pragma once

#include <string>
#include <vector>

#include "ingest/actors/actor_mention.h"
#include "ingest/events/clause_policy.h"
#include "ingest/events/dependency_tree.h"
#include "ingest/events/event_frame.h"
#include "ingest/events/trigger_finder.h"

namespace kg::ingest::events {

class ArgumentFinder {
 public:
  ArgumentFinder(const DependencyTree& tree, const std::vector<ActorMention>& mentions, const ClausePolicy& policy,
                 const PredicateLexicon& lexicon);

  std::vector<Participant> Agents(const Trigger& trigger) const;
  std::vector<Participant> Patients(const Trigger& trigger) const;
  // The actors named as where the event is done: in/into phrases of its
  // clause, of its object, or of the infinitive it governs ("threatened to
  // impose a curfew in Algiers").
  std::vector<Participant> Locations(const Trigger& trigger) const;
  // The actors an event's purpose names: the patients of its purpose
  // clause ("began a hunger strike to demand the resignation of X") or of
  // its "in protest at/of" phrase.
  std::vector<Participant> PurposeTargets(const Trigger& trigger) const;
  // Whether an event noun names its own actor ("Russia's cooperation").
  bool NounHasAgent(int noun) const { return !NounAgents(noun).empty(); }
  // The actor mention a token belongs to, or -1.
  int MentionAt(int token) const { return mention_at_[token]; }

 private:
  bool IsPassive(int verb) const;
  std::vector<Participant> ClauseAgents(int verb, int depth) const;
  std::vector<Participant> ClausePatients(int verb, const Trigger& trigger, int depth) const;
  std::vector<Participant> NounAgents(int noun) const;
  // The actor a location phrase names, itself or inside the phrase of a
  // common noun ("the town of X"), two phrases deep at most.
  std::vector<Participant> PlaceIn(int phrase, int from, int depth) const;
  // `predicate`: the event's, or -1.
  std::vector<Participant> NounPatients(int noun, int predicate) const;
  // "providing photographs and intelligence to Macedonia", parsed with
  // the to-phrase under the object: the actors it names, who receive.
  std::vector<Participant> MisattachedRecipients(int object, int verb) const;
  // The antecedent of a relative or participle clause at `verb`, and
  // whether it fills the subject gap (else the object gap).
  int Antecedent(int verb, bool* is_subject) const;
  // `head` and the words coordinated with it, each resolved.
  std::vector<Participant> Resolve(int head, bool patient, bool things, int from) const;
  std::vector<Participant> ResolveOne(int head, bool patient, bool things, int from) const;
  // The actors a common noun stands for or is about ("members of the EU",
  // "Haiti's efforts"), searched `depth` noun phrases deep.
  std::vector<Participant> ActorsInside(int head, bool patient, int from, int depth) const;
  // The actor who did or made the thing at `head` (a participle's by-phrase,
  // an object relative's subject), for a patient.
  std::vector<Participant> ActorsBehind(int head, int from, int depth) const;
  // The by-phrases that name who did the thing at `head`, as parsed or
  // misattached (under its of-phrase's name, or on the active verb).
  std::vector<int> AgentPhrases(int head) const;
  // The mention at `token` and the mentions coordinated with it.
  std::vector<Participant> MentionWithConjuncts(int token, int from) const;
  Participant Thing(int head, int from) const;
  Participant OfMention(int mention, int head, int from) const;

  const DependencyTree& tree_;
  const std::vector<ActorMention>& mentions_;
  const ClausePolicy& policy_;
  const PredicateLexicon& lexicon_;
  std::vector<int> mention_at_;
};

}  // namespace kg::ingest::events
