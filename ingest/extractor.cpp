// Extractor: actors (ingest/actors/) then event frames (ingest/events/) over
// each sentence, turned into the entities, mentions and triples of an
// Extraction: for every relation found, the mention-level triple (Benjamin
// Netanyahu -criticizes-> Moscow's envoys), the actor-level triple (Israel
// -criticizes-> Russia), and the role triples of the people involved
// (Benjamin Netanyahu -leader_of-> Israel).
#include "ingest/extractor.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>
#include <tuple>
#include <unordered_map>

#include "ingest/actors/actor_recognizer.h"
#include "ingest/actors/apposition_coding.h"
#include "ingest/compound_words.h"
#include "ingest/lexicon/lexicons.h"
#include "ingest/events/clause_policy.h"
#include "ingest/events/frame_finder.h"
#include "ingest/events/predicate_lexicon.h"

namespace kg::ingest {

using events::EventFrame;
using events::Modality;
using events::Participant;

struct Extractor::Impl {
  std::unique_ptr<ActorRecognizer> actors;
  events::PredicateLexicon predicates;
  events::ClausePolicy policy;
};

namespace {

std::string LowerCase(std::string text) {
  for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}

// Builds the triples of one document; owns the bookkeeping that keeps
// entities of things and role triples unique within it.
class TripleBuilder {
 public:
  TripleBuilder(const Document& document, const events::PredicateLexicon& lexicon,
                Extraction* extraction)
      : document_(document), lexicon_(lexicon), out_(*extraction) {
    for (int e = 0; e < static_cast<int>(out_.entities.size()); ++e) {
      entity_by_name_.emplace(out_.entities[e].name, e);
    }
  }

  // The triples of one frame: mention level for every pair of ends; actor
  // level only for what the sentence asserts (or intends, as the intent
  // policy codes it), a negated event as negated.
  void AddFrame(const Sentence& sentence, const std::vector<ActorMention>& mentions, const EventFrame& frame) {
    const auto& predicate = lexicon_.predicate(frame.predicate);
    const bool negated = frame.modality == Modality::kNegated;
    // What a speaker says in an interview turn is not a reported event.
    const bool actor_level = sentence.section != Section::kTranscript &&
                             (events::IsFactual(frame.modality) || frame.intent_coded || negated);
    for (const auto& [agent, patient] : events::FramePairs(frame, predicate.symmetric || frame.mutual)) {
      End s = Resolve(sentence, mentions, agent), o = Resolve(sentence, mentions, patient);
      ExtractedTriple t;
      t.predicate = predicate.name;
      t.category = predicate.category;
      t.cameo = predicate.cameo;
      t.negated = negated;
      t.modality = std::string(events::ModalityName(frame.modality));
      t.frame = agent.path + " " + sentence.tokens[frame.trigger].lemma + " " + patient.path;
      t.sentence = sentence.index;
      const Token& first = sentence.tokens[frame.phrase_first];
      const Token& last = sentence.tokens[frame.phrase_end - 1];
      t.chars = {first.chars.start, last.chars.end};
      t.phrase = document_.text.substr(first.bytes.begin, last.bytes.end - first.bytes.begin);
      t.rule = frame.rule;
      if (s.entity >= 0 && o.entity >= 0 && s.entity != o.entity) {
        t.subject = s.entity;
        t.object = o.entity;
        t.level = "mention";
        Emit(t);
      }
      // A state acting on itself through different mentions ("Sudan's
      // government lifted the state of emergency in Darfur") is kept.
      if (actor_level && s.actor >= 0 && o.actor >= 0 && s.entity != o.entity) {
        t.subject = s.actor;
        t.object = o.actor;
        t.level = "actor";
        Emit(t);
      }
    }
  }

  // "Israeli Prime Minister Benjamin Netanyahu": Netanyahu -leader_of-> Israel.
  void AddRoles(const Sentence& sentence, const std::vector<ActorMention>& mentions) {
    for (const auto& m : mentions) {
      if (m.role.empty() || m.entity < 0 || m.actor < 0 || m.entity == m.actor) continue;
      if (out_.entities[m.entity].type != "person") continue;
      std::string predicate = lexicon_.IsLeaderRole(LowerCase(m.role)) ? "leader_of" : "official_of";
      if (!roles_seen_.insert({m.entity, m.actor, predicate}).second) continue;
      const Token& first = sentence.tokens[m.first_token];
      const Token& last = sentence.tokens[m.end_token - 1];
      ExtractedTriple t;
      t.subject = m.entity;
      t.object = m.actor;
      t.predicate = predicate;
      t.level = "actor";
      t.sentence = sentence.index;
      t.chars = {first.chars.start, last.chars.end};
      t.phrase = document_.text.substr(first.bytes.begin, last.bytes.end - first.bytes.begin);
      t.rule = "role";
      out_.triples.push_back(std::move(t));
    }
  }

