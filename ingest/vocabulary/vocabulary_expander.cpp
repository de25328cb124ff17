#include "ingest/vocabulary/vocabulary_expander.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <optional>
#include <set>
#include <sstream>
#include <unordered_set>

namespace kg::ingest::vocabulary {
namespace {

constexpr size_t kNoWord = static_cast<size_t>(-1);

std::string Lower(std::string text) {
  for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}

bool HasUpper(const std::string& text) {
  return std::any_of(text.begin(), text.end(), [](unsigned char c) { return std::isupper(c); });
}

std::vector<std::string> Split(const std::string& text, char separator) {
  std::vector<std::string> parts;
  std::istringstream in(text);
  for (std::string part; std::getline(in, part, separator);) {
    if (!part.empty()) parts.push_back(part);
  }
  return parts;
}

std::string Join(const std::vector<std::string>& words, char separator) {
  std::string out;
  for (const auto& w : words) out += (out.empty() ? "" : std::string(1, separator)) + w;
  return out;
}

size_t WordIndex(const Synset& synset, const std::string& lemma) {
  for (size_t i = 0; i < synset.words.size(); ++i) {
    if (Lower(synset.words[i].lemma) == lemma) return i;
  }
  return kNoWord;
}

std::string SynsetId(const Synset& synset) {
  char id[16];
  std::snprintf(id, sizeof id, "%08u-%c", synset.offset, synset.pos);
  return id;
}

class Expander {
 public:
  Expander(const events::PredicateLexicon& seeds, const ExpansionPolicy& policy, const WordNetDatabase& wordnet)
      : seeds_(seeds), policy_(policy), wordnet_(wordnet) {}

  Status ExpandSeed(const events::LexiconWord& seed) {
    const SeedChoice& choice = policy_.For(seed.text);
    if (!choice.expand) return Status::Ok();
    const std::string lemma = Join(Split(seed.text, ' '), '_');
    const auto& senses = wordnet_.Senses(lemma, 'v');
    if (senses.empty()) {
      expansion_.not_in_wordnet.push_back(seed.text);
      return Status::Ok();
    }
    KG_ASSIGN_OR_RETURN(auto chosen, ChooseSenses(seed.text, lemma, senses, choice));
    for (const Synset* synset : chosen) ExpandSense(seed, lemma, *synset);
    return Status::Ok();
  }

  Expansion Finish() {
    std::set<std::string> seed_verbs, seed_nouns, particle_heads;
    for (const auto& v : seeds_.verb_list()) {
      seed_verbs.insert(v.text);
      if (v.text.find(' ') != std::string::npos) particle_heads.insert(v.text.substr(0, v.text.find(' ')));
    }
    for (const auto& n : seeds_.noun_list()) seed_nouns.insert(n.text);
    for (const auto& key : order_) {
      const auto& found = candidates_[key];
      ExpandedWord word = found.front();
      std::set<std::string> predicates;
      for (const auto& c : found) predicates.insert(seeds_.predicate(c.predicate).name);
      if (key.first == 'v' ? seed_verbs.count(word.text) > 0 : seed_nouns.count(word.text) > 0) {
        word.why = "already a seed";
      } else if (key.first == 'v' && particle_heads.count(word.text) > 0) {
        word.why = "a seed verb only with its particle";
      } else if (policy_.stop_words.count(word.text) > 0) {
        word.why = "on the stop list";
      } else if (predicates.size() > 1) {
        word.why = "ambiguous: " + Join({predicates.begin(), predicates.end()}, ',');
      }
      (word.why.empty() ? expansion_.words : expansion_.dropped).push_back(std::move(word));
    }
    return std::move(expansion_);
  }

  Status CheckPolicySeeds() const {
    std::set<std::string> verbs;
    for (const auto& v : seeds_.verb_list()) verbs.insert(v.text);
    for (const auto& [seed, choice] : policy_.seeds) {
      if (verbs.count(seed) == 0) {
        return Status::InvalidInput(policy_.origin + ": seeds[\"" + seed + "\"]: no predicate has this seed verb");
      }
    }
    return Status::Ok();
  }

