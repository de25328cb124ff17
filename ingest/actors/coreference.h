// Coreference: what a document has said so far, so that later short names
// and pronouns find their antecedents (Netanyahu -> Benjamin Netanyahu; his,
// its, they). A simple resolver by recency and agreement: the most recent
// mention of the right class within the current and previous sentence.
#pragma once

#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "ingest/actors/actor_lexicon.h"
#include "ingest/actors/actor_mention.h"

namespace kg::ingest {

class Coreference {
 public:
  // Records a resolved mention of `sentence` as a candidate antecedent;
  // `subject`: it is the subject of its clause, which makes it the likelier one.
  void Remember(const ActorMention& mention, PronounTarget agreement, int sentence, bool subject);
  // Records a person's full name ("Benjamin Netanyahu") so that it and its
  // short names (PersonShortNames: "Netanyahu") refer back to it.
  void RememberPerson(const std::string& full_name, const std::vector<std::string>& short_names,
                      const ActorMention& mention);

  // Records a short form that names an organisation for the rest of the
  // document: its bracketed acronym ("SDF" after "the Syrian Democratic
  // Forces (SDF)") or its lower-case head word ("party" after "the
  // Prohibition Party", for a later "the party"). The latest one wins.
  void RememberShortForm(const std::string& short_form, const ActorMention& mention);

  // The earlier mention of the person called `name` (full or last name).
  const ActorMention* FindPerson(const std::string& name) const;
  // The organisation a short form names, or nullptr.
  const ActorMention* FindShortForm(const std::string& short_form) const;
  // The person named earlier who holds `role` for `actor` ("Russian President
  // Vladimir Putin" for a later "the Russian president"), for any actor when
  // `actor` is -1 ("the president"); nullptr if none or if two people of
  // the document hold it.
  const ActorMention* FindHolder(const std::string& role, int actor) const;
  // The antecedent of a pronoun of `agreement` at `sentence`, before
  // `first_token` when in the same sentence; nullptr when none is near.
  // The latest agreeing subject wins over a later object ("Two bombers
  // killed 23 people when they blew themselves up"), else the latest.
  const ActorMention* Resolve(PronounTarget agreement, int sentence, int first_token) const;

 private:
  struct Antecedent {
    ActorMention mention;
    PronounTarget agreement;
    int sentence;
    bool subject;
  };
  std::vector<Antecedent> history_;
  std::unordered_map<std::string, ActorMention> persons_;
  std::unordered_map<std::string, ActorMention> short_forms_;
};

}  // namespace kg::ingest
