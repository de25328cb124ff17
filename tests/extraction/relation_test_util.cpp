#include "tests/extraction/relation_test_util.h"

#include <algorithm>
#include <sstream>

#include "ingest/relations/relation_finder.h"

namespace kg::test {
namespace {

int EntityIndex(MarkedSentence* s, const std::string& name) {
  auto it = std::find(s->entity_names.begin(), s->entity_names.end(), name);
  if (it != s->entity_names.end()) return static_cast<int>(it - s->entity_names.begin());
  s->entity_names.push_back(name);
  return static_cast<int>(s->entity_names.size()) - 1;
}

void AddToken(MarkedSentence* s, const std::string& word) {
  Token token;
  token.text = word;
  int64_t start = s->tokens.empty() ? 0 : s->tokens.back().chars.end + 1;
  token.chars = {start, start + static_cast<int64_t>(word.size())};
  token.bytes = {static_cast<size_t>(start), static_cast<size_t>(start) + word.size()};
  s->tokens.push_back(token);
}

}  // namespace

MarkedSentence ParseMarked(const std::string& marked) {
  MarkedSentence s;
  std::istringstream in(marked);
  std::string word;
  while (in >> word) {
    if (word[0] != '[') {
      AddToken(&s, word);
      continue;
    }
    std::string inside = word.substr(1);
    while (inside.find(']') == std::string::npos && in >> word) inside += " " + word;
    inside = inside.substr(0, inside.find(']'));
    std::string kind = "name", actor;
    if (auto colon = inside.rfind(':'); colon != std::string::npos) {
      kind = inside.substr(colon + 1);
      inside = inside.substr(0, colon);
    }
    if (auto arrow = inside.find('>'); arrow != std::string::npos) {
      actor = inside.substr(arrow + 1);
      inside = inside.substr(0, arrow);
    }
    ingest::ActorMention m;
    m.first_token = static_cast<int>(s.tokens.size());
    std::istringstream words(inside);
    for (std::string w; words >> w;) AddToken(&s, w);
    m.end_token = static_cast<int>(s.tokens.size());
    m.head_token = m.end_token - 1;
    m.kind = kind == "adj" || kind == "adjs" ? ingest::MentionKind::kAdjective
             : kind == "pron"                ? ingest::MentionKind::kPronoun
             : kind == "place"               ? ingest::MentionKind::kPlace
             : kind == "role" || kind == "mil" ? ingest::MentionKind::kRoleNoun
                                               : ingest::MentionKind::kName;
    m.plural = kind == "adjs";  // a plural demonym: "Palestinians"
    if (kind == "mil") m.sector = "MIL";  // a state's armed forces
    m.is_pronoun = m.kind == ingest::MentionKind::kPronoun;
    m.entity = EntityIndex(&s, inside);
    m.actor = actor == "-" ? -1 : EntityIndex(&s, actor.empty() ? inside : actor);  // ">-": no state
    s.mentions.push_back(m);
  }
  return s;
}

std::vector<std::string> ActorTriples(const ingest::relations::PredicateLexicon& lexicon,
                                      const std::string& marked) {
  MarkedSentence s = ParseMarked(marked);
  ingest::relations::RelationFinder finder(lexicon);
  std::vector<std::string> out;
  for (const auto& r : finder.Find(s.tokens, s.mentions)) {
    const auto& predicate = lexicon.predicate(r.predicate);
    for (const auto& [subject, object] : ingest::relations::RelationPairs(r, predicate)) {
      auto name = [&](const ingest::relations::Participant& p) {
        if (p.is_mention()) {
          // As the extractor: a group of no state acts for where it acts.
          int actor = s.mentions[p.mention].actor;
          if (actor < 0 && p.located_in >= 0) actor = s.mentions[p.located_in].actor;
          return actor >= 0 ? s.entity_names[actor] : std::string("?");
        }
        std::string phrase;
        for (int k = p.first; k < p.end; ++k) phrase += (phrase.empty() ? "" : " ") + s.tokens[k].text;
        return phrase;
      };
      // As the extractor: a state acting on itself through different
      // mentions is kept ("Sudan's government lifted ... in Sudan").
      auto entity = [&](const ingest::relations::Participant& p) {
        return p.is_mention() ? s.entity_names[s.mentions[p.mention].entity] : name(p);
      };
      if (entity(subject) == entity(object)) continue;
      std::string a = name(subject), b = name(object);
      out.push_back((r.negated ? "!" : "") + a + " " + predicate.name + " " + b);
    }
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

}  // namespace kg::test
