// ActorRecognizer: finds who is acting in a document's sentences.
//
// Countries, capitals and seats of government, organisations, nationality
// adjectives, people introduced with a role, role nouns acting for a state,
// other capitalised names, and the short names and pronouns that refer back
// to them. Lookups are hash probes over token n-grams, longest match first,
// so the cost per token does not grow with the lexicons.
#pragma once

#include <memory>
#include <vector>

#include "ingest/actors/actor_mention.h"
#include "schema/document.h"
#include "schema/sentence.h"
#include "schema/extraction.h"
#include "ingest/lexicon/lexicons.h"
#include "schema/status.h"

namespace kg::ingest {

class ActorLexicon;
struct ActorItem;

class ActorRecognizer {
 public:
  // Builds the lookup tables from the lexicon files of kinds countries,
  // places, organizations, roles, role_nouns and pronouns.
  static Result<std::unique_ptr<ActorRecognizer>> Load(const Lexicons& lexicons);
  ~ActorRecognizer();

  // Processes a whole document's sentences in order (coreference needs the
  // history). Appends to `entities` every entity mentioned (deduplicated by
  // canonical name, with the aliases seen) and returns the mentions of each
  // sentence, by sentence position in `sentences`, ordered by first token.
  // Const and free of shared mutable state: one recognizer serves all threads.
  std::vector<std::vector<ActorMention>> Recognize(const Document& document,
                                                   const std::vector<Sentence>& sentences,
                                                   std::vector<ExtractedEntity>* entities) const;

  // One flag per token: the capitalised words of a name the lexicon knows
  // ("Norway", "United States", "Hamas"; not adjectives such as "Israeli").
  // The tagger takes them as proper nouns (Tagger::Tag), so that a country
  // starting a sentence is not guessed to be an adverb from its spelling.
  // Reads only the tokens' text: it runs before tagging.
  std::vector<bool> KnownNameTokens(const Sentence& sentence) const;


 private:
  explicit ActorRecognizer(std::unique_ptr<ActorLexicon> lexicon);
  // The country a document is about, as a lexicon entry, or -1: the state
  // its country names, demonyms, capitals, cities and provinces point to
  // most, when at least kFocusMinVotes of them and two in five do. Unplaced
  // officials, police, courts and ministries of the document act for it,
  // as they do for the dateline's country. `items` are each sentence's.
  int FocusState(const std::vector<Sentence>& sentences, const std::vector<std::vector<ActorItem>>& items) const;
  static constexpr int kFocusMinVotes = 2;
  static constexpr int kFocusShareNumerator = 2, kFocusShareDenominator = 5;
  std::unique_ptr<ActorLexicon> lexicon_;
};

// The ExtractedMention rows (character spans, surface text, sector and how
// each was coded) of `mentions`,
// as returned by Recognize for the same `sentences` and `document`.
std::vector<ExtractedMention> ToExtractedMentions(
    const Document& document, const std::vector<Sentence>& sentences,
    const std::vector<std::vector<ActorMention>>& mentions);

}  // namespace kg::ingest
