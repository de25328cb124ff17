#include "ingest/vocabulary/generated_lexicon.h"

#include <map>

#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>

namespace kg::ingest::vocabulary {
namespace {

using Writer = rapidjson::PrettyWriter<rapidjson::StringBuffer>;

void Field(Writer& w, const char* key, const std::string& value) {
  w.Key(key);
  w.String(value.c_str(), static_cast<rapidjson::SizeType>(value.size()));
}

void Strings(Writer& w, const char* key, const std::vector<std::string>& values) {
  w.Key(key);
  w.StartArray();
  for (const auto& v : values) w.String(v.c_str(), static_cast<rapidjson::SizeType>(v.size()));
  w.EndArray();
}

void Entry(Writer& w, const ExpandedWord& word, const events::PredicateLexicon& seeds) {
  w.SetFormatOptions(rapidjson::kFormatSingleLineArray);
  w.StartObject();
  Field(w, "word", word.text);
  Field(w, "pos", word.pos == 'v' ? "verb" : "noun");
  Field(w, "predicate", seeds.predicate(word.predicate).name);
  Field(w, "seed", word.seed);
  Field(w, "seed_sense", word.seed_sense);
  Field(w, "relation", word.relation);
  if (word.relation == "derivation") Field(w, "from", word.from);
  Field(w, "sense", word.sense);
  Field(w, "synset", word.synset);
  if (!word.why.empty()) Field(w, "why", word.why);
  w.EndObject();
}

}  // namespace

std::string GeneratedLexiconJson(const Expansion& expansion, const events::PredicateLexicon& seeds,
                                 const std::vector<std::string>& sources,
                                 const std::vector<std::string>& abstract_nouns,
                                 const std::vector<std::string>& animate_nouns) {
  struct Lists {
    std::vector<std::string> verbs, intransitive_verbs, nouns;
  };
  std::map<int, Lists> by_predicate;
  int synonyms = 0, derivations = 0, verbs = 0;
  for (const auto& word : expansion.words) {
    auto& lists = by_predicate[word.predicate];
    auto& list = word.pos == 'n' ? lists.nouns : word.without_object ? lists.intransitive_verbs : lists.verbs;
    list.push_back(word.text);
    verbs += word.pos == 'v';
    (word.relation == "synonym" ? synonyms : derivations) += 1;
  }
  rapidjson::StringBuffer buffer;
  Writer w(buffer);
  w.SetIndent(' ', 1);
  w.StartObject();
  Field(w, "kind", "predicates");
  Field(w, "about",
        "Generated at build time by kg-vocabulary from the seed predicates and WordNet 3.0 as "
        "vocabulary.json says; do not edit (see docs/extraction.md). Each entry's seed, WordNet sense and "
        "relation is in \"provenance\"; words found but not generated, with why, in \"dropped\"; "
        "\"abstract_nouns\" are the nouns whose most frequent sense is in vocabulary.json's "
        "abstract_noun_files, \"animate_nouns\" those whose most frequent sense is in its animate_noun_files.");
  Strings(w, "sources", sources);
  w.Key("counts");
  w.StartObject();
  w.Key("verbs"), w.Int(verbs);
  w.Key("nouns"), w.Int(static_cast<int>(expansion.words.size()) - verbs);
  w.Key("synonyms"), w.Int(synonyms);
  w.Key("derivations"), w.Int(derivations);
  w.Key("dropped"), w.Int(static_cast<int>(expansion.dropped.size()));
  w.Key("abstract_nouns"), w.Int(static_cast<int>(abstract_nouns.size()));
  w.Key("animate_nouns"), w.Int(static_cast<int>(animate_nouns.size()));
  w.EndObject();
  w.Key("predicates");
  w.StartArray();
  for (const auto& [predicate, lists] : by_predicate) {
    w.SetFormatOptions(rapidjson::kFormatSingleLineArray);
    w.StartObject();
    Field(w, "name", seeds.predicate(predicate).name);
    Strings(w, "verbs", lists.verbs);
    if (!lists.intransitive_verbs.empty()) Strings(w, "intransitive_verbs", lists.intransitive_verbs);
    Strings(w, "nouns", lists.nouns);
    w.EndObject();
  }
  w.EndArray();
  w.Key("provenance");
  w.StartArray();
  for (const auto& word : expansion.words) Entry(w, word, seeds);
  w.EndArray();
  w.Key("dropped");
  w.StartArray();
  for (const auto& word : expansion.dropped) Entry(w, word, seeds);
  w.EndArray();
  Strings(w, "seeds_not_in_wordnet", expansion.not_in_wordnet);
  w.SetFormatOptions(rapidjson::kFormatSingleLineArray);
  Strings(w, "abstract_nouns", abstract_nouns);
  Strings(w, "animate_nouns", animate_nouns);
  w.EndObject();
  return std::string(buffer.GetString(), buffer.GetSize()) + "\n";
}

}  // namespace kg::ingest::vocabulary