 private:
  struct End {
    int entity = -1;  // mention level
    int actor = -1;   // actor level
  };

  End Resolve(const Sentence& sentence, const std::vector<ActorMention>& mentions,
              const Participant& p) {
    if (p.is_mention()) {
      const ActorMention& m = mentions[p.mention];
      return {m.entity, m.actor};
    }
    int e = ThingEntity(sentence, p);
    return {e, e};
  }

  // The entity of a thing named by a key noun phrase ("resolution").
  int ThingEntity(const Sentence& sentence, const Participant& p) {
    const Token& first = sentence.tokens[p.first];
    const Token& last = sentence.tokens[p.end - 1];
    std::string surface = document_.text.substr(first.bytes.begin, last.bytes.end - first.bytes.begin);
    // Word by word, a compound the tokenizer split ("cease - fire") as one.
    std::string name;
    bool proper = true;  // every word capitalised: "Friendship Bridge", not "resolution"
    for (const TokenRange& range : CompoundWordRanges(sentence.tokens)) {
      // A word the phrase covers only in part ("Othaimeen" of "Al-Othaimeen")
      // is named whole: a thing never has an empty name.
      if (range.end <= p.first || range.first >= p.end) continue;
      const std::string word = CompoundText(sentence.tokens, range);
      if (!name.empty() && word != "'s") name += ' ';
      name += word;
      proper = proper && std::isupper(static_cast<unsigned char>(word[0]));
    }
    if (!proper) name = LowerCase(name);
    auto [it, added] = entity_by_name_.emplace(name, static_cast<int>(out_.entities.size()));
    if (added) {
      ExtractedEntity entity;
      entity.name = name;
      entity.type = "other";
      out_.entities.push_back(std::move(entity));
    }
    auto& aliases = out_.entities[it->second].aliases;
    if (surface != name && std::find(aliases.begin(), aliases.end(), surface) == aliases.end()) {
      aliases.push_back(surface);
    }
    // A thing is no actor: nothing codes it.
    out_.mentions.push_back({it->second, sentence.index, {first.chars.start, last.chars.end}, surface,
                             std::string(MentionCodingName(MentionCoding::kNone)), std::nullopt});
    return it->second;
  }

  // One triple per (subject, predicate, object, level, negated) and sentence.
  void Emit(const ExtractedTriple& t) {
    auto key = std::make_tuple(t.subject, t.predicate, t.object, t.level, t.negated, t.sentence);
    if (emitted_.insert(key).second) out_.triples.push_back(t);
  }

  const Document& document_;
  const events::PredicateLexicon& lexicon_;
  Extraction& out_;
  std::unordered_map<std::string, int> entity_by_name_;
  std::set<std::tuple<int, int, std::string>> roles_seen_;
  std::set<std::tuple<int, std::string, int, std::string, bool, int>> emitted_;
};

}  // namespace

Extractor::Extractor() : impl_(std::make_unique<Impl>()) {}
Extractor::~Extractor() = default;

Result<std::unique_ptr<Extractor>> Extractor::Load(const std::string& lexicon_dir) {
  KG_ASSIGN_OR_RETURN(auto lexicons, Lexicons::Load(lexicon_dir));
  std::unique_ptr<Extractor> extractor(new Extractor());
  KG_ASSIGN_OR_RETURN(extractor->impl_->actors, ActorRecognizer::Load(lexicons));
  KG_ASSIGN_OR_RETURN(extractor->impl_->predicates, events::PredicateLexicon::Load(lexicons));
  KG_ASSIGN_OR_RETURN(extractor->impl_->policy, events::ClausePolicy::Load(lexicons));
  return extractor;
}

std::vector<bool> Extractor::KnownNameTokens(const Sentence& sentence) const {
  return impl_->actors->KnownNameTokens(sentence);
}

Extraction Extractor::Extract(const Document& document, std::vector<Sentence> sentences) const {
  Extraction extraction;
  extraction.sentences = std::move(sentences);
  const auto& all = extraction.sentences;
  auto mentions = impl_->actors->Recognize(document, all, &extraction.entities);
  CodeByApposition(all, mentions, extraction.entities);
  extraction.mentions = ToExtractedMentions(document, all, mentions);
  TripleBuilder builder(document, impl_->predicates, &extraction);
  events::FrameFinder finder(impl_->predicates, impl_->policy);
  for (size_t s = 0; s < all.size(); ++s) {
    builder.AddRoles(all[s], mentions[s]);
    for (const EventFrame& frame : finder.Find(all[s], mentions[s])) {
      builder.AddFrame(all[s], mentions[s], frame);
    }
  }
  return extraction;
}

}  // namespace kg::ingest