 private:
  Result<std::vector<const Synset*>> ChooseSenses(const std::string& seed, const std::string& lemma,
                                                  const std::vector<uint32_t>& senses, const SeedChoice& choice) {
    const std::string where = policy_.origin + ": seeds[\"" + seed + "\"]: ";
    std::vector<uint32_t> offsets;
    for (int number : choice.sense_numbers) {
      if (number > static_cast<int>(senses.size())) {
        return Status::InvalidInput(where + "\"" + seed + "\" has " + std::to_string(senses.size()) +
                                    " verb senses, not " + std::to_string(number));
      }
      offsets.push_back(senses[number - 1]);
    }
    for (const auto& key : choice.sense_keys) {
      auto it = std::find_if(senses.begin(), senses.end(), [&](uint32_t offset) {
        const Synset* s = wordnet_.Find(offset, 'v');
        return s && WordIndex(*s, lemma) != kNoWord && WordNetDatabase::SenseKey(*s, WordIndex(*s, lemma)) == key;
      });
      if (it == senses.end()) return Status::InvalidInput(where + key + " is no verb sense of \"" + seed + "\"");
      offsets.push_back(*it);
    }
    if (offsets.empty()) {
      offsets.assign(senses.begin(), senses.begin() + std::min<size_t>(senses.size(), policy_.seed_senses));
    }
    std::vector<const Synset*> chosen;
    for (uint32_t offset : offsets) {
      const Synset* s = wordnet_.Find(offset, 'v');
      if (s == nullptr || WordIndex(*s, lemma) == kNoWord) {
        return Status::Corruption(where + "WordNet's index names synset " + std::to_string(offset) +
                                  ", which its data file lacks or which lacks the seed");
      }
      chosen.push_back(s);
    }
    return chosen;
  }

  // Why sense `index` of `synset` is not among its word's frequent senses;
  // empty when it is.
  std::string RareSense(const Synset& synset, size_t index, int rank_limit) const {
    const std::string lemma = Lower(synset.words[index].lemma);
    const auto& senses = wordnet_.Senses(lemma, synset.pos);
    const int number = wordnet_.SenseNumber(lemma, synset.pos, synset.offset);
    if (number == 0) return "not in WordNet's index";
    if (number > rank_limit) return "sense " + std::to_string(number) + " of " + std::to_string(senses.size());
    int total = 0;
    for (uint32_t offset : senses) {
      const Synset* s = wordnet_.Find(offset, synset.pos);
      size_t i = s ? WordIndex(*s, lemma) : kNoWord;
      if (i != kNoWord) total += wordnet_.TagCount(WordNetDatabase::SenseKey(*s, i));
    }
    const int tags = wordnet_.TagCount(WordNetDatabase::SenseKey(synset, index));
    if (total > 0 && tags < policy_.min_tag_share * total) {
      return "tagged in " + std::to_string(tags) + " of its " + std::to_string(total) + " uses";
    }
    return "";
  }

  // The seeds of other predicates among `synset`'s words ("urge (demands)"):
  // a sense two predicates share gives neither of them its other words.
  std::string OtherSeeds(const Synset& synset, int predicate) const {
    std::string out;
    for (const auto& word : synset.words) {
      const std::string text = Join(Split(Lower(word.lemma), '_'), ' ');
      for (const auto& seed : seeds_.verb_list()) {
        if (seed.text == text && seed.predicate != predicate) {
          out += (out.empty() ? "" : ", ") + text + " (" + seeds_.predicate(seed.predicate).name + ")";
        }
      }
    }
    return out;
  }

  // The lexicon's form of a verb lemma: "pick_apart" -> "pick apart" when its
  // other words are particles the trigger finder matches; nullopt otherwise.
  std::optional<std::string> VerbEntry(const std::string& lemma) const {
    auto words = Split(lemma, '_');
    for (size_t i = 1; i < words.size(); ++i) {
      if (policy_.particles.count(words[i]) == 0) return std::nullopt;
    }
    return Join(words, ' ');
  }

