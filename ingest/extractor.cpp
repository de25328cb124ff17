// Extractor: actors (ingest/actors/) then relations (ingest/relations/) over
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
#include "ingest/compound_words.h"
#include "ingest/lexicon/lexicons.h"
#include "ingest/relations/predicate_lexicon.h"
#include "ingest/relations/relation_finder.h"

namespace kg::ingest {

using relations::Participant;

struct Extractor::Impl {
  std::unique_ptr<ActorRecognizer> actors;
  relations::PredicateLexicon predicates;
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
  TripleBuilder(const Document& document, const relations::PredicateLexicon& lexicon,
                Extraction* extraction)
      : document_(document), lexicon_(lexicon), out_(*extraction) {
    for (int e = 0; e < static_cast<int>(out_.entities.size()); ++e) {
      entity_by_name_.emplace(out_.entities[e].name, e);
    }
  }

  void AddRelation(const Sentence& sentence, const std::vector<ActorMention>& mentions,
                   const relations::FoundRelation& relation) {
    const auto& predicate = lexicon_.predicate(relation.predicate);
    for (const auto& [subject, object] : relations::RelationPairs(relation, predicate)) {
      End s = Resolve(sentence, mentions, subject), o = Resolve(sentence, mentions, object);
      ExtractedTriple t;
      t.predicate = predicate.name;
      t.category = predicate.category;
      t.cameo = predicate.cameo;
      t.negated = relation.negated;
      t.sentence = sentence.index;
      const Token& first = sentence.tokens[relation.phrase_first];
      const Token& last = sentence.tokens[relation.phrase_end - 1];
      t.chars = {first.chars.start, last.chars.end};
      t.phrase = document_.text.substr(first.bytes.begin, last.bytes.end - first.bytes.begin);
      t.rule = std::string(relation.rule);
      if (s.entity >= 0 && o.entity >= 0 && s.entity != o.entity) {
        t.subject = s.entity;
        t.object = o.entity;
        t.level = "mention";
        Emit(t);
      }
      // A state acting on itself through different mentions ("Sudan's
      // government lifted the state of emergency in Darfur") is kept.
      if (s.actor >= 0 && o.actor >= 0 && s.entity != o.entity) {
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
      // "ethnic Albanians demonstrated in Serbia": a group of no state acts
      // for the one it acts in.
      const int actor = m.actor < 0 && p.located_in >= 0 ? mentions[p.located_in].actor : m.actor;
      return {m.entity, actor};
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
      if (range.first < p.first || range.end > p.end) continue;
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
    out_.mentions.push_back({it->second, sentence.index, {first.chars.start, last.chars.end}, surface});
    return it->second;
  }

  // One triple per (subject, predicate, object, level, negated) and sentence.
  void Emit(const ExtractedTriple& t) {
    auto key = std::make_tuple(t.subject, t.predicate, t.object, t.level, t.negated, t.sentence);
    if (emitted_.insert(key).second) out_.triples.push_back(t);
  }

  const Document& document_;
  const relations::PredicateLexicon& lexicon_;
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
  KG_ASSIGN_OR_RETURN(extractor->impl_->predicates, relations::PredicateLexicon::Load(lexicons));
  return extractor;
}

Extraction Extractor::Extract(const Document& document, std::vector<Sentence> sentences) const {
  Extraction extraction;
  extraction.sentences = std::move(sentences);
  const auto& all = extraction.sentences;
  auto mentions = impl_->actors->Recognize(document, all, &extraction.entities);
  extraction.mentions = ToExtractedMentions(document, all, mentions);
  TripleBuilder builder(document, impl_->predicates, &extraction);
  relations::RelationFinder finder(impl_->predicates);
  for (size_t s = 0; s < all.size(); ++s) {
    builder.AddRoles(all[s], mentions[s]);
    for (const auto& relation : finder.Find(all[s].tokens, mentions[s])) {
      builder.AddRelation(all[s], mentions[s], relation);
    }
  }
  return extraction;
}

}  // namespace kg::ingest
