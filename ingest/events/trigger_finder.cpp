#include "ingest/events/trigger_finder.h"

#include <algorithm>
#include <string_view>

#include "ingest/tagger/word_shape.h"

namespace kg::ingest::events {
namespace {

// The words a verb's sense may need after it: its particles, the
// prepositions of its obliques, its adverbs ("attack verbally"), with the
// tokens that carry them.
struct AttachedWord {
  std::string lemma;
  int token;
  bool preposition;  // the case of an oblique or object
};

std::vector<AttachedWord> AttachedWords(const DependencyTree& tree, int verb) {
  std::vector<AttachedWord> words;
  for (int c : tree.children(verb)) {
    const std::string_view rel = tree.base_relation(c);
    if (tree.relation(c) == "compound:prt" || rel == "advmod") {
      words.push_back({tree.lemma(c), c, false});
    } else if (rel == "obl" || rel == "obj" || rel == "xcomp" || rel == "ccomp" || rel == "advcl") {
      for (int g : tree.children(c)) {
        const std::string_view grel = tree.base_relation(g);
        if (grel == "case" || grel == "mark") words.push_back({tree.lemma(g), g, true});
      }
    }
  }
  return words;
}

// Whether `particles` are all attached to the verb; fills their tokens and
// the preposition among them.
bool ParticlesMatch(const DependencyTree& tree, int verb, const std::vector<std::string>& particles,
                    Trigger* t) {
  if (particles.empty()) return true;
  const std::vector<AttachedWord> attached = AttachedWords(tree, verb);
  for (size_t p = 0; p < particles.size(); ++p) {
    const std::string& want = particles[p];
    auto it = std::find_if(attached.begin(), attached.end(), [&](const AttachedWord& w) { return w.lemma == want; });
    int token = it == attached.end() ? -1 : it->token;
    // Right after the verb, as written ("insist that"), however parsed.
    if (token < 0 && verb + 1 + static_cast<int>(p) < tree.size() &&
        tree.lemma(verb + 1 + static_cast<int>(p)) == want) {
      token = verb + 1 + static_cast<int>(p);
    }
    if (token < 0) return false;
    t->particles.push_back(token);
    if (it != attached.end() && it->preposition) t->preposition = want;
  }
  return true;
}

// The event nouns a light verb takes: its object (or the passive subject
// of "talks were held") and their coordinated nouns.
std::vector<int> LightVerbNouns(const DependencyTree& tree, int verb) {
  std::vector<int> nouns;
  int n = tree.ChildBy(verb, "obj");
  if (n < 0) n = tree.ChildBy(verb, "nsubj:pass");
  if (n < 0 || tree.upos(n) != "NOUN") return nouns;
  nouns.push_back(n);
  for (int c : tree.ChildrenBy(n, "conj")) {
    if (tree.upos(c) == "NOUN") nouns.push_back(c);
  }
  return nouns;
}

}  // namespace

bool HeadsClause(const DependencyTree& tree, int i) {
  const std::string_view rel = tree.base_relation(i);
  return rel == "root" || rel == "conj" || rel == "ccomp" || rel == "xcomp" || rel == "advcl" || rel == "acl" ||
         rel == "parataxis" || rel == "csubj" || rel == "dep" || tree.head(i) < 0;
}

int EventNounPredicate(const DependencyTree& tree, const PredicateLexicon& lexicon, int noun) {
  const std::string& lemma = tree.lemma(noun);
  // Longest first: "hunger strike", "suicide bombing" (a modifier right
  // before the noun), "state of emergency" (an of-phrase), then the noun.
  for (int c : tree.children(noun)) {
    const std::string_view rel = tree.base_relation(c);
    if (c == noun - 1 && (rel == "compound" || rel == "amod")) {
      const int p = lexicon.NounPredicate(tree.lemma(c) + " " + lemma);
      if (p >= 0) return p;
    }
    if (c > noun && rel == "nmod" && tree.CaseOf(c) == "of") {
      const int p = lexicon.NounPredicate(lemma + " of " + tree.lemma(c));
      if (p >= 0) return p;
    }
  }
  if (const int p = lexicon.NounPredicate(lemma); p >= 0) return p;
  // A noun whose plural is a word of its own ("arms", "weapons" sent to a
  // state): the lemmatizer's singular ("arm") names something else, so
  // the lexicon lists the plural and it is looked up as written.
  if (tree.token(noun).xpos == "NNS") {
    const std::string plural = syntax::LowerAscii(tree.token(noun).text);
    if (plural != lemma) return lexicon.NounPredicate(plural);
  }
  return -1;
}

std::vector<Trigger> VerbTriggers(const DependencyTree& tree, const PredicateLexicon& lexicon,
                                  int verb) {
  std::vector<Trigger> found;
  const auto* senses = lexicon.VerbSenses(tree.lemma(verb));
  if (senses == nullptr) return found;
  const bool has_object = tree.ChildBy(verb, "obj") >= 0;
  for (const auto& sense : *senses) {  // longest particle list first
    if (sense.without_object && has_object) continue;
    Trigger t;
    t.kind = TriggerKind::kVerb;
    t.anchor = verb;
    if (!ParticlesMatch(tree, verb, sense.particles, &t)) continue;
    // "called Nevada for Biden" is no "call for": where the preposition
    // makes the sense (bare "call" names no event), the verb takes its
    // patient in the phrase, not a direct object before it. Where the bare
    // verb is the event too ("withdrew its ships from Peru"), the phrase
    // only adds a patient.
    if (!t.preposition.empty() && has_object && sense.particles.size() == 1 && senses->back().particles.size() != 0) {
      continue;
    }
    t.predicate = sense.predicate;
    found.push_back(std::move(t));
    break;
  }
  return found;
}

std::vector<Trigger> LightVerbTriggers(const DependencyTree& tree, const PredicateLexicon& lexicon,
                                       int verb) {
  std::vector<Trigger> found;
  const std::string phrasal = tree.PhrasalLemma(verb);
  const std::string& lemma = tree.lemma(verb);
  if (!lexicon.IsLightVerb(lemma) && !lexicon.IsLightVerb(phrasal)) return found;
  for (int noun : LightVerbNouns(tree, verb)) {
    int predicate = lexicon.Phrase(lemma, tree.lemma(noun));
    if (predicate < 0) predicate = EventNounPredicate(tree, lexicon, noun);
    if (predicate < 0) continue;
    Trigger t;
    t.kind = TriggerKind::kLightVerb;
    t.predicate = predicate;
    t.anchor = verb;
    t.noun = noun;
    if (phrasal != lemma) t.particles.push_back(tree.ChildBy(verb, "compound:prt"));
    found.push_back(std::move(t));
  }
  return found;
}

}  // namespace kg::ingest::events