  void ExpandSense(const events::LexiconWord& seed, const std::string& lemma, const Synset& synset) {
    const size_t seed_index = WordIndex(synset, lemma);
    ExpandedWord base;
    base.predicate = seed.predicate;
    base.seed = seed.text;
    base.without_object = seed.without_object;
    base.seed_sense = WordNetDatabase::SenseKey(synset, seed_index);
    const std::string shared = OtherSeeds(synset, seed.predicate);
    std::vector<size_t> verbs = {seed_index};
    for (size_t i = 0; i < synset.words.size(); ++i) {
      if (i == seed_index) continue;
      ExpandedWord word = base;
      word.pos = 'v';
      word.relation = "synonym";
      word.from = seed.text;
      word.sense = WordNetDatabase::SenseKey(synset, i);
      word.synset = SynsetId(synset);
      const std::string& raw = synset.words[i].lemma;
      auto entry = VerbEntry(raw);
      word.text = entry ? *entry : Join(Split(raw, '_'), ' ');
      word.why = HasUpper(raw) ? "a proper name"
                 : !entry      ? "a multi-word verb that is not a verb and particles"
                 : !shared.empty() ? "its synset also holds " + shared
                                   : RareSense(synset, i, policy_.synonym_rank);
      if (word.why.empty()) verbs.push_back(i);
      Add(std::move(word));
    }
    for (size_t i : verbs) AddDerivations(base, synset, i);
  }

  void AddDerivations(const ExpandedWord& base, const Synset& synset, size_t verb) {
    for (const auto& pointer : synset.pointers) {
      if (pointer.symbol != "+" || pointer.pos != 'n' || pointer.source_word != static_cast<int>(verb) + 1) continue;
      const Synset* target = wordnet_.Find(pointer.target, 'n');
      if (target == nullptr || pointer.target_word < 1 ||
          pointer.target_word > static_cast<int>(target->words.size())) {
        continue;
      }
      const size_t index = static_cast<size_t>(pointer.target_word) - 1;
      const std::string& raw = target->words[index].lemma;
      ExpandedWord word = base;
      word.pos = 'n';
      word.relation = "derivation";
      word.from = Join(Split(Lower(synset.words[verb].lemma), '_'), ' ');
      word.text = Join(Split(raw, '_'), ' ');
      word.sense = WordNetDatabase::SenseKey(*target, index);
      word.synset = SynsetId(*target);
      const std::string file(WordNetDatabase::LexicographerFileName(target->lexicographer_file));
      word.why = HasUpper(raw)                          ? "a proper name"
                 : policy_.noun_files.count(file) == 0 ? "a noun of " + file + ", not an event noun class"
                                                        : RareSense(*target, index, policy_.noun_rank);
      Add(std::move(word));
    }
  }

  // A candidate; rare or malformed ones go straight to the dropped list.
  void Add(ExpandedWord word) {
    if (!word.why.empty()) {
      if (dropped_seen_.insert(word.pos + word.text + "|" + word.seed).second) {
        expansion_.dropped.push_back(std::move(word));
      }
      return;
    }
    auto key = std::make_pair(word.pos, word.text);
    auto& list = candidates_[key];
    if (list.empty()) order_.push_back(key);
    list.push_back(std::move(word));
  }

  const events::PredicateLexicon& seeds_;
  const ExpansionPolicy& policy_;
  const WordNetDatabase& wordnet_;
  Expansion expansion_;
  std::map<std::pair<char, std::string>, std::vector<ExpandedWord>> candidates_;
  std::vector<std::pair<char, std::string>> order_;
  std::unordered_set<std::string> dropped_seen_;
};

}  // namespace

Result<Expansion> ExpandVocabulary(const events::PredicateLexicon& seeds, const ExpansionPolicy& policy,
                                   const WordNetDatabase& wordnet) {
  Expander expander(seeds, policy, wordnet);
  KG_RETURN_IF_ERROR(expander.CheckPolicySeeds());
  for (const auto& seed : seeds.verb_list()) KG_RETURN_IF_ERROR(expander.ExpandSeed(seed));
  return expander.Finish();
}

}  // namespace kg::ingest::vocabulary
