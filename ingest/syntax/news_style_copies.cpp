#include "ingest/syntax/news_style_copies.h"

#include <algorithm>
#include <array>
#include <optional>
#include <string_view>

#include "ingest/syntax/shuffle.h"

namespace kg::syntax {
namespace {

// An inserted word, annotated as EWT annotates it. `head` is the index of
// another inserted word of the same phrase, or kToAnchor: the word of the
// sentence the phrase attaches to (the verb, or the name).
struct Word {
  std::string_view form, lemma, upos, xpos, feats, deprel;
  int head;
};
inline constexpr int kToAnchor = -1;
// Where a filler (a weekday, a nationality) goes in a template.
inline constexpr std::string_view kSlot = "*";

using Phrase = std::vector<Word>;

// Time expressions between a subject and its verb.
const std::vector<Phrase>& TimePhrases() {
  static const std::vector<Phrase> phrases = {
      {{"today", "today", "NOUN", "NN", "Number=Sing", "obl:unmarked", kToAnchor}},
      {{"yesterday", "yesterday", "NOUN", "NN", "Number=Sing", "obl:unmarked", kToAnchor}},
      {{"on", "on", "ADP", "IN", "", "case", 1}, {kSlot, kSlot, "PROPN", "NNP", "Number=Sing", "obl", kToAnchor}},
      {{"last", "last", "ADJ", "JJ", "Degree=Pos", "amod", 1},
       {"week", "week", "NOUN", "NN", "Number=Sing", "obl:unmarked", kToAnchor}},
  };
  return phrases;
}
constexpr std::array<std::string_view, 7> kWeekdays = {"Monday", "Tuesday", "Wednesday", "Thursday",
                                                       "Friday", "Saturday", "Sunday"};

// A nationality and a title before a person's name.
const std::vector<Phrase>& TitlePhrases() {
  static const std::vector<Phrase> phrases = {
      {{kSlot, kSlot, "ADJ", "JJ", "Degree=Pos", "amod", kToAnchor},
       {"President", "President", "PROPN", "NNP", "Number=Sing", "nmod:desc", kToAnchor}},
      {{kSlot, kSlot, "ADJ", "JJ", "Degree=Pos", "amod", kToAnchor},
       {"Prime", "Prime", "ADJ", "JJ", "Degree=Pos", "amod", 2},
       {"Minister", "Minister", "PROPN", "NNP", "Number=Sing", "nmod:desc", kToAnchor}},
      {{kSlot, kSlot, "ADJ", "JJ", "Degree=Pos", "amod", kToAnchor},
       {"Foreign", "Foreign", "ADJ", "JJ", "Degree=Pos", "amod", 2},
       {"Minister", "Minister", "PROPN", "NNP", "Number=Sing", "nmod:desc", kToAnchor}},
  };
  return phrases;
}
constexpr std::array<std::string_view, 24> kNationalities = {
    "Iraqi",   "Iranian",  "Israeli",   "Russian", "French",    "German",    "Chinese",  "Egyptian",
    "Syrian",  "Turkish",  "British",   "Japanese", "Indian",   "Pakistani", "Ukrainian", "Palestinian",
    "Lebanese", "Jordanian", "Afghan",  "Polish",  "Brazilian", "Mexican",   "Nigerian", "Kenyan"};

// Inclusive first and last token of the subtree of `root`, when it is one
// contiguous run of tokens.
std::optional<std::pair<int, int>> ContiguousSubtree(const Sentence& s, int root) {
  const int n = static_cast<int>(s.tokens.size());
  int first = root, last = root, size = 0;
  for (int t = 0; t < n; ++t) {
    int at = t;
    for (int steps = 0; at >= 0 && at != root && steps < n; ++steps) at = s.tokens[static_cast<size_t>(at)].head;
    if (at != root) continue;
    first = std::min(first, t);
    last = std::max(last, t);
    ++size;
  }
  if (size != last - first + 1) return std::nullopt;
  return std::make_pair(first, last);
}

bool IsSubject(const Token& t) { return t.deprel == "nsubj" || t.deprel == "nsubj:pass"; }
bool IsFiniteVerb(const Token& t) {
  return t.upos == "VERB" && (t.xpos == "VBD" || t.xpos == "VBZ" || t.xpos == "VBP");
}

// A place for a time phrase: the token after a subject whose subtree ends
// right before its finite verb. Returns the verb.
std::optional<int> TimePlace(const Sentence& s, int subject) {
  const Token& t = s.tokens[static_cast<size_t>(subject)];
  if (!IsSubject(t) || t.head <= subject || !IsFiniteVerb(s.tokens[static_cast<size_t>(t.head)])) return std::nullopt;
  auto span = ContiguousSubtree(s, subject);
  if (!span || span->second + 1 != t.head) return std::nullopt;
  return t.head;
}

// A place for a title: a subject that is a bare name (a proper noun and
// its flat parts, nothing before it that could already be a modifier).
bool TitlePlace(const Sentence& s, int subject) {
  const Token& t = s.tokens[static_cast<size_t>(subject)];
  if (!IsSubject(t) || t.upos != "PROPN" || t.head <= subject) return false;
  auto span = ContiguousSubtree(s, subject);
  if (!span || span->first != subject || span->second - span->first > 2) return false;
  for (int i = span->first + 1; i <= span->second; ++i) {
    const Token& part = s.tokens[static_cast<size_t>(i)];
    if (part.deprel != "flat" || part.head != subject || part.upos != "PROPN") return false;
  }
  if (subject > 0) {
    const std::string& before = s.tokens[static_cast<size_t>(subject - 1)].upos;
    if (before == "PROPN" || before == "ADJ" || before == "NOUN" || before == "DET") return false;
  }
  return true;
}

// `s` with `phrase` inserted before token `at`, its words attached to
// `anchor` (an index of `s`) or to each other; `filler` fills kSlot.
Sentence Insert(const Sentence& s, int at, int anchor, const Phrase& phrase, std::string_view filler) {
  const int k = static_cast<int>(phrase.size());
  auto moved = [&](int i) { return i >= at ? i + k : i; };
  Sentence out = s;
  for (Token& t : out.tokens) {
    if (t.head >= 0) t.head = moved(t.head);
  }
  std::vector<Token> words;
  for (const Word& w : phrase) {
    Token t;
    t.form = std::string(w.form == kSlot ? filler : w.form);
    t.text = t.form;
    t.lemma = std::string(w.lemma == kSlot ? filler : w.lemma);
    t.upos = std::string(w.upos);
    t.xpos = std::string(w.xpos);
    t.feats = std::string(w.feats);
    t.deprel = std::string(w.deprel);
    t.head = w.head == kToAnchor ? moved(anchor) : at + w.head;
    words.push_back(std::move(t));
  }
  out.tokens.insert(out.tokens.begin() + at, words.begin(), words.end());
  for (MultiwordToken& m : out.multiwords) {
    m.first = moved(m.first);
    m.last = moved(m.last);
  }
  return out;
}

template <typename List>
std::string_view Pick(const List& list, SeededRandom& random) {
  return list[random.Below(list.size())];
}

}  // namespace

NewsStyleCopySet NewsStyleCopies(const std::vector<Sentence>& train, const NewsStyleOptions& options) {
  NewsStyleCopySet out;
  if (options.share <= 0) return out;
  SeededRandom random(options.seed);
  const uint64_t per_million = static_cast<uint64_t>(std::min(options.share, 1.0) * 1e6);
  for (size_t i = 0; i < train.size(); ++i) {
    const Sentence& s = train[i];
    std::optional<int> verb;  // the first place for a time phrase: before this verb
    std::optional<int> title_subject;
    for (int t = 0; t < static_cast<int>(s.tokens.size()); ++t) {
      if (!verb) verb = TimePlace(s, t);
      if (!title_subject && TitlePlace(s, t)) title_subject = t;
    }
    if (!verb && !title_subject) continue;
    if (random.Below(1'000'000) >= per_million) continue;
    // Both constructions when both fit, else the one that does; a coin
    // decides when both fit whether to use only one.
    bool time = verb.has_value(), title = title_subject.has_value();
    if (time && title) {
      uint64_t coin = random.Below(3);
      time = coin != 1;
      title = coin != 2;
    }
    Sentence copy = s;
    int name = title_subject.value_or(0);
    if (time) {
      const Phrase& phrase = TimePhrases()[random.Below(TimePhrases().size())];
      copy = Insert(copy, *verb, *verb, phrase, Pick(kWeekdays, random));
      if (name >= *verb) name += static_cast<int>(phrase.size());
    }
    if (title) {
      const Phrase& phrase = TitlePhrases()[random.Below(TitlePhrases().size())];
      copy = Insert(copy, name, name, phrase, Pick(kNationalities, random));
    }
    out.copies.push_back(std::move(copy));
    out.origin.push_back(i);
  }
  return out;
}

}  // namespace kg::syntax
