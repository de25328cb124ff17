// Tokenizer: the words of one sentence as UD English EWT writes them, so
// that the tagger and parser trained on EWT see the words they learnt. Each
// word is a substring of the text.
//
// ICU's word breaks make the first cut; then, in order:
//  1. web and e-mail addresses and emoticons are made whole
//     ("http://x.org/a-b", ":-)");
//  2. joins: runs of marks ("...", "!!", "--"), times, dates and phone
//     numbers ("10:30", "9/11", "555-1234"), "AT&T", "w/o"; an abbreviation
//     or initial with its period ("Gen.", "U.S."), except a period that
//     ends the sentence, which EWT writes apart ("the U.S" "."); bound forms
//     across a hyphen ("e-mail", "non-profit"), while any other hyphen stays
//     a token of its own ("Al - Zaman", "15 - year");
//  3. splits into syntactic words, each group recorded as a multiword token:
//     clitics ("do" "n't", "I" "'m", "Bush" "'s"), lexicon multiwords
//     ("can" "not", "gon" "na"), the apostrophe of a plural possessive
//     ("Palestinians" "'").
// Numbers with separators ("1,000", "3.5") ICU keeps whole; "$" and "%" are
// tokens of their own, as in EWT. What is policy (clitics, multiwords,
// bound forms, emoticons) comes from TokenizationRules.
//
// A Tokenizer holds an ICU iterator, which is not thread-safe.
#pragma once

#include <memory>
#include <string_view>
#include <vector>

#include <unicode/brkiter.h>

#include "ingest/abbreviations.h"
#include "ingest/tokenization_rules.h"
#include "schema/document.h"
#include "schema/sentence.h"
#include "schema/status.h"

namespace kg::ingest {

struct TokenizedSentence {
  std::vector<ByteSpan> tokens;            // bytes of the text, in order
  std::vector<MultiwordToken> multiwords;  // over `tokens`, in order
};

class Tokenizer {
 public:
  static Result<std::unique_ptr<Tokenizer>> Create(Abbreviations abbreviations, TokenizationRules rules);

  const Abbreviations& abbreviations() const { return abbreviations_; }

  // The words of the sentence at `sentence` (bytes of `text`).
  TokenizedSentence Tokenize(std::string_view text, ByteSpan sentence);

 private:
  Tokenizer(Abbreviations abbreviations, TokenizationRules rules, std::unique_ptr<icu::BreakIterator> words);

  Abbreviations abbreviations_;
  TokenizationRules rules_;
  std::unique_ptr<icu::BreakIterator> word_breaks_;
};

}  // namespace kg::ingest
