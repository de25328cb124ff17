#include "ingest/events/argument_finder.h"

#include "ingest/events/infinitive_complement.h"

#include <algorithm>
#include <cstdlib>

namespace kg::ingest::events {
namespace {

constexpr int kMaxDepth = 6;  // clause links followed for a shared subject

void Append(std::vector<Participant>* out, std::vector<Participant> more) {
  for (Participant& p : more) {
    const bool seen = std::any_of(out->begin(), out->end(), [&](const Participant& q) {
      return p.is_mention() ? q.mention == p.mention : (!q.is_mention() && q.first == p.first && q.end == p.end);
    });
    if (!seen) out->push_back(std::move(p));
  }
}

}  // namespace

ArgumentFinder::ArgumentFinder(const DependencyTree& tree, const std::vector<ActorMention>& mentions,
                               const ClausePolicy& policy, const PredicateLexicon& lexicon)
    : tree_(tree), mentions_(mentions), policy_(policy), lexicon_(lexicon), mention_at_(tree.size(), -1) {
  for (int m = 0; m < static_cast<int>(mentions.size()); ++m) {
    const ActorMention& a = mentions[m];
    if (a.entity < 0) continue;
    for (int t = std::max(0, a.first_token); t < std::min(a.end_token, tree.size()); ++t) {
      // The mention whose head the token is wins over one that only spans it.
      if (mention_at_[t] < 0 || a.head_token == t) mention_at_[t] = m;
    }
  }
}

bool ArgumentFinder::IsPassive(int verb) const {
  return tree_.ChildBy(verb, "nsubj:pass") >= 0 || tree_.ChildBy(verb, "aux:pass") >= 0 ||
         tree_.ChildBy(verb, "obl:agent") >= 0;
}

Participant ArgumentFinder::OfMention(int mention, int head, int from) const {
  Participant p;
  p.mention = mention;
  p.path = tree_.Path(from, head);
  return p;
}

Participant ArgumentFinder::Thing(int head, int from) const {
  Participant p;
  const std::string_view upos = tree_.upos(head);
  if (upos != "NOUN" && upos != "PROPN") return p;
  if (tree_.relation(head) == "obl:tmod" || tree_.relation(head) == "obl:npmod") return p;
  // "the deployment of an international monitoring mission": what a
  // deverbal noun's of-phrase names is the thing.
  if (policy_.IsDeverbal(tree_.lemma(head))) {
    for (int c : tree_.children(head)) {
      if (tree_.base_relation(c) == "nmod" && tree_.CaseOf(c) == "of" && tree_.upos(c) == "NOUN") return Thing(c, from);
    }
  }
  // The head and the modifiers written right before it that are no actor:
  // "international monitoring mission"; "resolution" of "a U.N. Security
  // Council resolution".
  int first = head;
  for (bool grew = true; grew;) {
    grew = false;
    for (int c : tree_.children(head)) {
      const std::string_view rel = tree_.base_relation(c);
      const auto [span_first, span_end] = tree_.Span(c);
      if (span_end == first && (rel == "compound" || rel == "amod") && mention_at_[c] < 0) {
        first = span_first;
        grew = true;
      }
    }
  }
  p.first = first;
  p.end = head + 1;
  p.head = head;
  for (int c : tree_.children(head)) {
    if (c > head && (tree_.base_relation(c) == "flat" || tree_.relation(c) == "compound") && c == p.end) p.end = c + 1;
  }
  p.path = tree_.Path(from, head);
  return p;
}

std::vector<Participant> ArgumentFinder::MentionWithConjuncts(int token, int from) const {
  std::vector<Participant> out;
  if (mention_at_[token] < 0) return out;
  out.push_back(OfMention(mention_at_[token], token, from));
  // "Hungarian and Romanian officials": coordinated modifiers each act.
  for (int c : tree_.ChildrenBy(token, "conj")) {
    if (mention_at_[c] >= 0 && mention_at_[c] != mention_at_[token]) Append(&out, {OfMention(mention_at_[c], c, from)});
  }
  return out;
}

std::vector<int> ArgumentFinder::AgentPhrases(int head) const {
  std::vector<int> phrases;
  auto is_agent_phrase = [&](int c) { return policy_.IsAgentPreposition(tree_.CaseOf(c)); };
  for (int c : tree_.children(head)) {
    if (tree_.base_relation(c) != "nmod") continue;
    if (is_agent_phrase(c)) phrases.push_back(c);
    // "the invasion of Kuwait by Iraq", parsed with the by-phrase under
    // the name: a name takes no by-phrase of its own.
    if (tree_.upos(c) == "PROPN" && tree_.CaseOf(c) == "of") {
      for (int g : tree_.children(c)) {
        if (tree_.base_relation(g) == "nmod" && is_agent_phrase(g)) phrases.push_back(g);
      }
    }
  }
  // "attacked the ruling by the court", parsed with the by-phrase on the
  // active verb: an active verb has no agent phrase, so the phrase right
  // after its object is the object's.
  const int verb = tree_.head(head);
  if (verb >= 0 && tree_.relation(head) == "obj" && !IsPassive(verb)) {
    for (int c : tree_.ChildrenBy(verb, "obl")) {
      if (is_agent_phrase(c) && tree_.Span(c).first == tree_.Span(head).second) phrases.push_back(c);
    }
  }
  return phrases;
}

std::vector<Participant> ArgumentFinder::ActorsInside(int head, bool patient, int from, int depth) const {
  // "members of the EU", "Haiti's efforts": a group acts, and a thing is
  // done to, for the actor its modifiers or phrases name. So does a doer
  // that is no person, for the actor its modifiers name: an instrument or an
  // act ("a U.S. drone killed", "Israeli army bulldozers demolished",
  // "Russian strikes hit"), not "Kenyan poets".
  const bool group = policy_.IsGroupNoun(tree_.lemma(head));
  const bool instrument =
      !patient && depth == 0 && tree_.upos(head) == "NOUN" && !lexicon_.IsAnimateNoun(tree_.lemma(head));
  // By preference: the possessor ("Haiti's efforts"), the nationality or
  // name modifier ("Palestinian lorries", "U.S. sanctions"), then the
  // by-phrase of whoever did the thing ("the invasion of Kuwait by Iraq":
  // condemning it is condemning Iraq), then an of-phrase or a patient
  // preposition's phrase ("the removal of President X", "a blockade on
  // Palestinian lorries").
  enum Pass { kModifiers, kAgentPhrase, kOtherPhrases };
  for (const Pass pass : {kModifiers, kAgentPhrase, kOtherPhrases}) {
    const bool modifiers = pass == kModifiers;
    if (pass == kAgentPhrase && depth == 0 && patient) {
      for (int a : AgentPhrases(head)) {
        if (auto found = MentionWithConjuncts(a, from); !found.empty()) return found;
      }
    }
    for (int c : tree_.children(head)) {
      const std::string_view rel = tree_.relation(c);
      if (modifiers) {
        if (rel == "nmod:poss" && (patient || group || instrument)) {
          if (auto found = MentionWithConjuncts(c, from); !found.empty()) return found;
        } else if ((rel == "amod" || rel == "compound") && (patient || group || instrument)) {
          if (auto found = MentionWithConjuncts(c, from); !found.empty()) return found;
        }
        continue;
      }
      if (pass == kAgentPhrase) continue;  // AgentPhrases below
      if (tree_.base_relation(c) != "nmod" || rel == "nmod:poss") continue;
      const std::string_view prep = tree_.CaseOf(c);
      if (policy_.IsAgentPreposition(prep)) continue;
      // Deeper than the noun's own phrase, only of-phrases: "the removal of
      // the forces of X", not the destination of "the deployment of a
      // mission to X".
      const bool usable = prep == "of" ? (group || patient)
                                       : depth == 0 && patient &&
                                             (policy_.IsNounPatientPreposition(prep) ||
                                              policy_.IsAgentPreposition(prep));
      if (!usable) continue;
      if (auto found = MentionWithConjuncts(c, from); !found.empty()) return found;
      if (depth < 2 && prep == "of" && tree_.upos(c) == "NOUN") {
        if (auto found = ActorsInside(c, patient, from, depth + 1); !found.empty()) return found;
      }
    }
  }
  if (patient) return ActorsBehind(head, from, depth);
  return {};
}

// "the positions taken by Moscow's envoys", "the demand that Uganda made":
// the actor behind a thing, who did or made it.
std::vector<Participant> ArgumentFinder::ActorsBehind(int head, int from, int depth) const {
  // A participle's by-phrase. The participle is the noun's acl, or, as
  // parsers often attach it, an advcl of the verb that starts right after
  // the noun phrase.
  std::vector<int> participles;
  for (int c : tree_.children(head)) {
    if (tree_.relation(c) == "acl" && tree_.token(c).xpos == "VBN") participles.push_back(c);
  }
  int verb = tree_.head(head);
  while (verb >= 0 && tree_.upos(verb) != "VERB") verb = tree_.head(verb);
  if (verb >= 0) {
    for (int c : tree_.ChildrenBy(verb, "advcl")) {
      if (tree_.token(c).xpos == "VBN" && tree_.ChildBy(c, "nsubj") < 0 && tree_.Span(head).second == c) {
        participles.push_back(c);
      }
    }
  }
  for (int c : participles) {
    for (int a : tree_.children(c)) {
      const bool agent = tree_.relation(a) == "obl:agent" ||
                         (tree_.base_relation(a) == "obl" && policy_.IsAgentPreposition(tree_.CaseOf(a)));
      if (agent) {
        if (auto found = MentionWithConjuncts(a, from); !found.empty()) return found;
      }
    }
  }
  // "the demand that Uganda made", "the plan Israel proposed": an active
  // relative clause whose gap is its object; its subject is behind it.
  // Not when the gap may be in its complement ("the countries they said
  // were involved": they said nothing to the countries).
  for (int c : depth == 0 ? tree_.ChildrenBy(head, "acl:relcl") : std::vector<int>{}) {
    bool is_subject = true;
    if (Antecedent(c, &is_subject) != head || is_subject || tree_.ChildBy(c, "ccomp") >= 0) continue;
    for (int s : tree_.ChildrenBy(c, "nsubj")) {
      if (tree_.relation(s) != "nsubj") continue;  // not nsubj:pass
      if (auto found = MentionWithConjuncts(s, from); !found.empty()) return found;
    }
  }
  return {};
}

std::vector<Participant> ArgumentFinder::ResolveOne(int head, bool patient, bool things, int from) const {
  if (const int m = mention_at_[head]; m >= 0) {
    // "five Panamanian army officers": a mention that acts for nobody known,
    // whose modifier is an actor that does, acts for that one.
    if (mentions_[static_cast<size_t>(m)].actor < 0) {
      for (int c : tree_.children(head)) {
        const std::string_view rel = tree_.relation(c);
        if (rel != "compound" && rel != "amod" && rel != "nmod:poss") continue;
        const int inner = mention_at_[c];
        if (inner >= 0 && inner != m && mentions_[static_cast<size_t>(inner)].actor >= 0) {
          return MentionWithConjuncts(c, from);
        }
      }
    }
    return {OfMention(m, head, from)};
  }
  if (policy_.IsTimeNoun(tree_.lemma(head))) return {};
  // "detained the man, later identified as Khairi Saadallah": the name a
  // naming participle gives a common noun is who it is.
  if (tree_.upos(head) == "NOUN") {
    for (int c : tree_.ChildrenBy(head, "acl")) {
      if (!policy_.IsNamingVerb(tree_.lemma(c))) continue;
      for (int n : tree_.children(c)) {
        if (tree_.CaseOf(n) != "as") continue;
        if (auto named = MentionWithConjuncts(n, from); !named.empty()) return named;
      }
    }
  }
  // "a U.N. Security Council resolution" is a resolution, not the Council;
  // "the Azerbaijani republic of Nakhichevan", a name no lexicon holds, is
  // what its modifiers say.
  const bool noun = tree_.upos(head) == "NOUN" || tree_.upos(head) == "PROPN";
  if (noun && !(patient && lexicon_.IsObjectNoun(tree_.lemma(head)))) {
    if (auto inside = ActorsInside(head, patient, from, 0); !inside.empty()) return inside;
  }
  if (patient && things) {
    Participant thing = Thing(head, from);
    if (!thing.empty()) return {thing};
  }
  return {};
}

std::vector<Participant> ArgumentFinder::Resolve(int head, bool patient, bool things, int from) const {
  std::vector<Participant> out;
  std::vector<int> heads = {head};
  for (size_t k = 0; k < heads.size() && heads.size() < 32; ++k) {
    for (int c : tree_.ChildrenBy(heads[k], "conj")) {
      if (tree_.upos(c) != "VERB" && tree_.upos(c) != "AUX") heads.push_back(c);
    }
    // "Kenyan and Ugandan officials": coordinated nationalities of one
    // noun are as many actors as there are nationalities.
    for (int a : tree_.children(heads[k])) {
      const std::string_view rel = tree_.base_relation(a);
      if (rel != "amod" && rel != "compound") continue;
      const std::vector<int> coordinated = tree_.ChildrenBy(a, "conj");
      if (coordinated.empty() || mention_at_[a] < 0) continue;
      heads.push_back(a);
      for (int c : coordinated) {
        if (mention_at_[c] >= 0) heads.push_back(c);
      }
    }
  }
  for (int h : heads) Append(&out, ResolveOne(h, patient, things, from));
  return out;
}

int ArgumentFinder::Antecedent(int verb, bool* is_subject) const {
  int h = tree_.head(verb);
  if (h < 0) return -1;
  // "a resolution for a truce, which was vetoed": a relative clause after
  // a noun's modifier may describe the noun; the one that is a document or
  // agreement (an object noun) is the more likely antecedent.
  for (int up = tree_.head(h); up >= 0 && tree_.base_relation(h) == "nmod" && tree_.upos(up) == "NOUN" &&
                              lexicon_.IsObjectNoun(tree_.lemma(up));
       up = tree_.head(h)) {
    h = up;
  }
  const std::string_view rel = tree_.relation(verb);
  if (rel == "acl:relcl" || rel == "advcl:relcl") {
    for (int c : tree_.children(verb)) {
      if (!tree_.IsRelativePronoun(c)) continue;
      const std::string_view r = tree_.relation(c);
      if (r == "nsubj") { *is_subject = true; return h; }
      if (r == "nsubj:pass" || r == "obj") { *is_subject = false; return h; }
      // "a speech in which he condemned rioters", "the town where troops
      // fought": the antecedent is where or in what it happened, no argument.
      const std::string_view base = tree_.base_relation(c);
      if (base == "obl" || base == "advmod" || base == "nmod") return -1;
    }
    // "the treaty Iran signed": no pronoun, a subject of its own.
    *is_subject = tree_.ChildBy(verb, "nsubj") < 0 && !IsPassive(verb);
    return h;
  }
  if (rel == "acl") {
    if (tree_.HasChild(verb, "mark", "to")) return -1;  // "a plan to attack"
    // "the resolution vetoed by the US" / "troops attacking the town". A
    // past participle with an object of its own is a misparsed past tense:
    // "Officials praised Ecuador" is not "officials who were praised".
    *is_subject = tree_.token(verb).xpos != "VBN" || tree_.ChildBy(verb, "obj") >= 0;
    return h;
  }
  return -1;
}

std::vector<Participant> ArgumentFinder::ClauseAgents(int verb, int depth) const {
  std::vector<Participant> agents;
  bool antecedent_is_subject = false;
  const int antecedent = Antecedent(verb, &antecedent_is_subject);
  if (antecedent >= 0 && antecedent_is_subject) return Resolve(antecedent, false, false, verb);
  if (IsPassive(verb)) {
    for (int c : tree_.ChildrenBy(verb, "obl")) {
      if (tree_.relation(c) == "obl:agent" || policy_.IsAgentPreposition(tree_.CaseOf(c))) {
        Append(&agents, Resolve(c, false, false, verb));
      }
    }
    // "was shot dead by police", "was found guilty by a jury": the parser
    // hangs the by-phrase on the resultative adjective; it is the verb's agent.
    for (int x : tree_.ChildrenBy(verb, "xcomp")) {
      if (tree_.upos(x) != "ADJ") continue;
      for (int c : tree_.ChildrenBy(x, "obl")) {
        if (policy_.IsAgentPreposition(tree_.CaseOf(c))) Append(&agents, Resolve(c, false, false, verb));
      }
    }
    return agents;
  }
  // One subject per clause: two nsubj children are a misparse (an earlier
  // noun phrase taken for a second subject), and the nearest one is it.
  // An "it" the parser took for an expletive but actor recognition resolved
  // ("it is ready to withdraw") is the subject.
  int subject = -1;
  for (int c : tree_.children(verb)) {
    const bool is_subject = tree_.relation(c) == "nsubj" || (tree_.relation(c) == "expl" && mention_at_[c] >= 0);
    if (is_subject && (subject < 0 || std::abs(c - verb) < std::abs(subject - verb))) subject = c;
  }
  if (subject >= 0) Append(&agents, Resolve(subject, false, false, verb));
  if (!agents.empty() || tree_.ChildBy(verb, "nsubj") >= 0 || depth >= kMaxDepth) return agents;
  const int h = tree_.head(verb);
  if (h < 0) return agents;
  const std::string_view rel = tree_.base_relation(verb);
  if (rel == "conj" && (tree_.upos(h) == "VERB" || tree_.upos(h) == "AUX")) return ClauseAgents(h, depth + 1);
  if (IsInfinitiveComplement(tree_, policy_, verb)) {
    // "urged Iran to withdraw": the object controls; else the subject.
    const int object = tree_.ChildBy(h, "obj");
    if (object >= 0) return Resolve(object, false, false, verb);
    return ClauseAgents(h, depth + 1);
  }
  if (rel == "advcl" && !tree_.HasChild(verb, "mark", "if") && tree_.ChildBy(verb, "nsubj") < 0) {
    const std::string_view form = tree_.token(verb).Feature("VerbForm");
    if (form != "Ger" && form != "Part" && form != "Inf") return agents;
    // "accused Belarus of smuggling", "Belarus was accused of smuggling":
    // who allegedly did it is the accused, not the accuser.
    if (policy_.IsAllegationVerb(tree_.lemma(h))) {
      int accused = tree_.ChildBy(h, "obj");
      if (accused < 0) accused = tree_.ChildBy(h, "nsubj:pass");
      if (accused >= 0) return Resolve(accused, false, false, verb);
    }
    return ClauseAgents(h, depth + 1);
  }
  return agents;
}

std::vector<Participant> ArgumentFinder::Locations(const Trigger& trigger) const {
  std::vector<Participant> out;
  std::vector<int> words = {trigger.noun >= 0 ? trigger.noun : trigger.anchor};
  if (trigger.noun >= 0 && trigger.noun != trigger.anchor) words.push_back(trigger.anchor);
  for (size_t k = 0; k < words.size() && words.size() < 16; ++k) {
    for (int c : tree_.children(words[k])) {
      const std::string_view rel = tree_.base_relation(c);
      if ((rel == "obl" || rel == "nmod") && policy_.IsLocationPreposition(tree_.CaseOf(c))) {
        // The place named itself, not what a phrase is about ("in
        // anticipation of Dorian").
        Append(&out, PlaceIn(c, trigger.anchor, 0));
      } else if (rel == "obj" || (tree_.upos(c) == "VERB" && IsInfinitiveComplement(tree_, policy_, c))) {
        words.push_back(c);
      }
    }
  }
  return out;
}

std::vector<Participant> ArgumentFinder::PlaceIn(int phrase, int from, int depth) const {
  auto of_a_state = [&](const std::vector<Participant>& found) {
    return std::any_of(found.begin(), found.end(),
                       [&](const Participant& p) { return p.is_mention() && mentions_[p.mention].actor >= 0; });
  };
  std::vector<Participant> found = MentionWithConjuncts(phrase, from);
  if (of_a_state(found) || depth >= 2) return found;
  // "in the town of Maiduguri in northeastern Nigeria", "in a district of
  // Beirut": the place of a state named inside the phrase, when the phrase
  // names none (a common noun, or a town the lexicons do not place).
  if (tree_.upos(phrase) != "NOUN" && tree_.upos(phrase) != "PROPN") return found;
  for (int c : tree_.ChildrenBy(phrase, "nmod")) {
    const std::string_view prep = tree_.CaseOf(c);
    if (prep != "of" && !policy_.IsLocationPreposition(prep)) continue;
    if (auto inner = PlaceIn(c, from, depth + 1); of_a_state(inner)) return inner;
  }
  return found;
}

std::vector<Participant> ArgumentFinder::PurposeTargets(const Trigger& trigger) const {
  std::vector<Participant> out;
  std::vector<int> words = {trigger.anchor};
  if (trigger.noun >= 0 && trigger.noun != trigger.anchor) words.push_back(trigger.noun);
  // "blocked a road to show their anger": parsers hang the purpose on the object too.
  if (const int object = tree_.ChildBy(trigger.anchor, "obj"); object >= 0) words.push_back(object);
  auto keep_actors = [&](std::vector<Participant> found) {
    std::erase_if(found, [](const Participant& p) { return !p.is_mention(); });
    Append(&out, std::move(found));
  };
  for (int w : words) {
    for (int c : tree_.children(w)) {
      const std::string_view rel = tree_.base_relation(c);
      if ((rel == "advcl" || rel == "acl") && tree_.upos(c) == "VERB" && tree_.HasChild(c, "mark", "to")) {
        keep_actors(ClausePatients(c, Trigger{}, 1));
      } else if ((rel == "obl" || rel == "nmod") && tree_.CaseOf(c) == "in" && policy_.IsPurposeNoun(tree_.lemma(c))) {
        for (int n : tree_.ChildrenBy(c, "nmod")) keep_actors(Resolve(n, true, false, trigger.anchor));
      }
    }
  }
  return out;
}

std::vector<Participant> ArgumentFinder::MisattachedRecipients(int object, int verb) const {
  // "to", and the preposition of a sense of the verb ("confiscated rifles
  // from smugglers": confiscate from).
  std::vector<std::string> prepositions = {"to"};
  if (const auto* senses = lexicon_.VerbSenses(tree_.lemma(verb))) {
    for (const VerbSense& sense : *senses) {
      if (sense.particles.size() == 1 && sense.particles[0] != "to") prepositions.push_back(sense.particles[0]);
    }
  }
  std::vector<Participant> out;
  std::vector<int> objects = {object};
  for (int c : tree_.ChildrenBy(object, "conj")) objects.push_back(c);
  for (int o : objects) {
    for (int n : tree_.ChildrenBy(o, "nmod")) {
      const std::string_view prep = tree_.CaseOf(n);
      if (std::find(prepositions.begin(), prepositions.end(), prep) != prepositions.end()) {
        Append(&out, Resolve(n, true, false, verb));
      }
    }
  }
  return out;
}

std::vector<Participant> ArgumentFinder::ClausePatients(int verb, const Trigger& trigger, int depth) const {
  std::vector<Participant> patients;
  bool antecedent_is_subject = true;
  const int antecedent = Antecedent(verb, &antecedent_is_subject);
  if (antecedent >= 0 && !antecedent_is_subject) Append(&patients, Resolve(antecedent, true, true, verb));
  const bool light = trigger.kind == TriggerKind::kLightVerb;
  // "hand over to Britain", parsed with the phrase under the particle (an
  // adverb right after the verb): what hangs on the particle is the verb's.
  std::vector<int> dependents = tree_.children(verb);
  for (int k : tree_.children(verb)) {
    const std::string_view rel = tree_.base_relation(k);
    if (k != verb + 1 || (rel != "advmod" && rel != "compound")) continue;
    for (int c : tree_.ChildrenBy(k, "obl")) dependents.push_back(c);
  }
  for (int c : dependents) {
    if (c == trigger.noun) continue;
    if (light && (tree_.relation(c) == "obj" || tree_.relation(c) == "nsubj:pass")) continue;  // the event nouns
    const std::string_view rel = tree_.relation(c);
    const std::string_view base = tree_.base_relation(c);
    if (rel == "obj" || rel == "nsubj:pass" || rel == "iobj") {
      if (!tree_.IsRelativePronoun(c)) Append(&patients, Resolve(c, true, true, verb));
      // Only for a thing: "expelled the Libyan ambassador to Greece" names
      // the ambassador's post, not a recipient.
      if (rel == "obj" && mention_at_[c] < 0) Append(&patients, MisattachedRecipients(c, verb));
    } else if (base == "obl" && rel != "obl:agent") {
      const std::string_view prep = tree_.CaseOf(c);
      if (!trigger.preposition.empty() && prep == trigger.preposition) {
        Append(&patients, Resolve(c, true, true, verb));
      } else if ((policy_.IsPatientPreposition(prep) || (light && policy_.IsNounPatientPreposition(prep))) &&
                 !(IsPassive(verb) && policy_.IsAgentPreposition(prep))) {
        // A light verb's obliques are its noun's: "completed their
        // withdrawal from Lebanon" withdraws from Lebanon.
        Append(&patients, Resolve(c, true, false, verb));
      }
    }
  }
  if (trigger.noun >= 0) Append(&patients, NounPatients(trigger.noun, trigger.predicate));
  if (!patients.empty() || depth >= kMaxDepth) return patients;
  // An event done with someone ("discussed", "cooperated") has no partner
  // in its complement: "discussed imposing sanctions on Iraq" is no talk
  // with Iraq.
  if (trigger.predicate >= 0 && lexicon_.predicate(trigger.predicate).needs_actor_patient) return patients;
  // "threatened to attack Israel", "demanded that Iran withdraw".
  for (int c : tree_.children(verb)) {
    const std::string_view rel = tree_.base_relation(c);
    std::vector<Participant> inner;
    if (IsInfinitiveComplement(tree_, policy_, c) && tree_.upos(c) == "VERB") {
      inner = ClausePatients(c, Trigger{}, depth + 1);
    } else if (rel == "ccomp") {
      for (int s : tree_.ChildrenBy(c, "nsubj")) Append(&inner, Resolve(s, true, false, verb));
    }
    for (Participant& p : inner) {
      if (!p.is_mention()) continue;  // "agreed to provide aid": aid is what is promised, not to whom
      p.from_complement = true;
      Append(&patients, {p});
    }
  }
  return patients;
}

std::vector<Participant> ArgumentFinder::NounAgents(int noun) const {
  std::vector<Participant> agents;
  for (int c : tree_.children(noun)) {
    const std::string_view rel = tree_.relation(c);
    const int m = mention_at_[c];
    if (m < 0) continue;
    if (rel == "nmod:poss" || rel == "amod" || rel == "compound" ||
        (tree_.base_relation(c) == "nmod" && policy_.IsAgentPreposition(tree_.CaseOf(c)))) {
      Append(&agents, Resolve(c, false, false, noun));
    } else if (tree_.base_relation(c) == "nmod" && tree_.CaseOf(c) == "between") {
      Append(&agents, Resolve(c, false, false, noun));  // "talks between A and B"
    }
  }
  // "Israeli Prime Minister Benjamin Netanyahu's conversation": the noun
  // itself inside a mention is no event.
  if (mention_at_[noun] >= 0) return {};
  return agents;
}

std::vector<Participant> ArgumentFinder::NounPatients(int noun, int predicate) const {
  // A symmetric event is between parties: the of-phrase of "a treaty of
  // friendship" or "talks of reconciliation" says what it is about, and
  // only an actor there ("the talks of Israel") is a party.
  const bool of_names_content = predicate >= 0 && lexicon_.predicate(predicate).symmetric;
  std::vector<Participant> patients;
  for (int c : tree_.children(noun)) {
    if (tree_.base_relation(c) != "nmod" || tree_.relation(c) == "nmod:poss") continue;
    const std::string_view prep = tree_.CaseOf(c);
    if (prep == "between" || policy_.IsAgentPreposition(prep)) continue;
    const bool things = !(of_names_content && prep == "of");
    if (policy_.IsNounPatientPreposition(prep)) Append(&patients, Resolve(c, true, things, noun));
  }
  // "its demand that Israel ease the restrictions": the subject of the
  // noun's content clause, as of a verb's ("demanded that Israel ease").
  // A relative clause ("the demand that Israel made") is acl:relcl.
  if (patients.empty()) {
    for (int clause : tree_.children(noun)) {
      if (tree_.relation(clause) != "acl" || !tree_.HasChild(clause, "mark", "that")) continue;
      for (int s : tree_.ChildrenBy(clause, "nsubj")) {
        for (Participant& p : Resolve(s, true, false, noun)) {
          p.from_complement = true;
          Append(&patients, {p});
        }
      }
    }
  }
  // "its rejection and condemnation of terrorism": coordinated event nouns
  // share the patient written after the last of them.
  if (patients.empty() && tree_.base_relation(noun) != "conj") {
    const std::vector<int> conjuncts = tree_.ChildrenBy(noun, "conj");
    if (!conjuncts.empty() && tree_.upos(conjuncts.back()) == "NOUN") return NounPatients(conjuncts.back(), predicate);
  }
  return patients;
}

std::vector<Participant> ArgumentFinder::Agents(const Trigger& trigger) const {
  if (trigger.kind == TriggerKind::kNoun) return NounAgents(trigger.noun);
  std::vector<Participant> agents = ClauseAgents(trigger.anchor, 0);
  if (agents.empty() && trigger.noun >= 0) agents = NounAgents(trigger.noun);
  return agents;
}

std::vector<Participant> ArgumentFinder::Patients(const Trigger& trigger) const {
  if (trigger.kind == TriggerKind::kNoun) return NounPatients(trigger.noun, trigger.predicate);
  if (trigger.kind == TriggerKind::kObligation) {
    // "said Libya must hand over": who must act; never a thing.
    std::vector<Participant> patients;
    for (int s : tree_.children(trigger.complement)) {
      if (tree_.relation(s) == "nsubj") Append(&patients, Resolve(s, true, false, trigger.anchor));
    }
    return patients;
  }
  return ClausePatients(trigger.anchor, trigger, 0);
}

}  // namespace kg::ingest::events
