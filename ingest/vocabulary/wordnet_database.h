// WordNetDatabase: the part of WordNet 3.0 (Debian's wordnet-base,
// /usr/share/wordnet) the vocabulary generator reads: the noun and verb
// synsets (data.noun, data.verb) with their words and pointers, each
// lemma's senses in WordNet's order, most frequent first (index.noun,
// index.verb), and the tagged-use count of each sense (cntlist.rev).
// Used at build time only; the run time never reads WordNet.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "schema/status.h"

namespace kg::ingest::vocabulary {

struct SynsetWord {
  std::string lemma;  // as written in the data file: "call_for", "Knock"
  int lex_id = 0;
};

// A pointer from a synset (or one of its words) to another synset.
struct SynsetPointer {
  std::string symbol;  // "+" derivationally related form, "@" hypernym ...
  uint32_t target = 0;
  char pos = 'n';       // the target's part of speech: n v a s r
  int source_word = 0;  // 1-based word numbers; 0 0 = between whole synsets
  int target_word = 0;
};

struct Synset {
  uint32_t offset = 0;
  char pos = 'n';  // 'n' or 'v'
  int lexicographer_file = 0;
  std::vector<SynsetWord> words;
  std::vector<SynsetPointer> pointers;
};

class WordNetDatabase {
 public:
  // Reads index.{noun,verb}, data.{noun,verb} and cntlist.rev of `dir`.
  static Result<WordNetDatabase> Load(const std::string& dir);

  // The synsets of `lemma` (lower case, words joined by '_') as `pos`, in
  // sense order; empty when WordNet does not have it.
  const std::vector<uint32_t>& Senses(std::string_view lemma, char pos) const;
  // 1-based sense number of `offset` among `lemma`'s senses; 0 if none.
  int SenseNumber(std::string_view lemma, char pos, uint32_t offset) const;
  const Synset* Find(uint32_t offset, char pos) const;
  // Every lemma of `pos` in the index, sorted.
  std::vector<std::string> Lemmas(char pos) const;

  // "criticize%2:32:00::" for word `index` (0-based) of `synset`.
  static std::string SenseKey(const Synset& synset, size_t index);
  // How often the sense was tagged in WordNet's corpora (0 when never).
  int TagCount(const std::string& sense_key) const;
  // "noun.act" for a synset's lexicographer file number.
  static std::string_view LexicographerFileName(int number);

 private:
  std::unordered_map<std::string, std::vector<uint32_t>> index_[2];  // [0] nouns, [1] verbs
  std::unordered_map<uint32_t, Synset> synsets_[2];
  std::unordered_map<std::string, int> tag_counts_;
};

}  // namespace kg::ingest::vocabulary
