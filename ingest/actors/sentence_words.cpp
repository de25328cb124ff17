#include "ingest/actors/sentence_words.h"

#include "ingest/actors/actor_lexicon.h"
#include "ingest/compound_words.h"

namespace kg::ingest {

namespace {

bool IsPossessiveMark(const std::string& text) {
  return text == "'s" || text == "'S" || text == "'";
}

bool StartsCapitalized(const std::string& text) {
  if (text.empty()) return false;
  const auto first = static_cast<unsigned char>(text[0]);
  if (first >= 'A' && first <= 'Z') return true;
  // A non-ASCII first letter (Élysée, Ögmundur): treat as capitalised when
  // the word continues with a letter, which excludes symbols and dashes.
  return first >= 0xC3 && first <= 0xC5 && text.size() > 2;
}

}  // namespace

std::vector<Word> SentenceWords(const Sentence& sentence) {
  std::vector<Word> words;
  words.reserve(sentence.tokens.size());
  for (const TokenRange& range : CompoundWordRanges(sentence.tokens)) {
    std::string text = CompoundText(sentence.tokens, range);
    // "'" is a possessive only after a plural in s ("Palestinians'").
    if (IsPossessiveMark(text) && !words.empty() && !words.back().possessive &&
        (text != "'" || words.back().text.back() == 's')) {
      words.back().possessive = true;
      words.back().end_token = range.end;
      continue;
    }
    Word word;
    word.first_token = range.first;
    word.end_token = range.end;
    word.text = std::move(text);
    word.lower = AsciiLower(word.text);
    word.capitalized = StartsCapitalized(word.text);
    const std::string& relation = sentence.tokens[range.first].deprel;
    word.adverbial = relation == "obl:unmarked" || relation == "obl:tmod" || relation == "obl:npmod";
    const std::string& upos = sentence.tokens[range.first].upos;
    word.head_noun = upos == "NOUN" && relation != "compound";
    // A verb or an adjective in an argument's place is a noun misread: "police arrested the accused".
    const std::string_view base = std::string_view(relation).substr(0, relation.find(':'));
    const bool argument = base == "nsubj" || base == "obj" || base == "iobj" || base == "obl" || base == "nmod";
    word.nominal = argument || (upos != "VERB" && upos != "AUX" && upos != "ADJ");
    words.push_back(std::move(word));
  }
  return words;
}

}  // namespace kg::ingest
